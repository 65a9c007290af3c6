// Funnel plot: each school's rate against its size, inside the limits chance alone would produce.
import * as Plot from '@observablehq/plot';
import type { ValueFormat } from './explore-data';

export interface FunnelSchool {
  schoolLabel: string;
  value: number;
  n: number;
  /** Where the school sits against the limits: outside 99.8% is unlikely to be noise. */
  position: 'above_998' | 'above_95' | 'within' | 'below_95' | 'below_998';
}

export interface FunnelCurvePoint {
  n: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

const POSITION_COLOR: Record<FunnelSchool['position'], string> = {
  above_998: '#D55E00',
  above_95: '#E69F00',
  within: '#0072B2',
  below_95: '#56B4E9',
  below_998: '#009E73',
};

export const POSITION_LABEL: Record<FunnelSchool['position'], string> = {
  above_998: 'Above the 99.8% limit',
  above_95: 'Above the 95% limit',
  within: 'Within the limits',
  below_95: 'Below the 95% limit',
  below_998: 'Below the 99.8% limit',
};

export function funnelOptions(input: { schools: readonly FunnelSchool[]; curve: readonly FunnelCurvePoint[]; target: number; format: ValueFormat; higherIsBetter: boolean; width: number }): Plot.PlotOptions {
  const { schools, curve, target, format, width } = input;
  const s = format.scale;
  const positions = (Object.keys(POSITION_COLOR) as FunnelSchool['position'][]).filter((p) => schools.some((school) => school.position === p));
  // Names only on the side of concern, and only the furthest few: the rest are in tooltips and the table.
  const concern = input.higherIsBetter ? 'below_998' : 'above_998';
  const outside = schools
    .filter((school) => school.position === concern)
    .sort((a, b) => (input.higherIsBetter ? a.value - b.value : b.value - a.value))
    .slice(0, 5);
  const labels = separateLabels(outside.map((school) => ({ school, x: school.n, y: school.value * s })), schools, s);
  return {
    width,
    height: 420,
    marginRight: 30,
    x: { label: 'Students in the school (denominator)', grid: true, nice: true },
    y: { label: format.axisLabel, grid: true, nice: true },
    color: { domain: positions.map((p) => POSITION_LABEL[p]), range: positions.map((p) => POSITION_COLOR[p]), legend: true },
    marks: [
      Plot.areaY(curve, { x: 'n', y1: (p: FunnelCurvePoint) => p.lower998 * s, y2: (p: FunnelCurvePoint) => p.upper998 * s, fill: '#e2e8f0', fillOpacity: 0.6 }),
      Plot.areaY(curve, { x: 'n', y1: (p: FunnelCurvePoint) => p.lower95 * s, y2: (p: FunnelCurvePoint) => p.upper95 * s, fill: '#cbd5e1', fillOpacity: 0.7 }),
      Plot.ruleY([target * s], { stroke: '#334155', strokeDasharray: '4,3' }),
      Plot.dot(schools, {
        x: 'n',
        y: (d: FunnelSchool) => d.value * s,
        fill: (d: FunnelSchool) => POSITION_LABEL[d.position],
        r: 5,
        stroke: 'white',
        title: (d: FunnelSchool) => `${d.schoolLabel}\n${format.format(d.value)} of ${d.n.toLocaleString('en-US')} students\n${POSITION_LABEL[d.position]}`,
      }),
      Plot.text(labels, { x: 'x', y: 'y', text: (d: (typeof labels)[number]) => d.school.schoolLabel, dy: -10, fontSize: 11, fill: '#0f172a' }),
    ],
  };
}

/**
 * Moves a name down below the one before it when both would print in the same place (close in size and
 * value): names are about 7 px a character wide at 11 px, the plot about 400 px high.
 */
function separateLabels<T extends { x: number; y: number }>(labels: T[], schools: readonly FunnelSchool[], scale: number): T[] {
  const xs = schools.map((d) => d.n);
  const ys = schools.map((d) => d.value * scale);
  const xUnit = (Math.max(...xs) - Math.min(...xs) || 1) / 700;
  const yUnit = (Math.max(...ys) - Math.min(...ys) || 1) / 380;
  const placed: T[] = [];
  for (const label of [...labels].sort((a, b) => b.y - a.y)) {
    let y = label.y;
    for (const other of placed) if (Math.abs(other.x - label.x) < 200 * xUnit && Math.abs(other.y - y) < 14 * yUnit) y = other.y - 14 * yUnit;
    placed.push({ ...label, y });
  }
  return placed;
}
