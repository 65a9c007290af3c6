// Base cells written out in a test, as the compiled query would return them (one row per cell and total).
import type { BaseCells } from '../../analysis/metrics/compute/base-cells';

export interface CellRow {
  year: number;
  /** The facet value ('' without a facet). */
  facet?: string;
  group: string;
  total: boolean;
  n: number;
  /** Units with the outcome, or the sum of the value. */
  y: number;
  /** Means only: the sum of squares. */
  yy?: number;
}

export function baseCellsOf(rows: readonly CellRow[]): BaseCells {
  return {
    rows: rows.length,
    year: Int32Array.from(rows, (r) => r.year),
    facet: rows.map((r) => r.facet ?? ''),
    group: rows.map((r) => r.group),
    isTotal: Uint8Array.from(rows, (r) => (r.total ? 1 : 0)),
    n: Float64Array.from(rows, (r) => r.n),
    y: Float64Array.from(rows, (r) => r.y),
    w: null,
    ww: null,
    yy: rows.some((r) => r.yy !== undefined) ? Float64Array.from(rows, (r) => r.yy ?? 0) : null,
    wy: null,
  };
}
