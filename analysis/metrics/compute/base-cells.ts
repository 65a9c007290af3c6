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

/** A result's key columns and sums, decoded once: a panel reads the same result for every metric and grouping. */
interface DecodedResult {
  year: Int32Array;
  facet: string[];
  group: string[];
  isTotal: Uint8Array;
  /** The rows of each grouping set, in result order. */
  rowsOfSet: Map<number, number[]>;
  sums: Map<string, Float64Array | null>;
}

const decodedResults = new WeakMap<Table, DecodedResult>();

function decoded(table: Table): DecodedResult {
  let result = decodedResults.get(table);
  if (!result) {
    const totals = table.getChild('is_total')!;
    const setIndex = Int32Array.from(table.getChild('set_index')!.toArray() as ArrayLike<number>);
    const rowsOfSet = new Map<number, number[]>();
    setIndex.forEach((set, row) => (rowsOfSet.get(set) ?? rowsOfSet.set(set, []).get(set)!).push(row));
    result = {
      year: Int32Array.from(table.getChild('school_year')!.toArray() as ArrayLike<number>),
      facet: Array.from(table.getChild('facet_value')!, String),
      group: Array.from(table.getChild('group_value')!, String),
      isTotal: Uint8Array.from(totals, (value) => (value ? 1 : 0)),
      rowsOfSet,
      sums: new Map(),
    };
    decodedResults.set(table, result);
  }
  return result;
}

function sums(table: Table, name: string): Float64Array | null {
  const result = decoded(table);
  if (!result.sums.has(name)) {
    const column = table.getChild(name);
    result.sums.set(name, column ? Float64Array.from(column.toArray() as ArrayLike<number>) : null);
  }
  return result.sums.get(name)!;
}

/**
 * The rows of one grouping (its cells' grouping set and its totals' set) for metric `i`. Cells nobody
 * is counted in are dropped (several metrics share a query, and grade 3 has no one taking AP courses).
 */
export function readBaseCells(table: Table, i: number, sets: { detail: number | null; total: number }): BaseCells {
  const { year, facet, group, isTotal, rowsOfSet } = decoded(table);
  const n = sums(table, `n_${i}`)!;
  const candidates = [...(rowsOfSet.get(sets.total) ?? []), ...(sets.detail === null || sets.detail === sets.total ? [] : (rowsOfSet.get(sets.detail) ?? []))];
  const keep = Int32Array.from(candidates.filter((row) => n[row]! > 0)).sort();
  const rows = keep.length;
  // Plain loops: a panel picks millions of cells, and a callback per element costs more than the copy.
  const pick = (values: Float64Array | null) => {
    if (!values) return null;
    const out = new Float64Array(rows);
    for (let k = 0; k < rows; k++) out[k] = values[keep[k]!]!;
    return out;
  };
  const cells: BaseCells = {
    rows,
    year: new Int32Array(rows),
    facet: new Array<string>(rows),
    group: new Array<string>(rows),
    isTotal: new Uint8Array(rows),
    n: pick(n)!,
    y: pick(sums(table, `y_${i}`))!,
    w: pick(sums(table, `w_${i}`)),
    ww: pick(sums(table, `ww_${i}`)),
    yy: pick(sums(table, `yy_${i}`)),
    wy: pick(sums(table, `wy_${i}`)),
  };
  for (let k = 0; k < rows; k++) {
    const row = keep[k]!;
    cells.year[k] = year[row]!;
    cells.facet[k] = facet[row]!;
    cells.group[k] = group[row]!;
    cells.isTotal[k] = isTotal[row]!;
  }
  return cells;
}

/** The same cells with their rows in the given order. */
export function reorderCells(cells: BaseCells, order: Int32Array): BaseCells {
  const floats = (values: Float64Array | null) => {
    if (!values) return null;
    const out = new Float64Array(order.length);
    for (let k = 0; k < order.length; k++) out[k] = values[order[k]!]!;
    return out;
  };
  const reordered: BaseCells = {
    rows: order.length,
    year: new Int32Array(order.length),
    facet: new Array<string>(order.length),
    group: new Array<string>(order.length),
    isTotal: new Uint8Array(order.length),
    n: floats(cells.n)!,
    y: floats(cells.y)!,
    w: floats(cells.w),
    ww: floats(cells.ww),
    yy: floats(cells.yy),
    wy: floats(cells.wy),
  };
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    reordered.year[k] = cells.year[row]!;
    reordered.facet[k] = cells.facet[row]!;
    reordered.group[k] = cells.group[row]!;
    reordered.isTotal[k] = cells.isTotal[row]!;
  }
  return reordered;
}
