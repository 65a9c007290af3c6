// The words around each Explore chart: a title, a one-sentence finding, a text alternative, a footer.
import type { MetricInfo } from '../../../../analysis/api';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { inSentence } from '../../../../analysis/shared/text';
import { gapPhrase } from '../../../../analysis/shared/gap-sign';
import type { RateCell, ValueFormat } from '../../charts/explore/explore-data';
import type { MetricRow } from './metric-rows';
import { VIEW_LABELS, type ExploreView } from './view-state';

export interface ChartText {
  title: string;
  subtitle: string;
  alternative: string;
  footer: string;
}

interface TextInput {
  view: ExploreView;
  metric: MetricInfo;
  groupTypeLabel: string;
  groupType2Label: string;
  rows: readonly MetricRow[];
  cells: readonly RateCell[];
  format: ValueFormat;
  year: number;
}

const lower = inSentence;

export function chartText(input: TextInput): ChartText {
  const { view, metric, rows, cells, format } = input;
  const yearText = view.view === 'trend' ? yearRange(rows) : schoolYearLabel(input.year);
  const by = view.view === 'funnel' ? 'school' : view.view === 'intersection' ? `${lower(input.groupTypeLabel)} and ${lower(input.groupType2Label)}` : lower(input.groupTypeLabel);
  const total = rows.find((r) => r.is_total && r.school_year === (view.view === 'trend' ? maxYear(rows) : input.year) && r.facet_value === null);
  const n = total?.denominator ?? rows.filter((r) => r.is_total).reduce((sum, r) => sum + (r.denominator ?? 0), 0);
  const shown = cells.filter((c) => c.value !== null);
  const hiddenCount = cells.length - shown.length;
  return {
    title: view.view === 'funnel' ? `${metric.label} by school, ${yearText}` : `${metric.label} by ${by}, ${yearText}`,
    subtitle: finding(input, shown, total ?? null),
    alternative:
      `${VIEW_LABELS[view.view]} chart of ${lower(metric.label)} by ${by}, ${yearText}. ` +
      shown
        .slice(0, 40)
        .map((c) => `${c.groupLabel}${c.secondaryLabel ? ` (${c.secondaryLabel})` : ''}${view.view === 'trend' ? ` ${schoolYearLabel(c.year)}` : ''}: ${format.format(c.value!)}`)
        .join('; ') +
      (hiddenCount > 0 ? `. ${hiddenCount} figures are withheld because the groups are too small to publish.` : '.'),
    footer: `${metric.definition} ${yearText}. N = ${n ? n.toLocaleString('en-US') : 'not shown'} ${metric.population}.`,
  };
}

function finding(input: TextInput, shown: readonly RateCell[], total: MetricRow | null): string {
  const { view, metric, format, rows } = input;
  const worseIsHigher = metric.direction === 'lower_is_better';
  if (shown.length === 0) return 'Every group here is too small to publish a figure.';
  if (view.view === 'trend') {
    const totals = rows.filter((r) => r.is_total && r.facet_value === null && r.value !== null).sort((a, b) => a.school_year - b.school_year);
    const first = totals[0];
    const last = totals[totals.length - 1];
    if (!first || !last || first === last) return `Each line follows one group across the years.`;
    return `For all students, ${lower(metric.label)} went from ${format.format(first.value!)} in ${schoolYearLabel(first.school_year)} to ${format.format(last.value!)} in ${schoolYearLabel(last.school_year)}.`;
  }
  if (view.view === 'funnel') {
    const above = rows.filter((r) => r.funnel_position === 'above_998').sort((a, b) => b.value! - a.value!);
    const below = rows.filter((r) => r.funnel_position === 'below_998');
    if (above.length + below.length === 0) return `Every school's figure is within what chance alone would produce for a school of its size.`;
    const concern = worseIsHigher ? above : [...below].sort((a, b) => a.value! - b.value!);
    const named = concern.slice(0, 3).map((r) => `${r.group_label} (${format.format(r.value!)})`).join(', ');
    return `${above.length} schools are above and ${below.length} below the 99.8% limits, beyond what chance explains${named ? `; furthest on the side of concern: ${named}` : ''}.`;
  }
  if (view.view === 'composition') {
    const over = rows.filter((r) => !r.is_total && r.composition_index !== null).sort((a, b) => b.composition_index! - a.composition_index!)[0];
    return over && over.outcome_share !== null && over.population_share !== null
      ? `${over.group_label} students are ${pct(over.population_share)} of those counted but ${pct(over.outcome_share)} of those with the outcome.`
      : 'Each group’s share of the outcome beside its share of students.';
  }
  if (view.view === 'gaps') {
    const widest = [...shown].filter((c) => c.gap !== null).sort((a, b) => Math.abs(b.gap!) - Math.abs(a.gap!))[0];
    const label = rows.find((r) => r.reference_label)?.reference_label ?? 'the reference';
    return widest ? `The widest gap is for ${widest.groupLabel}: ${gapPhrase(widest.gap! * format.scale, { unitWord: format.gapUnit, comparison: lower(label) })}.` : 'No gap can be computed here.';
  }
  const sorted = [...shown].sort((a, b) => b.value! - a.value!);
  const top = sorted[0]!;
  const bottom = sorted[sorted.length - 1]!;
  const flagged = rows.find((r) => r.flagged && !r.is_total && r.risk_ratio !== null);
  const worst = worseIsHigher ? top : bottom;
  const noun = format.scale === 100 ? 'rate' : 'average';
  const base = `${worst.groupLabel} ${worseIsHigher ? 'had the highest' : 'had the lowest'} ${noun} (${format.format(worst.value!)})${total?.value !== null && total?.value !== undefined ? `, against ${format.format(total.value)} for all students` : ''}.`;
  return flagged ? `${base} The risk ratio for ${flagged.group_label} students is ${flagged.risk_ratio!.toFixed(1)}.` : base;
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const maxYear = (rows: readonly MetricRow[]) => Math.max(...rows.map((r) => r.school_year));

function yearRange(rows: readonly MetricRow[]): string {
  const years = [...new Set(rows.map((r) => r.school_year))].sort((a, b) => a - b);
  if (years.length === 0) return '';
  return years.length === 1 ? schoolYearLabel(years[0]!) : `${schoolYearLabel(years[0]!)} to ${schoolYearLabel(years[years.length - 1]!)}`;
}
