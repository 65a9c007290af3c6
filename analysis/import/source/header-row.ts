// Finds the header row of a worksheet: spreadsheets often start with a title (merged across the columns),
// notes or blank rows before the real headers.

export type CellText = string | null;

/** The index (in rows) of the header row: the first row that is nearly as wide as the widest and mostly words. */
export function findHeaderRow(rows: readonly (readonly CellText[])[]): number {
  const filled = rows.map((row) => row.filter((cell): cell is string => cell !== null && cell.trim() !== ''));
  const widest = Math.max(0, ...filled.map((cells) => cells.length));
  if (widest === 0) return -1;
  for (let i = 0; i < rows.length; i++) {
    const cells = filled[i]!;
    const words = cells.filter((cell) => !/^-?[\d.,/: -]+$/.test(cell.trim())).length;
    const wideEnough = widest === 1 ? cells.length === 1 : cells.length >= 2 && cells.length >= 0.6 * widest;
    if (wideEnough && words >= 0.8 * cells.length) return i;
  }
  return filled.findIndex((cells) => cells.length > 0);
}

/** Header names as DuckDB would give them: empty ones named columnN, repeats numbered (id, id_1). */
export function uniqueHeaders(cells: readonly CellText[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell !== null && cell.trim() !== '' ? cell.trim() : `column${i}`;
    const key = base.toLowerCase();
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count === 0 ? base : `${base}_${count}`;
  });
}
