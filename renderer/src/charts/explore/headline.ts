// The one sentence above each Explore chart: the figure, the group, the place and the comparison, chosen
// as the largest disproportion on the side of concern (never simply the first group in the list).
import type { MetricInfo } from '../../../../analysis/api';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import type { ViewKind } from '../../../../analysis/shared/explore-view';
import { inSentence } from '../../../../analysis/shared/text';
import type { ChartPlace } from './chart-place';
import type { ValueFormat } from './explore-data';
import { gapPhrase } from '../../../../analysis/shared/gap-sign';
import { capitalise, groupNoun, groupQualifier, midSentence, populationNoun } from './group-words';
import type { MetricRow } from './metric-rows';

export interface HeadlineInput {
  view: ViewKind;
  metric: Pick<MetricInfo, 'label' | 'kind' | 'direction' | 'population'>;
  rows: readonly MetricRow[];
  format: ValueFormat;
  place: ChartPlace;
  /** The year the chart shows (the latest one for a trend). */
  year: number;
  groupType: string;
  groupType2: string;
}

type Shown = MetricRow & { value: number };

export function headline(input: HeadlineInput): string {
  const { view, rows, year } = input;
  const inYear = rows.filter((r) => r.school_year === year);
  const groups = inYear.filter((r) => !r.is_total);
  const shown = groups.filter((r): r is Shown => r.value !== null);
  const opening = `${capitalise(input.place.phrase)} in ${schoolYearLabel(year)}, `;
  if (view !== 'trend' && view !== 'composition' && groups.length === 0) return `${opening}there are no group figures to compare.`;
  if (view !== 'trend' && view !== 'composition' && shown.length === 0) return `${opening}every figure is withheld to protect the privacy of small groups.`;
  switch (view) {
    case 'trend':
      return trendSentence(input);
    case 'funnel':
      return funnelSentence(input, shown, opening);
    case 'composition':
      return compositionSentence(input, groups, opening);
    default:
      return comparisonSentence(input, shown, inYear.find((r) => r.is_total && r.facet_value === null) ?? null, opening);
  }
}

const subject = (metric: HeadlineInput['metric']) => inSentence(metric.label);

/** The group a row names, with the second grouping or school when the view has one. */
function who(input: HeadlineInput, row: MetricRow): string {
  const noun = midSentence(groupNoun(row.group_type ?? input.groupType, row.group_value, row.group_label, input.metric.population));
  if (row.facet_value === null || row.facet_label === null) return noun;
  if (input.view === 'schools') return `${noun} at ${row.facet_label}`;
  return `${noun} ${groupQualifier(row.facet_type ?? input.groupType2, row.facet_value, row.facet_label)}`;
}

/** The reference as the sentence names it: "all other students with disabilities", "students". */
function referenceWords(input: HeadlineInput, row: MetricRow): string {
  if (input.metric.kind === 'representation') return populationNoun('students');
  const label = midSentence(row.reference_label ?? 'all students');
  if (row.facet_value === null || row.facet_label === null) return label;
  if (input.view === 'schools') return `${label} at ${row.facet_label}`;
  return `${label} ${groupQualifier(row.facet_type ?? input.groupType2, row.facet_value, row.facet_label)}`;
}

/** +1 when a higher figure is the worry (suspension), -1 when a lower one is (proficiency, representation). */
const concernSign = (metric: HeadlineInput['metric']) => (metric.direction === 'lower_is_better' ? 1 : -1);

/** The row whose gap is largest on the side of concern; null when no gap points that way. */
function worstGap(input: HeadlineInput, shown: readonly Shown[]): Shown | null {
  const sign = concernSign(input.metric);
  const ranked = shown.filter((r) => r.gap !== null && r.gap * sign > 0).sort((a, b) => b.gap! * sign - a.gap! * sign);
  return ranked[0] ?? null;
}

