// The words around each Explore chart: a title that names the place, the headline, a text alternative,
// a caption (N, source, suppression, interval legend) and the metadata rows every export carries.
import type { MetricInfo } from '../../../../analysis/api';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { VIEW_LABELS, type ViewKind } from '../../../../analysis/shared/explore-view';
import { inSentence } from '../../../../analysis/shared/text';
import type { ChartPlace } from './chart-place';
import type { RateCell, ValueFormat } from './explore-data';
import { groupTypePhrase, populationNoun } from './group-words';
import { headline } from './headline';
import type { MetricRow } from './metric-rows';
import { withheldExplanation } from './withheld';

export interface ChartText {
  title: string;
  subtitle: string;
  alternative: string;
  /** Definition, year, N and source: printed under the chart and into every exported picture. */
  footer: string;
  /** What the marks mean (bars, interval lines, limits). */
  legend: string;
  /** Said when any figure is withheld; null otherwise. */
  suppressionNote: string | null;
  /** Label and value pairs that open every CSV and XLSX export. */
  metadata: [string, string][];
}

export interface TextInput {
  view: { view: ViewKind; groupBy: string; groupBy2: string; internal: boolean };
  metric: MetricInfo;
  groupTypeLabel: string;
  groupType2Label: string;
  rows: readonly MetricRow[];
  cells: readonly RateCell[];
  format: ValueFormat;
  year: number;
  place: ChartPlace;
  districtName: string;
  /** "student records" or "report-card aggregates"; null when the service did not say. */
  source: string | null;
  minimumN: number;
}

const LEGENDS: Record<ViewKind, string> = {
  groups: 'Each bar or dot is a group’s figure; the line through it is its 95% confidence interval (Wilson score for rates). The dashed line is the comparison.',
  gaps: 'Each dot is a group’s distance from the comparison; zero means no gap.',
  trend: 'Each line is a group across school years, with its 95% confidence interval shaded; the dark dashed line is all students.',
  schools: 'Each cell is a group’s figure in one school; darker cells need more attention. Focus or hover a cell for its 95% interval.',
  funnel: 'Each dot is a school. The shaded bands are the 95% and 99.8% control limits around the district figure: a school outside them differs by more than chance.',
  composition: 'For each group, its share of those counted beside its share of those with the outcome.',
  intersection: 'Each cell is the figure for students in both groups; focus or hover a cell for its 95% interval.',
};

export function chartText(input: TextInput): ChartText {
  const { view, metric, rows, cells, format, place } = input;
  const kind = view.view;
  const years = [...new Set(rows.map((r) => r.school_year))].sort((a, b) => a - b);
  const shownYear = kind === 'trend' ? (years[years.length - 1] ?? input.year) : input.year;
  const yearText = kind === 'trend' && years.length > 1 ? `${schoolYearLabel(years[0]!)} to ${schoolYearLabel(years[years.length - 1]!)}` : schoolYearLabel(shownYear);
  const by =
    kind === 'funnel'
      ? 'school'
      : kind === 'intersection'
        ? `${groupTypePhrase(view.groupBy, input.groupTypeLabel)} and ${groupTypePhrase(view.groupBy2, input.groupType2Label)}`
        : kind === 'schools'
          ? `${groupTypePhrase(view.groupBy, input.groupTypeLabel)} and school`
          : groupTypePhrase(view.groupBy, input.groupTypeLabel);
  const n = totalN(rows, shownYear, metric.population);
  const shown = cells.filter((c) => c.value !== null);
  const withheld = cells.length - shown.length;
  const source = input.source ? ` Source: ${input.source}.` : '';
  const suppressionNote = withheld > 0 ? withheldExplanation(input.minimumN) : null;
  const title = `${metric.label} by ${by}, ${place.label}, ${yearText}`;
  return {
    title,
    subtitle: headline({ view: kind, metric, rows, format, place, year: shownYear, groupType: view.groupBy, groupType2: view.groupBy2 }),
    alternative:
      `${VIEW_LABELS[kind]} chart of ${inSentence(metric.label)} by ${by} ${place.phrase}, ${yearText}. ` +
      shown
        .slice(0, 40)
        .map((c) => `${c.groupLabel}${c.secondaryLabel ? ` (${c.secondaryLabel})` : ''}${kind === 'trend' ? ` ${schoolYearLabel(c.year)}` : ''}: ${format.format(c.value!)}`)
        .join('; ') +
      (withheld > 0 ? `. ${withheld} ${withheld === 1 ? 'figure is' : 'figures are'} withheld to protect small groups.` : '.'),
    // A school's or district's figures always name the project's district too, so a pasted chart cannot lose where it came from.
    footer: `${metric.definition} ${place.label}${place.school ? ` (${input.districtName})` : ''}, ${yearText}.${place.roster ? ` ${place.roster}` : ''} N = ${n}.${source}`,
    legend: LEGENDS[kind],
    suppressionNote,
    metadata: [
      ['Title', title],
      ['District', input.districtName],
      ['Place', place.name],
      ...(place.schools.length > 1 ? ([['Schools', place.schools.join('; ')]] as [string, string][]) : []),
      ['Filters', place.filters.length > 0 ? place.filters.join('; ') : 'none'],
      ['School year', yearText],
      ['N', n],
      ['Source', input.source ?? 'not stated'],
      ['Definition', metric.definition],
      ['Intervals', '95% confidence intervals (Wilson score for rates); funnel limits at 95% and 99.8%'],
      ['Suppression', `Minimum group size and count: ${input.minimumN}. ${suppressionNote ?? 'No figure in this table is withheld.'}`],
      ...(view.internal ? ([['Internal view', 'unsuppressed figures, not for distribution']] as [string, string][]) : []),
    ],
  };
}

/** "1,072 teachers" from the total rows of the year; "fewer than 10 students" when the total is withheld. */
function totalN(rows: readonly MetricRow[], year: number, population: string): string {
  const noun = populationNoun(population);
  const totals = rows.filter((r) => r.is_total && r.school_year === year);
  const overall = totals.find((r) => r.facet_value === null);
  const parts = overall ? [overall] : totals;
  if (parts.length === 0) return `not available`;
  if (parts.some((r) => r.denominator === null)) return overall?.denominator_coded ? `${overall.denominator_coded} ${noun} (withheld)` : `withheld for privacy`;
  const sum = parts.reduce((total, r) => total + r.denominator!, 0);
  return `${sum.toLocaleString('en-US')} ${noun}`;
}
