// Trend: each group's value by school year with its 95% band, the all-students line for comparison,
// lines broken where a year is withheld, and end labels nudged apart so they never overlap.
import * as Plot from '@observablehq/plot';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { drawable, hidden, type RateCell, type ValueFormat } from './explore-data';
import { ALL_STUDENTS_COLOR, groupColorScale } from './group-colors';
import { intervalBandY, WITHHELD_INK } from './interval-marks';
import { tooltip } from './rate-bars-spec';

const HEIGHT = 380;
const MARGIN_TOP = 20;
const MARGIN_BOTTOM = 30;
/** Vertical room one end label needs, in pixels (11 px text plus a little air). */
const LABEL_GAP = 14;

export function trendOptions(input: { cells: readonly RateCell[]; totals: readonly RateCell[]; groupOrder: readonly string[]; format: ValueFormat; width: number }): Plot.PlotOptions {
  const { cells, totals, format, width } = input;
  const labels = input.groupOrder.map((g) => cells.find((c) => c.group === g)?.groupLabel ?? g).filter((l) => cells.some((c) => c.groupLabel === l));
  const years = [...new Set([...cells, ...totals].map((c) => c.year))].sort((a, b) => a - b).map(schoolYearLabel);
  const year = (c: RateCell) => schoolYearLabel(c.year);
  const y = (c: RateCell) => (c.value === null ? NaN : c.value * format.scale);
  const shown = drawable(cells);
  const domain = yDomain([...cells, ...totals], format);
  const ends = endLabels([...shown, ...drawable(totals).map((c) => ({ ...c, groupLabel: 'All students', color: ALL_STUDENTS_COLOR }))], y, domain);
  return {
    width,
    height: HEIGHT,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginRight: 200,
    x: { label: 'School year', domain: years, padding: 0.3 },
    y: { label: format.axisLabel, grid: true, domain },
    color: { ...allStudentsToo(groupColorScale(cells, labels)), legend: false },
    marks: [
      intervalBandY(cells, { x: year, scale: format.scale, z: 'groupLabel', fill: 'groupLabel' }),
      // One line per group; NaN breaks the line at a withheld year instead of drawing through it.
      Plot.lineY(cells, { x: year, y, stroke: 'groupLabel', z: 'groupLabel', strokeWidth: 2 }),
      Plot.dot(shown, { x: year, y, fill: 'groupLabel', r: 4, title: (c: RateCell) => `${year(c)}\n${tooltip(c, format)}` }),
      // All students: the comparison every group line is read against.
      Plot.lineY(totals, { x: year, y, stroke: ALL_STUDENTS_COLOR, strokeWidth: 2.5, strokeDasharray: '6,3' }),
      Plot.dot(drawable(totals), { x: year, y, fill: ALL_STUDENTS_COLOR, r: 3, title: (c: RateCell) => `All students, ${year(c)}\n${format.format(c.value!)} (n ${c.denominatorText})` }),
      // One note per year for the groups withheld that year, naming them in its tooltip.
      Plot.text(withheldByYear(cells), { x: 'year', frameAnchor: 'bottom', text: 'text', title: 'names', dy: -4, fill: WITHHELD_INK, fontSize: 11, fontStyle: 'italic' }),
      // Direct labels at the last drawn year, instead of a legend the eye has to travel to: a swatch in the
      // group's colour and dark text, since several palette colours are too light for text (AA).
      Plot.dot(ends, { x: 'year', y: 'labelY', dx: 14, r: 4, fill: 'text' }),
      Plot.text(ends, { x: 'year', y: 'labelY', text: 'text', dx: 22, textAnchor: 'start', fill: '#0f172a', fontSize: 11 }),
    ],
  };
}

const allStudentsToo = (scale: { domain: string[]; range: string[] }) => ({ domain: [...scale.domain, 'All students'], range: [...scale.range, ALL_STUDENTS_COLOR] });

function yDomain(cells: readonly RateCell[], format: ValueFormat): [number, number] {
  const values = cells.flatMap((c) => [c.value, c.lower, c.upper]).filter((v): v is number => v !== null).map((v) => v * format.scale);
  if (values.length === 0) return [0, 1];
  const low = format.scale === 100 ? 0 : Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low) * 0.05 || 1;
  return [format.scale === 100 ? 0 : low - pad, high + pad];
}

interface EndLabel {
  year: string;
  labelY: number;
  text: string;
  ink: string;
}

/**
 * The label of each series at its last drawn year, moved apart where two would overlap: sorted by value,
 * each is pushed at least LABEL_GAP pixels (in data units) above the one below, then the stack is
 * shifted back down if it ran off the top.
 */
export function endLabels(cells: readonly RateCell[], y: (c: RateCell) => number, domain: [number, number]): EndLabel[] {
  const last = new Map<string, RateCell>();
  for (const c of cells) if (c.value !== null && (last.get(c.groupLabel)?.year ?? -Infinity) < c.year) last.set(c.groupLabel, c);
  const unit = (domain[1] - domain[0]) / (HEIGHT - MARGIN_TOP - MARGIN_BOTTOM);
  const gap = LABEL_GAP * unit;
  const labels = [...last.values()].map((c) => ({ year: schoolYearLabel(c.year), labelY: y(c), text: c.groupLabel, ink: c.color })).sort((a, b) => a.labelY - b.labelY);
  for (let i = 1; i < labels.length; i++) labels[i]!.labelY = Math.max(labels[i]!.labelY, labels[i - 1]!.labelY + gap);
  const overflow = (labels[labels.length - 1]?.labelY ?? 0) - domain[1];
  if (overflow > 0) for (let i = labels.length - 1; i >= 0; i--) labels[i]!.labelY = Math.min(labels[i]!.labelY - overflow, i < labels.length - 1 ? labels[i + 1]!.labelY - gap : Infinity);
  return labels;
}

function withheldByYear(cells: readonly RateCell[]): { year: string; text: string; names: string }[] {
  const byYear = new Map<number, string[]>();
  for (const cell of hidden(cells)) byYear.set(cell.year, [...(byYear.get(cell.year) ?? []), cell.groupLabel]);
  return [...byYear].map(([year, names]) => ({
    year: schoolYearLabel(year),
    text: names.length === 1 ? `${names[0]}: withheld` : `${names.length} groups withheld`,
    names: `Too small to publish: ${names.join(', ')}`,
  }));
}