function comparisonSentence(input: HeadlineInput, shown: readonly Shown[], total: MetricRow | null, opening: string): string {
  const { format, metric } = input;
  // The shared sign convention: "3.6 percentage points above", with the comparison named where a sentence needs it.
  const gapText = (row: Shown) => gapPhrase(row.gap! * format.scale, { unitWord: format.gapUnit, comparison: null });
  const worst = worstGap(input, shown);
  if (metric.kind === 'representation') {
    if (!worst) return `${opening}every group's share of ${populationNoun(metric.population)} is at least its share of students.`;
    return `${opening}the largest gap in representation was for ${who(input, worst)}: ${format.format(worst.value)} of ${populationNoun(metric.population)}, against ${format.format(worst.reference_value!)} of students (${gapText(worst)}).`;
  }
  if (shown.length === 1) {
    // One figure to report: no "highest", and its comparison only when the service published one.
    const only = shown[0]!;
    const against = only.reference_value !== null && only.gap !== null && only.value !== only.reference_value ? `, against ${format.format(only.reference_value)} for ${referenceWords(input, only)} (${gapText(only)})` : '';
    return `${opening}${subject(metric)} was ${format.format(only.value)} for ${who(input, only)}${against}.`;
  }
  const extreme = concernSign(metric) > 0 ? 'highest' : 'lowest';
  if (input.view === 'gaps') {
    if (!worst) return `${opening}no group's ${subject(metric)} fell behind ${referenceWords(input, shown[0]!)}.`;
    return `${opening}the widest gap in ${subject(metric)} was for ${who(input, worst)}: ${gapPhrase(worst.gap! * format.scale, { unitWord: format.gapUnit, comparison: referenceWords(input, worst) })} (${format.format(worst.value)} against ${format.format(worst.reference_value!)}).`;
  }
  if (worst) {
    const flagged = worst.flagged && worst.risk_ratio !== null ? `; its risk ratio of ${worst.risk_ratio.toFixed(1)} is past the flag threshold` : '';
    return `${opening}${subject(metric)} was ${extreme} for ${who(input, worst)}: ${format.format(worst.value)}, against ${format.format(worst.reference_value!)} for ${referenceWords(input, worst)} (${gapText(worst)})${flagged}.`;
  }
  // No gap to rank by (or none on the side of concern): name the extreme figure against everyone.
  const sorted = [...shown].sort((a, b) => (b.value - a.value) * concernSign(metric));
  const top = sorted[0]!;
  const against = total?.value !== null && total?.value !== undefined ? `, against ${format.format(total.value)} for ${midSentence(total.group_label)}` : '';
  return `${opening}${subject(metric)} was ${extreme} for ${who(input, top)}: ${format.format(top.value)}${against}.`;
}

function trendSentence(input: HeadlineInput): string {
  const { rows, format, metric } = input;
  const totals = rows.filter((r) => r.is_total && r.facet_value === null && r.value !== null).sort((a, b) => a.school_year - b.school_year);
  const first = totals[0];
  const last = totals[totals.length - 1];
  const where = capitalise(input.place.phrase);
  const latest = rows.filter((r) => r.school_year === input.year && !r.is_total).filter((r): r is Shown => r.value !== null);
  const worst = worstGap(input, latest);
  const tail = worst ? `; in ${schoolYearLabel(input.year)} it was ${concernSign(metric) > 0 ? 'highest' : 'lowest'} for ${who(input, worst)} (${format.format(worst.value)})` : '';
  if (!first || !last || first === last) return `${where}, each line follows one group's ${subject(metric)} across the years${tail}.`;
  const totalNoun = midSentence(last.group_label);
  return `${where}, ${subject(metric)} for ${totalNoun} went from ${format.format(first.value!)} in ${schoolYearLabel(first.school_year)} to ${format.format(last.value!)} in ${schoolYearLabel(last.school_year)}${tail}.`;
}

function funnelSentence(input: HeadlineInput, shown: readonly Shown[], opening: string): string {
  const { metric, format } = input;
  const above = shown.filter((r) => r.funnel_position === 'above_998');
  const below = shown.filter((r) => r.funnel_position === 'below_998');
  if (above.length + below.length === 0) return `${opening}every school's ${subject(metric)} is within what chance alone would produce for a school of its size.`;
  const sign = concernSign(metric);
  const concern = (sign > 0 ? above : below).sort((a, b) => (b.value - a.value) * sign);
  const schools = (count: number) => `${count} ${count === 1 ? 'school' : 'schools'}`;
  const named = concern.slice(0, 3).map((r) => `${r.group_label} (${format.format(r.value)})`);
  const side = named.length > 0 ? `; furthest on the side of concern: ${named.join(', ')}` : '';
  return `${opening}${schools(above.length)} ${above.length === 1 ? 'was' : 'were'} above and ${below.length} below the 99.8% limits for ${subject(metric)}, beyond what chance explains${side}.`;
}

function compositionSentence(input: HeadlineInput, groups: readonly MetricRow[], opening: string): string {
  // The largest difference in percentage points, not the largest ratio: a ratio crowns tiny groups.
  const ranked = groups
    .filter((r) => r.outcome_share !== null && r.population_share !== null)
    .sort((a, b) => Math.abs(b.outcome_share! - b.population_share!) - Math.abs(a.outcome_share! - a.population_share!));
  const top = ranked[0];
  if (!top) return `${opening}each group's share of ${subject(input.metric)} is shown beside its share of ${populationNoun(input.metric.population)}.`;
  const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
  const more = top.outcome_share! > top.population_share!;
  return (
    `${opening}the largest disproportion was for ${who(input, top)}: ${pct(top.population_share!)} of ${populationNoun(input.metric.population)} ` +
    `${more ? 'but' : 'and only'} ${pct(top.outcome_share!)} of those with ${subject(input.metric)}.`
  );
}
