// A benchmark's small trend chart: the figure each school year with its 95% interval, the straight line
// from the baseline to the target, and the target itself at its year. The text alternative says the same.
import * as Plot from '@observablehq/plot';
import type { BenchmarkPoint, BenchmarkProgress } from '../../../../analysis/api';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { OKABE_ITO } from '../palette';

const FIGURE_INK = OKABE_ITO[0];
const TARGET_INK = OKABE_ITO[5];
const GUIDE_INK = '#64748b';

type Drawn = BenchmarkPoint & { value: number };
const drawn = (series: readonly BenchmarkPoint[]): Drawn[] => series.filter((p): p is Drawn => p.value !== null);

export function benchmarkTrendOptions(item: BenchmarkProgress, width: number): Plot.PlotOptions {
  const points = drawn(item.series);
  const { baseline, benchmark } = item;
  const years = [...new Set([...item.series.map((p) => p.year), benchmark.targetYear])].sort((a, b) => a - b);
  const values = [...points.flatMap((p) => [p.value, p.lower ?? p.value, p.upper ?? p.value]), benchmark.target];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low) * 0.12 || 1;
  const guide = baseline?.value !== null && baseline?.value !== undefined ? [{ year: baseline.year, value: baseline.value }, { year: benchmark.targetYear, value: benchmark.target }] : [];
  return {
    width,
    height: 150,
    marginLeft: 48,
    marginRight: 16,
    marginTop: 14,
    marginBottom: 28,
    x: { domain: [years[0]! - 0.4, years[years.length - 1]! + 0.4], ticks: years, tickFormat: (y: number) => schoolYearLabel(y), label: null },
    y: { domain: [low - pad, high + pad], grid: true, label: null, ticks: 4, tickFormat: (v: number) => (item.suffix === '%' ? `${v}%` : String(v)) },
    marks: [
      Plot.ruleY([benchmark.target], { stroke: TARGET_INK, strokeOpacity: 0.35 }),
      // The straight line to the target: where "on track" is judged from.
      Plot.line(guide, { x: 'year', y: 'value', stroke: GUIDE_INK, strokeDasharray: '4,3' }),
      Plot.ruleX(points.filter((p) => p.lower !== null && p.upper !== null), { x: 'year', y1: 'lower', y2: 'upper', stroke: FIGURE_INK, strokeOpacity: 0.45, strokeWidth: 3 }),
      Plot.line(points, { x: 'year', y: 'value', stroke: FIGURE_INK, strokeWidth: 2 }),
      Plot.dot(points, { x: 'year', y: 'value', fill: FIGURE_INK, r: 3.5 }),
      Plot.dot([{ year: benchmark.targetYear, value: benchmark.target }], { x: 'year', y: 'value', symbol: 'diamond', fill: TARGET_INK, r: 5 }),
      Plot.text([{ year: benchmark.targetYear, value: benchmark.target }], { x: 'year', y: 'value', text: () => 'target', dy: -10, fill: '#9a3412', fontSize: 10 }),
    ],
  };
}

/** The chart in words, for its text alternative: every year's figure, the baseline, the latest and the target. */
export function benchmarkTrendText(item: BenchmarkProgress): string {
  const years = item.series.map((p) => {
    const role = p.year === item.baseline?.year ? ' (baseline)' : p.year === item.latest?.year ? ' (latest)' : '';
    // A figure's text names its year; a withheld year's says why, so the year goes first.
    return `${p.value === null ? `${schoolYearLabel(p.year)}: ${p.text}` : p.text}${role}`;
  });
  return `${item.metricLabel}, ${item.groupLabel}${item.benchmark.statistic === 'value' ? '' : ` (${item.statisticLabel.toLowerCase()})`}: ${years.join('; ')}. Target ${item.targetText}.`;
}
