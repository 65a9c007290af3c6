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
      Plot.text(hidden(cells), { x: year, frameAnchor: 'bottom', text: () => 'n<10', dy: -4, fill: '#64748b', fontSize: 10, fontStyle: 'italic' }),
      // Direct labels at the last drawn year, instead of a legend the eye has to travel to.
      Plot.text(shown, Plot.selectLast({ x: year, y, z: 'groupLabel', text: 'groupLabel', dx: 8, textAnchor: 'start', fill: 'groupLabel', fontSize: 11 })),
    ],
  };
}
