// Trend: each group's value by school year, lines broken where a year is suppressed (and labelled).
import * as Plot from '@observablehq/plot';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { drawable, hidden, type RateCell, type ValueFormat } from './explore-data';
import { groupColorScale } from './group-colors';
import { tooltip } from './rate-bars-spec';

export function trendOptions(input: { cells: readonly RateCell[]; groupOrder: readonly string[]; format: ValueFormat; width: number }): Plot.PlotOptions {
  const { cells, format, width } = input;
  const labels = input.groupOrder.map((g) => cells.find((c) => c.group === g)?.groupLabel ?? g).filter((l) => cells.some((c) => c.groupLabel === l));
  const years = [...new Set(cells.map((c) => c.year))].sort((a, b) => a - b).map(schoolYearLabel);
  const year = (c: RateCell) => schoolYearLabel(c.year);
  const y = (c: RateCell) => (c.value === null ? NaN : c.value * format.scale);
  const shown = drawable(cells);
  return {
    width,
    height: 380,
    marginRight: 190,
    x: { label: 'School year', domain: years, padding: 0.3 },
    y: { label: format.axisLabel, grid: true, nice: true, zero: format.scale === 100 },
    color: { ...groupColorScale(labels), legend: false },
    marks: [
      // One line per group; NaN breaks the line at a suppressed year instead of drawing through it.
      Plot.lineY(cells, { x: year, y, stroke: 'groupLabel', z: 'groupLabel', strokeWidth: 2 }),
      Plot.dot(shown, { x: year, y, fill: 'groupLabel', r: 4, title: (c: RateCell) => `${c.groupLabel}, ${year(c)}\n${tooltip(c, format)}` }),
      // One note per year for the groups withheld that year, naming them in its tooltip.
      Plot.text(withheldByYear(cells), { x: 'year', frameAnchor: 'bottom', text: 'text', title: 'names', dy: -4, fill: '#526071', fontSize: 10, fontStyle: 'italic' }),
      // Direct labels at the last drawn year, instead of a legend the eye has to travel to.
      Plot.text(shown, Plot.selectLast({ x: year, y, z: 'groupLabel', text: 'groupLabel', dx: 8, textAnchor: 'start', fill: 'groupLabel', fontSize: 11 })),
    ],
  };
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
