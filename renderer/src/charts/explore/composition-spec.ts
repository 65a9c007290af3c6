// Composition: each group's share of those with the outcome beside its share of everyone enrolled.
import * as Plot from '@observablehq/plot';
import { WITHHELD_INK } from './interval-marks';

export interface CompositionRow {
  group: string;
  groupLabel: string;
  /** Share of students with the outcome (0-1); null when suppressed. */
  outcomeShare: number | null;
  /** Share of enrolled students (0-1); null when suppressed. */
  enrollmentShare: number | null;
  /** The label drawn when a share is withheld ("count < 15" under a minimum of 15). */
  withheld: string | null;
}

export function compositionOptions(input: { rows: readonly CompositionRow[]; groupOrder: readonly string[]; outcomeLabel: string; width: number }): Plot.PlotOptions {
  const labels = input.groupOrder.map((g) => input.rows.find((r) => r.group === g)?.groupLabel ?? g).filter((l) => input.rows.some((r) => r.groupLabel === l));
  const long = input.rows.flatMap((r) => [
    { groupLabel: r.groupLabel, which: 'Share of enrollment', share: r.enrollmentShare, withheld: r.withheld },
    { groupLabel: r.groupLabel, which: `Share of ${input.outcomeLabel}`, share: r.outcomeShare, withheld: r.withheld },
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
    color: { domain: ['Share of enrollment', `Share of ${input.outcomeLabel}`], range: ['#94a3b8', '#0072B2'], legend: true },
    marks: [
      Plot.barX(shown, { x: (d: (typeof long)[number]) => d.share! * 100, y: 'which', fy: 'groupLabel', fill: 'which', title: (d: (typeof long)[number]) => `${d.groupLabel}: ${d.which} ${(d.share! * 100).toFixed(1)}%` }),
      Plot.text(shown, { x: (d: (typeof long)[number]) => d.share! * 100, y: 'which', fy: 'groupLabel', text: (d: (typeof long)[number]) => `${(d.share! * 100).toFixed(1)}%`, dx: 4, textAnchor: 'start', fontSize: 11, fill: '#0f172a' }),
      Plot.text(absent, { x: 0, y: 'which', fy: 'groupLabel', text: (d: (typeof long)[number]) => d.withheld ?? 'withheld', dx: 4, textAnchor: 'start', fontSize: 11, fill: WITHHELD_INK, fontStyle: 'italic' }),
      Plot.axisFy({ anchor: 'left', label: null, tickSize: 0, fontSize: 12 }),
      Plot.ruleX([0]),
    ],
  };
}
