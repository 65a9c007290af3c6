// Partitions of a metric table: the cells compared with each other (one facet value in one year),
// with the row of their total and the list of their group rows.

export interface Partitions {
  /** Partition id of each row. */
  ofRow: Int32Array;
  /** Row of each partition's total, or -1. */
  totalRow: Int32Array;
  /** Group rows (not the total) of each partition, as offsets into `members`. */
  start: Int32Array;
  members: Int32Array;
  count: number;
}

export function buildPartitions(facet: readonly string[], year: Int32Array, isTotal: Uint8Array): Partitions {
  const rows = year.length;
  const ids = new Map<string, number>();
  const ofRow = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    const key = `${year[row]}\u0001${facet[row]}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    ofRow[row] = id;
  }
  const count = ids.size;
  const totalRow = new Int32Array(count).fill(-1);
  const sizes = new Int32Array(count + 1);
  for (let row = 0; row < rows; row++) {
    if (isTotal[row]) totalRow[ofRow[row]!] = row;
    else sizes[ofRow[row]! + 1]!++;
  }
  // Counting sort: members of partition p are members[start[p] .. start[p + 1]).
  const start = new Int32Array(count + 1);
  for (let p = 0; p < count; p++) start[p + 1] = start[p]! + sizes[p + 1]!;
  const cursor = start.slice(0, count);
  const members = new Int32Array(start[count]!);
  for (let row = 0; row < rows; row++) if (!isTotal[row]) members[cursor[ofRow[row]!]!++] = row;
  return { ofRow, totalRow, start, members, count };
}
