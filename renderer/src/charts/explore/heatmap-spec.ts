// A grid of values: schools (or a second grouping) down, groups across, with full column names wrapped
// onto lines, rows in the chosen order, withheld cells labelled honestly, and every label at AA contrast.
import * as Plot from '@observablehq/plot';
import type { RateCell, ValueFormat } from './explore-data';
import { inkOn, rampColor } from './contrast';
import { WITHHELD_INK } from './interval-marks';
import { tooltip } from './rate-bars-spec';

/** The ends of the colour ramp: pale for "fine", dark blue for "needs attention". */
const LIGHT = '#eef4fb';
const DARK = '#08306b';
const WITHHELD_FILL = '#f1f5f9';

export interface HeatmapInput {
  cells: readonly RateCell[];
  groupOrder: readonly string[];
  /** Row labels in display order (see heatmapRowOrder). */
  rowOrder: readonly string[];
  format: ValueFormat;
  /** Higher is better (proficiency) or worse (suspension): decides which end of the scale is dark. */
  higherIsBetter: boolean;
  width: number;
}

/** Splits a column name into lines of at most `max` characters at spaces, so no name is cut off. */
export function wrapLabel(label: string, max = 14): string {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

export function heatmapOptions({ cells, groupOrder, rowOrder, format, higherIsBetter, width }: HeatmapInput): Plot.PlotOptions {
  const columns = groupOrder.map((g) => cells.find((c) => c.group === g)?.groupLabel ?? g).filter((l) => cells.some((c) => c.groupLabel === l));
  const row = (c: RateCell) => c.secondaryLabel ?? '';
  const longestRow = Math.max(...rowOrder.map((r) => r.length), 6);
  const shown = cells.filter((c) => c.value !== null);
  const values = shown.map((c) => c.value! * format.scale);
  const [low, high] = values.length > 0 ? [Math.min(...values), Math.max(...values)] : [0, 1];
  // One figure (or all equal) still needs a ramp with two ends.
  const [min, max] = high > low ? [low, high] : [low - 1, high + 1];
  // Darker means "needs attention", whichever direction that is for this metric.
  const [from, to] = higherIsBetter ? [DARK, LIGHT] : [LIGHT, DARK];
  const fillOf = (c: RateCell) => rampColor(from, to, max > min ? (c.value! * format.scale - min) / (max - min) : 0.5);
  const lines = Math.max(1, ...columns.map((c) => wrapLabel(c).split('\n').length));
  const marginLeft = Math.min(280, longestRow * 6.5 + 16);
  return {
    width,
    height: Math.max(160, rowOrder.length * 26 + lines * 13 + 40),
    marginLeft,
    marginRight: 10,
    marginBottom: 10,
    marginTop: lines * 13 + 20,
    padding: 0.04,
    x: { label: null, domain: columns, axis: null },
    y: { label: null, domain: rowOrder, tickSize: 0 },
    color: { type: 'linear', domain: [min, max], range: [from, to], interpolate: 'rgb', legend: true, label: format.axisLabel, tickFormat: (v: number) => (format.scale === 100 ? `${Number(v.toFixed(1))}%` : String(Number(v.toFixed(1)))) },
    marks: [
      Plot.axisX({ anchor: 'top', tickFormat: (label: string) => wrapLabel(label), tickSize: 0, lineHeight: 1.1, fontSize: 11, label: null }),
      Plot.cell(shown, { x: 'groupLabel', y: row, fill: (c: RateCell) => c.value! * format.scale, title: (c: RateCell) => tooltip(c, format), inset: 0.5 }),
      Plot.text(shown, { x: 'groupLabel', y: row, text: (c: RateCell) => format.format(c.value!), fontSize: 11, fill: (c: RateCell) => inkOn(fillOf(c)) }),
      Plot.cell(cells.filter((c) => c.value === null), { x: 'groupLabel', y: row, fill: WITHHELD_FILL, stroke: '#cbd5e1', inset: 0.5, title: (c: RateCell) => tooltip(c, format) }),
      Plot.text(cells.filter((c) => c.value === null), { x: 'groupLabel', y: row, text: (c: RateCell) => c.withheld ?? '—', fontSize: 10, fill: WITHHELD_INK, fontStyle: 'italic' }),
    ],
  };
}

export type HeatmapSort = 'name' | 'value' | 'gap' | 'n';

/** Row order: by name, by the row's overall figure (worst first), by its widest gap, or by its size. */
export function heatmapRowOrder(rows: readonly { label: string; value: number | null; widestGap: number | null; n: number | null }[], sort: HeatmapSort, higherIsBetter: boolean): string[] {
  const worstFirst = higherIsBetter ? 1 : -1;
  const key = (r: (typeof rows)[number]): number | null => (sort === 'value' ? (r.value === null ? null : r.value * worstFirst) : sort === 'gap' ? (r.widestGap === null ? null : -r.widestGap) : sort === 'n' ? (r.n === null ? null : -r.n) : null);
  return [...rows]
    .sort((a, b) => {
      if (sort === 'name') return a.label.localeCompare(b.label);
      const [ka, kb] = [key(a), key(b)];
      if (ka === null || kb === null) return ka === null ? (kb === null ? a.label.localeCompare(b.label) : 1) : -1;
      return ka - kb || a.label.localeCompare(b.label);
    })
    .map((r) => r.label);
}
