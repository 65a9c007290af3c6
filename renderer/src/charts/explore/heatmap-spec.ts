// A grid of values: schools (or a second grouping) down, groups across; hidden cells hatched and labelled.
import * as Plot from '@observablehq/plot';
import type { RateCell, ValueFormat } from './explore-data';
import { tooltip } from './rate-bars-spec';

export interface HeatmapInput {
  cells: readonly RateCell[];
  groupOrder: readonly string[];
  /** Row labels in display order (schools by name, or the second grouping's order). */
  rowOrder: readonly string[];
  format: ValueFormat;
  /** Higher is better (proficiency) or worse (suspension): decides which end of the scale is dark. */
  higherIsBetter: boolean;
  width: number;
}

export function heatmapOptions({ cells, groupOrder, rowOrder, format, higherIsBetter, width }: HeatmapInput): Plot.PlotOptions {
  const columns = groupOrder.map((g) => cells.find((c) => c.group === g)?.groupLabel ?? g).filter((l) => cells.some((c) => c.groupLabel === l));
  const row = (c: RateCell) => c.secondaryLabel ?? '';
  const longestRow = Math.max(...rowOrder.map((r) => r.length), 6);
  const shown = cells.filter((c) => c.value !== null);
  const absent = cells.filter((c) => c.value === null);
  return {
    width,
    height: Math.max(160, rowOrder.length * 26 + 120),
    marginLeft: Math.min(280, longestRow * 6.5 + 16),
    marginBottom: 10,
    marginTop: 110,
    padding: 0.04,
    x: { label: null, domain: columns, axis: 'top', tickRotate: -35 },
    y: { label: null, domain: rowOrder },
    color: {
      type: 'linear',
      // Darker means "needs attention", whichever direction that is for this metric.
      scheme: 'blues',
      reverse: higherIsBetter,
      legend: true,
      label: format.axisLabel,
      tickFormat: (v: number) => (format.scale === 100 ? `${v}%` : String(v)),
    },
    marks: [
      Plot.cell(shown, { x: 'groupLabel', y: row, fill: (c: RateCell) => c.value! * format.scale, title: (c: RateCell) => tooltip(c, format), inset: 0.5 }),
      Plot.text(shown, {
        x: 'groupLabel',
        y: row,
        text: (c: RateCell) => format.format(c.value!),
        fontSize: 10,
        // White text on the darker half of the scale.
        fill: (c: RateCell) => (darkCell(c, shown, higherIsBetter) ? 'white' : '#0f172a'),
      }),
      Plot.cell(absent, { x: 'groupLabel', y: row, fill: '#f1f5f9', stroke: '#e2e8f0', inset: 0.5, title: (c: RateCell) => tooltip(c, format) }),
      Plot.text(absent, { x: 'groupLabel', y: row, text: (c: RateCell) => (c.suppressed ? (c.valueText ?? c.numeratorText) : '—'), fontSize: 9, fill: '#64748b', fontStyle: 'italic' }),
    ],
  };
}

function darkCell(cell: RateCell, all: readonly RateCell[], higherIsBetter: boolean): boolean {
  const values = all.map((c) => c.value!).sort((a, b) => a - b);
  const middle = values[Math.floor(values.length / 2)] ?? 0;
  return higherIsBetter ? cell.value! < middle : cell.value! > middle;
}
