// Disaggregated figures: rates as bars from zero, means as a dot on a scale that starts where the data do
// (2,570 and 2,676 must look different), each with its 95% interval, a reference line, withheld cells labelled.
import * as Plot from '@observablehq/plot';
import { drawable, type RateCell, type ValueFormat } from './explore-data';
import { formatGap } from './gap-dots-spec';
import { groupColorScale } from './group-colors';
import { intervalX, withheldText } from './interval-marks';

export interface RateBarsInput {
  cells: readonly RateCell[];
  groupOrder: readonly string[];
  format: ValueFormat;
  /** The reference's value (all students, all others, ...) in the metric's unit, with its label. */
  reference: { value: number; label: string } | null;
  /** Each group's own comparison drawn as a tick on its row, named by this label (representation). */
  referenceTicks?: string;
  /** Bars from zero for shares; a dot and its interval for averages, where zero is not a meaningful base. */
  form: 'bars' | 'dots';
  width: number;
}

export function rateBarsOptions({ cells, groupOrder, format, reference, referenceTicks, form, width }: RateBarsInput): Plot.PlotOptions {
  const labels = groupOrder.map((g) => cells.find((c) => c.group === g)?.groupLabel ?? g);
  const labelOf = (c: RateCell) => c.groupLabel;
  const shown = drawable(cells);
  const x = (c: RateCell) => (c.value ?? 0) * format.scale;
  const longest = Math.max(...labels.map((l) => l.length), 8);
  const valueMark =
    form === 'bars'
      ? Plot.barX(shown, { x, y: labelOf, fill: labelOf, fillOpacity: 0.85, title: (c: RateCell) => tooltip(c, format) })
      : Plot.dot(shown, { x, y: labelOf, fill: labelOf, stroke: '#1f2937', r: 6, title: (c: RateCell) => tooltip(c, format) });
  // Withheld labels sit at the left edge of the frame: at zero for bars, at the scale's start for dots.
  const withheldX = form === 'bars' ? { x: 0 } : { frameAnchor: 'left' as const };
  return {
    width,
    height: Math.max(140, labels.length * 34 + 60),
    marginLeft: Math.min(300, longest * 6.5 + 16),
    marginRight: 80,
    // With every figure withheld there is no scale to show: an axis of one tick ("0.000000") would read as a figure.
    x: shown.length === 0 ? { domain: [0, 1], axis: null } : { label: format.axisLabel, grid: true, nice: true, zero: form === 'bars' },
    y: { label: null, domain: labels, padding: 0.28 },
    color: { ...groupColorScale(cells, labels), legend: false },
    marks: [
      valueMark,
      intervalX(shown, { y: labelOf, scale: format.scale }),
      Plot.text(shown, { x: (c: RateCell) => Math.max(x(c), (c.upper ?? 0) * format.scale), y: labelOf, text: (c: RateCell) => format.format(c.value ?? 0), dx: 6, textAnchor: 'start', fontSize: 11, fill: '#0f172a' }),
      withheldText(cells, { ...withheldX, y: labelOf, dx: 4, textAnchor: 'start' }),
      ...(reference
        ? [
            Plot.ruleX([reference.value * format.scale], { stroke: '#b42318', strokeDasharray: '4,3', strokeWidth: 1.5 }),
            Plot.text([reference], { x: reference.value * format.scale, frameAnchor: 'top', text: () => `${reference.label}: ${format.format(reference.value)}`, dy: -14, fill: '#b42318', fontSize: 11 }),
          ]
        : []),
      ...(referenceTicks
        ? [
            Plot.tickX(shown.filter((c) => c.reference !== null), { x: (c: RateCell) => c.reference! * format.scale, y: labelOf, stroke: '#b42318', strokeWidth: 3, title: (c: RateCell) => `${referenceTicks}: ${format.format(c.reference!)}` }),
            Plot.text([referenceTicks], { frameAnchor: 'top-right', text: () => `Red tick: ${referenceTicks.toLowerCase()}`, dy: -14, fill: '#b42318', fontSize: 11 }),
          ]
        : []),
      ...(form === 'bars' ? [Plot.ruleX([0])] : []),
    ],
    marginTop: reference || referenceTicks ? 30 : 20,
  };
}

/** Everything a reader asks of one mark: group, figure, count and n, interval, gap, and any note. */
export function tooltip(cell: RateCell, format: ValueFormat): string {
  const lines = [`${cell.groupLabel}${cell.secondaryLabel ? `, ${cell.secondaryLabel}` : ''}`];
  if (cell.value === null) lines.push(`Withheld (${cell.withheld ?? 'not available'}); n ${cell.denominatorText}`);
  else {
    lines.push(`${format.format(cell.value)} (count ${cell.numeratorText}, n ${cell.denominatorText})`);
    if (cell.lower !== null && cell.upper !== null) lines.push(`95% interval ${format.format(cell.lower)} to ${format.format(cell.upper)}`);
    if (cell.gap !== null) lines.push(`Gap: ${formatGap(cell.gap, format)}`);
  }
  if (cell.note) lines.push(`Note: ${cell.note}`);
  return lines.join('\n');
}
