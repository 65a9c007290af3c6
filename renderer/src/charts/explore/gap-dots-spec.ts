// Gaps: each group's distance from the reference, as dots either side of a zero line.
import * as Plot from '@observablehq/plot';
import type { RateCell, ValueFormat } from './explore-data';
import { groupColorScale } from './group-colors';
import { gapShort } from '../../../../analysis/shared/gap-sign';
import { withheldText } from './interval-marks';

export function gapDotsOptions(input: { cells: readonly RateCell[]; groupOrder: readonly string[]; format: ValueFormat; referenceLabel: string; width: number }): Plot.PlotOptions {
  const { cells, format, width } = input;
  const labels = input.groupOrder.map((g) => cells.find((c) => c.group === g)?.groupLabel ?? g);
  const withGap = cells.filter((c): c is RateCell & { gap: number } => c.gap !== null);
  // A shown figure can still lack a gap (its comparison is withheld): it is labelled like a withheld one.
  const without = cells.filter((c) => c.gap === null).map((c) => (c.value === null ? c : { ...c, value: null, withheld: c.withheld ?? 'no comparison' }));
  // Gaps arrive as fractions for rates; the axis and the labels are in display units (percentage points).
  const x = (c: RateCell) => c.gap! * format.scale;
  const extent = Math.max(1, ...withGap.map((c) => Math.abs(x(c))));
  const longest = Math.max(...labels.map((l) => l.length), 8);
  return {
    width,
    height: Math.max(140, labels.length * 30 + 60),
    marginLeft: Math.min(300, longest * 6.5 + 16),
    marginRight: 60,
    x: { label: `Gap to ${input.referenceLabel} (${format.gapUnit})`, domain: [-extent * 1.15, extent * 1.15], grid: true },
    y: { label: null, domain: labels },
    color: { ...groupColorScale(cells, labels) },
    marks: [
      Plot.ruleX([0], { stroke: '#334155' }),
      Plot.ruleY(withGap, { y: 'groupLabel', x1: 0, x2: x, stroke: '#cbd5e1', strokeWidth: 2 }),
      Plot.dot(withGap, { x, y: 'groupLabel', fill: 'groupLabel', r: 6, title: (c: RateCell) => `${c.groupLabel}: ${formatGap(c.gap!, format)}` }),
      Plot.text(withGap, { x, y: 'groupLabel', text: (c: RateCell) => formatGap(c.gap!, format), dx: 12, textAnchor: 'start', fontSize: 11, fill: '#0f172a' }),
      withheldText(without, { x: 0, y: 'groupLabel', dx: 6, textAnchor: 'start' }),
    ],
  };
}

/** A gap label in the shared sign convention: "3.6 pts above", "1.2 pts below". */
export function formatGap(gap: number, format: ValueFormat): string {
  return gapShort(gap * format.scale);
}
