// Dates in exports: ISO, US (M/D/YYYY), day-first (D/M/YYYY, D.M.YYYY), YYYYMMDD, 15-Mar-2024, with or
// without a time. The formats a column uses are chosen from its sampled values; day-first only when a
// value proves it (a first part above 12), since these exports are mostly American.

export interface DateFormat {
  id: string;
  /** strptime format, or null for ISO text that CAST reads directly (the fastest path). */
  strptime: string | null;
  test: RegExp;
}

const FORMATS: readonly DateFormat[] = [
  { id: 'iso', strptime: null, test: /^\d{4}-\d{2}-\d{2}$/ },
  { id: 'iso_time', strptime: null, test: /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/ },
  { id: 'iso_loose', strptime: '%Y-%m-%d', test: /^\d{4}-\d{1,2}-\d{1,2}$/ },
  { id: 'us', strptime: '%m/%d/%Y', test: /^\d{1,2}\/\d{1,2}\/\d{4}$/ },
  { id: 'us_time', strptime: '%m/%d/%Y %H:%M', test: /^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}$/ },
  { id: 'us_short', strptime: '%m/%d/%y', test: /^\d{1,2}\/\d{1,2}\/\d{2}$/ },
  { id: 'day_first', strptime: '%d/%m/%Y', test: /^\d{1,2}\/\d{1,2}\/\d{4}$/ },
  { id: 'dotted', strptime: '%d.%m.%Y', test: /^\d{1,2}\.\d{1,2}\.\d{4}$/ },
  { id: 'compact', strptime: '%Y%m%d', test: /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/ },
  { id: 'month_name', strptime: '%d-%b-%Y', test: /^\d{1,2}-[A-Za-z]{3}-\d{4}$/ },
  { id: 'month_name_space', strptime: '%d %b %Y', test: /^\d{1,2} [A-Za-z]{3} \d{4}$/ },
  { id: 'month_first_name', strptime: '%b %d, %Y', test: /^[A-Za-z]{3} \d{1,2}, \d{4}$/ },
  { id: 'slash_iso', strptime: '%Y/%m/%d', test: /^\d{4}\/\d{1,2}\/\d{1,2}$/ },
];

/** The formats a column's sampled values use, most common first. Empty when none looks like a date. */
export function detectDateFormats(values: readonly { value: string; count: number }[]): DateFormat[] {
  const dayFirst = values.some(({ value }) => {
    const m = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(value.trim());
    return m !== null && Number(m[1]) > 12 && Number(m[2]) <= 12;
  });
  const counts = new Map<string, number>();
  for (const { value, count } of values) {
    const format = FORMATS.find((f) => f.test.test(value.trim()) && (f.id === 'us' ? !dayFirst : f.id === 'day_first' ? dayFirst : true));
    if (format) counts.set(format.id, (counts.get(format.id) ?? 0) + count);
  }
  return FORMATS.filter((f) => counts.has(f.id)).sort((a, b) => counts.get(b.id)! - counts.get(a.id)!);
}

/** SQL reading a VARCHAR expression as a DATE with the given formats (NULL when none fits). */
export function dateSql(expression: string, formats: readonly DateFormat[]): string {
  const chosen = formats.length > 0 ? formats : FORMATS.filter((f) => f.id === 'iso' || f.id === 'us');
  const tries = chosen.map((f) =>
    f.id === 'iso'
      ? `TRY_CAST(trim(${expression}) AS DATE)`
      : f.strptime === null
        ? `TRY_CAST(TRY_CAST(trim(${expression}) AS TIMESTAMP) AS DATE)`
        : `CAST(try_strptime(trim(${expression}), '${f.strptime}') AS DATE)`,
  );
  // Plausible dates only: a typo like 0202-01-01 is not a date in a school record.
  const parsed = tries.length === 1 ? tries[0]! : `coalesce(${tries.join(', ')})`;
  return `(CASE WHEN (${parsed}) BETWEEN DATE '1900-01-01' AND DATE '2100-12-31' THEN (${parsed}) END)`;
}

/** JS reading of one date in the given formats, for tests and the code review (ISO yyyy-mm-dd or null). */
export function parseDate(text: string, formats: readonly DateFormat[]): string | null {
  const value = text.trim();
  for (const format of formats) {
    if (!format.test.test(value)) continue;
    const iso = toIso(value, format.id);
    if (iso) return iso;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function toIso(value: string, id: string): string | null {
  let y: number, m: number, d: number;
  const parts = value.split(/[-/. ,T:]+/).filter((p) => p !== '');
  switch (id) {
    case 'iso':
    case 'iso_time':
    case 'iso_loose':
    case 'slash_iso':
      [y, m, d] = parts.slice(0, 3).map(Number) as [number, number, number];
      break;
    case 'us':
    case 'us_time':
      [m, d, y] = parts.slice(0, 3).map(Number) as [number, number, number];
      break;
    case 'us_short':
      [m, d, y] = parts.slice(0, 3).map(Number) as [number, number, number];
      // strptime's %y: 00-68 are 2000-2068, 69-99 are 1969-1999.
      y += y < 69 ? 2000 : 1900;
      break;
    case 'day_first':
    case 'dotted':
      [d, m, y] = parts.slice(0, 3).map(Number) as [number, number, number];
      break;
    case 'compact':
      [y, m, d] = [Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8))];
      break;
    case 'month_name':
    case 'month_name_space':
      [d, y] = [Number(parts[0]), Number(parts[2])];
      m = MONTHS.indexOf(parts[1]!.toLowerCase()) + 1;
      break;
    case 'month_first_name':
      [d, y] = [Number(parts[1]), Number(parts[2])];
      m = MONTHS.indexOf(parts[0]!.toLowerCase()) + 1;
      break;
    default:
      return null;
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900 || y > 2100) return null;
  return date.toISOString().slice(0, 10);
}
