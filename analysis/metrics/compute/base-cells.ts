// Reads the compiled query's Arrow result into the plain columns of one metric and one grouping:
// the sums per cell and per partition total, nothing computed yet.
import type { Table } from 'apache-arrow';

export interface BaseCells {
  rows: number;
  year: Int32Array;
  facet: string[];
  group: string[];
  isTotal: Uint8Array;
  /** Units counted and the sum of the value (units with the outcome, for proportions). */
  n: Float64Array;
  y: Float64Array;
  /** Means only: sums of the weight, its square, the value's square and their product. */
  w: Float64Array | null;
  ww: Float64Array | null;
  yy: Float64Array | null;
  wy: Float64Array | null;
}

const floats = (table: Table, name: string): Float64Array | null => {
  const column = table.getChild(name);
  return column ? Float64Array.from(column.toArray() as ArrayLike<number>) : null;
};

/**
 * The rows of one grouping (its cells' grouping set and its totals' set) for metric `i`. Cells nobody
 * is counted in are dropped (several metrics share a query, and grade 3 has no one taking AP courses).
 */
export function readBaseCells(table: Table, i: number, sets: { detail: number | null; total: number }): BaseCells {
  const setIndex = table.getChild('set_index')!.toArray() as Int32Array;
  const n = floats(table, `n_${i}`)!;
  const keep: number[] = [];
  for (let row = 0; row < table.numRows; row++) if ((setIndex[row] === sets.detail || setIndex[row] === sets.total) && n[row]! > 0) keep.push(row);
  const pick = (values: Float64Array | null) => (values ? Float64Array.from(keep, (row) => values[row]!) : null);
  const years = table.getChild('school_year')!.toArray() as Int32Array;
  const facets = table.getChild('facet_value')!;
  const groups = table.getChild('group_value')!;
  const totals = table.getChild('is_total')!;
  return {
    rows: keep.length,
    year: Int32Array.from(keep, (row) => years[row]!),
    facet: keep.map((row) => String(facets.get(row))),
    group: keep.map((row) => String(groups.get(row))),
    isTotal: Uint8Array.from(keep, (row) => (totals.get(row) ? 1 : 0)),
    n: pick(n)!,
    y: pick(floats(table, `y_${i}`))!,
    w: pick(floats(table, `w_${i}`)),
    ww: pick(floats(table, `ww_${i}`)),
    yy: pick(floats(table, `yy_${i}`)),
    wy: pick(floats(table, `wy_${i}`)),
  };
}
