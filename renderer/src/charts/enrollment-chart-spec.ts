// Pure spec builder: enrollment by group and school year -> Observable Plot options (no DOM).
import * as Plot from '@observablehq/plot';
import { schoolYearLabel } from '../../../analysis/shared/codes';
import { yearColors } from './palette';

export interface EnrollmentColumns {
  schoolYear: number[];
  groupLabel: string[];
  /** null where suppressed: drawn as a marked gap, never as zero. */
  students: (number | null)[];
  studentsDisplay: string[];
}

export interface EnrollmentChartText {
  title: string;
  subtitle: string;
  /** A sentence or two a screen reader reads in place of the chart. */
  alternative: string;
}

interface Row {
  year: string;
  group: string;
  students: number | null;
  display: string;
}

function toRows(columns: EnrollmentColumns): Row[] {
  return columns.schoolYear.map((year, i) => ({
    year: schoolYearLabel(year),
    group: columns.groupLabel[i]!,
    students: columns.students[i] ?? null,
    display: columns.studentsDisplay[i]!,
  }));
}

export function enrollmentChartOptions(columns: EnrollmentColumns, width: number): Plot.PlotOptions {
  const rows = toRows(columns);
  const years = [...new Set(rows.map((r) => r.year))];
  const groups = [...new Set(rows.map((r) => r.group))];
  const shown = rows.filter((r) => r.students !== null);
  const hidden = rows.filter((r) => r.students === null);
  return {
    width,
    height: Math.max(160, groups.length * (years.length * 16 + 14) + 40),
    // Room for the longest group name at the axis font size (about 6.5 px a character).
    marginLeft: Math.min(320, Math.max(90, Math.ceil(Math.max(...groups.map((g) => g.length)) * 6.5) + 16)),
    marginRight: 70,
    x: { label: 'Students enrolled', grid: true, tickFormat: ',d' },
    y: { axis: null, domain: years },
    fy: { label: null, domain: groups, padding: 0.18 },
    color: { type: 'ordinal', domain: years, range: yearColors(years.length), legend: true },
    marks: [
      Plot.barX(shown, { x: 'students', y: 'year', fy: 'group', fill: 'year', title: (r: Row) => `${r.group}, ${r.year}: ${r.display} students` }),
      Plot.text(shown, { x: 'students', y: 'year', fy: 'group', text: 'display', dx: 4, textAnchor: 'start', fontSize: 10, fill: '#334155' }),
      // Suppressed cells are labelled where the bar would start, so a gap never reads as zero.
      Plot.text(hidden, { x: 0, y: 'year', fy: 'group', text: (r: Row) => `n${r.display} (suppressed)`, dx: 4, textAnchor: 'start', fontSize: 10, fill: '#64748b', fontStyle: 'italic' }),
      Plot.axisFy({ anchor: 'left', label: null, tickSize: 0, fontSize: 12 }),
      Plot.ruleX([0]),
    ],
  };
}

export function enrollmentChartText(columns: EnrollmentColumns, groupNoun: string): EnrollmentChartText {
  const rows = toRows(columns);
  const years = [...new Set(rows.map((r) => r.year))];
  const latest = years[years.length - 1];
  const latestRows = rows.filter((r) => r.year === latest);
  const total = latestRows.reduce((sum, r) => sum + (r.students ?? 0), 0);
  const largest = [...latestRows].filter((r) => r.students !== null).sort((a, b) => (b.students ?? 0) - (a.students ?? 0))[0];
  const suppressed = rows.filter((r) => r.students === null).length;
  const range = years.length > 1 ? `${years[0]} to ${latest}` : (latest ?? '');
  return {
    title: `Enrollment by ${groupNoun}, ${range}`,
    subtitle: largest
      ? `In ${latest}, the largest group was ${largest.group} (${largest.display} of ${total.toLocaleString('en-US')} students shown).`
      : 'No enrollment has been loaded yet.',
    alternative:
      `Bar chart of students enrolled by ${groupNoun} for each school year from ${range}. ` +
      latestRows.map((r) => `${r.group}: ${r.display}`).join('; ') +
      (suppressed > 0 ? `. ${suppressed} small counts are suppressed to protect student privacy.` : '.'),
  };
}
