// Composition: each group's share of those with the outcome beside its share of everyone enrolled.
import * as Plot from '@observablehq/plot';
import { groupColorScale } from './group-colors';
import { withheldLabel } from '../../../../analysis/shared/withheld-text';

export interface CompositionRow {
  group: string;
  groupLabel: string;
  /** Share of students with the outcome (0-1); null when suppressed. */
  outcomeShare: number | null;
  /** Share of enrolled students (0-1); null when suppressed. */
  enrollmentShare: number | null;
}

export function compositionOptions(input: { rows: readonly CompositionRow[]; groupOrder: readonly string[]; outcomeLabel: string; width: number }): Plot.PlotOptions {
  const labels = input.groupOrder.map((g) => input.rows.find((r) => r.group === g)?.groupLabel ?? g).filter((l) => input.rows.some((r) => r.groupLabel === l));
  const long = input.rows.flatMap((r) => [
    { groupLabel: r.groupLabel, which: 'Share of enrollment', share: r.enrollmentShare },
    { groupLabel: r.groupLabel, which: `Share of ${input.outcomeLabel}`, share: r.outcomeShare },
  ]);
  const shown = long.filter((d) => d.share !== null);
  const absent = long.filter((d) => d.share === null);
  const longest = Math.max(...labels.map((l) => l.length), 8);
  return {
    width: input.width,
    height: Math.max(160, labels.length * 44 + 70),
    marginLeft: Math.min(300, longest * 6.5 + 16),
    marginRight: 60,
    x: { label: 'Percent of students', grid: true, zero: true, nice: true },
    y: { axis: null, domain: ['Share of enrollment', `Share of ${input.outcomeLabel}`] },
    fy: { label: null, domain: labels, padding: 0.2 },
    color: { domain: ['Share of enrollment', `Share of ${input.outcomeLabel}`], range: ['#cbd5e1', '#0072B2'], legend: true },
    marks: [
      Plot.barX(shown, { x: (d: (typeof long)[number]) => d.share! * 100, y: 'which', fy: 'groupLabel', fill: 'which', title: (d: (typeof long)[number]) => `${d.groupLabel}: ${d.which} ${(d.share! * 100).toFixed(1)}%` }),
      Plot.text(shown, { x: (d: (typeof long)[number]) => d.share! * 100, y: 'which', fy: 'groupLabel', text: (d: (typeof long)[number]) => `${(d.share! * 100).toFixed(1)}%`, dx: 4, textAnchor: 'start', fontSize: 10 }),
      Plot.text(absent, { x: 0, y: 'which', fy: 'groupLabel', text: () => withheldLabel(null), dx: 4, textAnchor: 'start', fontSize: 10, fill: '#64748b', fontStyle: 'italic' }),
      Plot.axisFy({ anchor: 'left', label: null, tickSize: 0, fontSize: 12 }),
      Plot.ruleX([0]),
    ],
  };
}

/** Groups keep their colour here too, for the legend chips beside the chart. */
export const compositionGroupColors = groupColorScale;
