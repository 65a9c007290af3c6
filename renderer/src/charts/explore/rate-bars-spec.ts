// Disaggregated rates: one bar per group with its 95% interval, a reference line, hidden cells labelled.
import * as Plot from '@observablehq/plot';
import { drawable, hidden, type RateCell, type ValueFormat } from './explore-data';
import { groupColorScale } from './group-colors';
import { withheldLabel } from '../../../../analysis/shared/withheld-text';

export interface RateBarsInput {
  cells: readonly RateCell[];
  groupOrder: readonly string[];
  format: ValueFormat;
  /** The reference's value (all students, all others, ...) in the metric's unit, with its label. */
  reference: { value: number; label: string } | null;
  width: number;
}

export function rateBarsOptions({ cells, groupOrder, format, reference, width }: RateBarsInput): Plot.PlotOptions {
  const labels = groupOrder.map((g) => cells.find((c) => c.group === g)?.groupLabel ?? g);
  const labelOf = (c: RateCell) => c.groupLabel;
  const shown = drawable(cells);
  const x = (c: RateCell) => (c.value ?? 0) * format.scale;
  const longest = Math.max(...labels.map((l) => l.length), 8);
  return {
    width,
    height: Math.max(140, labels.length * 34 + 60),
    marginLeft: Math.min(300, longest * 6.5 + 16),
    marginRight: 80,
    x: { label: format.axisLabel, grid: true, nice: true, zero: true },
    y: { label: null, domain: labels, padding: 0.28 },
    color: { ...groupColorScale(labels), legend: false },
    marks: [
      Plot.barX(shown, { x, y: labelOf, fill: labelOf, fillOpacity: 0.85, title: (c: RateCell) => tooltip(c, format) }),
      // The 95% interval: a thin dark rule with end ticks, drawn over the bar.
      Plot.ruleY(shown.filter((c) => c.lower !== null), { y: labelOf, x1: (c: RateCell) => c.lower! * format.scale, x2: (c: RateCell) => c.upper! * format.scale, stroke: '#1f2937', strokeWidth: 1.5 }),
      Plot.tickX(shown.filter((c) => c.lower !== null), { y: labelOf, x: (c: RateCell) => c.lower! * format.scale, stroke: '#1f2937' }),
      Plot.tickX(shown.filter((c) => c.upper !== null), { y: labelOf, x: (c: RateCell) => c.upper! * format.scale, stroke: '#1f2937' }),
      Plot.text(shown, { x: (c: RateCell) => Math.max(x(c), (c.upper ?? 0) * format.scale), y: labelOf, text: (c: RateCell) => format.format(c.value ?? 0), dx: 6, textAnchor: 'start', fontSize: 11 }),
      Plot.text(hidden(cells), { x: 0, y: labelOf, text: (c: RateCell) => hiddenLabel(c), dx: 4, textAnchor: 'start', fontSize: 11, fill: '#64748b', fontStyle: 'italic' }),
      ...(reference
        ? [
            Plot.ruleX([reference.value * format.scale], { stroke: '#b42318', strokeDasharray: '4,3', strokeWidth: 1.5 }),
            Plot.text([reference], { x: reference.value * format.scale, frameAnchor: 'top', text: () => `${reference.label}: ${format.format(reference.value)}`, dy: -14, fill: '#b42318', fontSize: 11 }),
          ]
        : []),
      Plot.ruleX([0]),
    ],
    marginTop: reference ? 30 : 20,
  };
}

export function hiddenLabel(cell: RateCell): string {
  if (!cell.suppressed) return cell.note ?? 'not available';
  // "*" marks a cell hidden so that a smaller one cannot be worked out from the total.
  return withheldLabel(cell.numeratorText === '*' ? '*' : (cell.valueText ?? cell.numeratorText));
}

export function tooltip(cell: RateCell, format: ValueFormat): string {
  const lines = [`${cell.groupLabel}${cell.secondaryLabel ? `, ${cell.secondaryLabel}` : ''}`];
  if (cell.value === null) lines.push(hiddenLabel(cell));
  else {
    lines.push(`${format.format(cell.value)} (${cell.numeratorText} of ${cell.denominatorText})`);
    if (cell.lower !== null && cell.upper !== null) lines.push(`95% interval ${format.format(cell.lower)} to ${format.format(cell.upper)}`);
  }
  if (cell.note && cell.value !== null) lines.push(`Note: ${cell.note}`);
  return lines.join('\n');
}
