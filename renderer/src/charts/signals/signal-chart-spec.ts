// A signal's small chart: the group's raw rate, its shrunken (empirical-Bayes) estimate with its 95%
// interval, and all other students' rate as a reference line. Pure: rows in, Plot options out.
import * as Plot from '@observablehq/plot';
import type { PublishedSignalRow } from '../../../../analysis/api';

interface Point {
  label: string;
  value: number;
  lower: number | null;
  upper: number | null;
}

/** Null when there is nothing to draw (a withheld cell, or a score without a shrunken estimate is still drawn). */
export function signalChartOptions(row: PublishedSignalRow, width: number): Plot.PlotOptions | null {
  if (row.value === null || row.reference_value === null) return null;
  const scale = row.unit === 'percent' ? 100 : 1;
  const points: Point[] = [{ label: 'Raw', value: row.value * scale, lower: null, upper: null }];
  if (row.shrunk !== null) points.push({ label: 'Shrunken', value: row.shrunk * scale, lower: (row.shrunk_lower ?? row.shrunk) * scale, upper: (row.shrunk_upper ?? row.shrunk) * scale });
  const reference = row.reference_value * scale;
  const values = points.flatMap((p) => [p.value, p.lower ?? p.value, p.upper ?? p.value]).concat(reference);
  const domain: [number, number] = row.unit === 'percent' ? [0, Math.min(100, Math.max(...values) * 1.15 + 1)] : [Math.min(...values) * 0.95, Math.max(...values) * 1.05];
  return {
    width,
    height: 90,
    marginLeft: 80,
    x: { domain, label: row.unit === 'percent' ? 'Percent' : row.metric_label, grid: true },
    y: { domain: points.map((p) => p.label), label: null },
    marks: [
      Plot.ruleX([reference], { stroke: '#64748b', strokeDasharray: '4,3' }),
      Plot.text([reference], { x: (d: number) => d, text: () => 'all others', frameAnchor: 'top', dy: -2, fill: '#475569', fontSize: 10, textAnchor: 'start', dx: 3 }),
      Plot.ruleY(
        points.filter((p) => p.lower !== null),
        { y: 'label', x1: 'lower', x2: 'upper', stroke: '#1d4ed8', strokeWidth: 2 },
      ),
      Plot.dot(points, { x: 'value', y: 'label', fill: '#1d4ed8', r: 4 }),
    ],
  };
}
