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
  const facetId = internIds(facet);
  const ids = new Map<number, number>();
  const ofRow = new Int32Array(rows);
  for (let row = 0; row < rows; row++) {
    const key = year[row]! * facetId.values.length + facetId.ids[row]!;
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

export interface InternedIds {
  /** The id of each value: its distinct value's index in `values`. */
  ids: Int32Array;
  /** The distinct values, in order of first appearance. */
  values: string[];
}

/** A small integer per distinct text, in order of first appearance: cheaper keys than the text itself. */
export function internIds(values: readonly string[]): InternedIds {
  const known = new Map<string, number>();
  const ids = new Int32Array(values.length);
  // Rows often repeat the value before them (sorted results): reuse its id without a lookup.
  let previous = '';
  let previousId = -1;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value !== previous || previousId < 0) {
      let id = known.get(value);
      if (id === undefined) known.set(value, (id = known.size));
      previous = value;
      previousId = id;
    }
    ids[i] = previousId;
  }
  return { ids, values: [...known.keys()] };
}
