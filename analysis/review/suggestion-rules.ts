// Suggestion rules: metric series checked against a rule's thresholds and years -> level and a reason.
import type { CriterionSuggestion, MetricRule, RatingLevel, RubricCriterion, SuggestionFigure } from '../api';
import { LEVEL_LABELS, LEVEL_NUMBERS } from '../shared/review-levels';
import { formatMetricValue, groupPhrase, SUGGESTION_METRICS } from '../shared/suggestion-metrics';
import { schoolYearLabel } from '../shared/codes';
import type { MetricSeries } from './metric-series';
import { inSentence } from '../shared/text';

export interface RuleOutcome {
  level: RatingLevel | null;
  /** The sentence after "Suggested: <level>." (or the whole explanation when level is null). */
  detail: string;
  /** The published figures the rule read for its groups, in its window of years. */
  figures: SuggestionFigure[];
}

interface GroupJudgement {
  group: string;
  level: RatingLevel;
  values: number[];
  latest: number;
}

/**
 * Judges each group on the rule's window (the `years` most recent years in the data): a group is at
 * Initiating when every year of the window is past the initiating threshold, at Developing when every
 * year is past the developing one, else Established. A group missing a year (no data, or suppressed
 * for privacy) is not judged. The worst judged group decides.
 */
export function evaluateRule(rule: MetricRule, series: readonly MetricSeries[]): RuleOutcome {
  const info = SUGGESTION_METRICS[rule.metric];
  const allYears = series.flatMap((s) => s.points.map((p) => p.year));
  if (allYears.length === 0) return { level: null, detail: `No ${inSentence(info.label)} can be computed: the data it needs have not been loaded.`, figures: [] };
  const lastYear = Math.max(...allYears);
  const window = Array.from({ length: rule.years }, (_, i) => lastYear - rule.years + 1 + i);
  const figures = ruleFigures(rule, series, window);
  const past = (value: number, threshold: number) => (rule.direction === 'above' ? value > threshold : value < threshold);

  const judged: GroupJudgement[] = [];
  const notJudged: string[] = [];
  for (const group of rule.groups) {
    const points = series.find((s) => s.group === group)?.points ?? [];
    const values = window.map((year) => points.find((p) => p.year === year)?.value ?? null);
    if (values.some((v) => v === null)) {
      notJudged.push(group);
      continue;
    }
    const complete = values as number[];
    const level: RatingLevel = complete.every((v) => past(v, rule.thresholds.initiating))
      ? 'initiating'
      : complete.every((v) => past(v, rule.thresholds.developing))
        ? 'developing'
        : 'established';
    judged.push({ group, level, values: complete, latest: complete[complete.length - 1]! });
  }

  const yearsText = rule.years === 1 ? `in ${schoolYearLabel(lastYear)}` : `in each of ${rule.years} years`;
  const skipped = notJudged.length > 0 ? ` Not judged (a year missing or too few students): ${notJudged.map((g) => groupPhrase(rule.groupType, g)).join(', ')}.` : '';
  if (judged.length === 0) {
    return {
      level: null,
      detail: `No suggestion: ${inSentence(info.label)} needs ${rule.years} year${rule.years === 1 ? '' : 's'} of figures for at least one group checked, up to ${schoolYearLabel(lastYear)}.${skipped}`,
      figures,
    };
  }
  const worstNumber = Math.min(...judged.map((j) => LEVEL_NUMBERS[j.level]));
  const atWorst = judged.filter((j) => LEVEL_NUMBERS[j.level] === worstNumber);
  // The group furthest past the threshold (by its latest year) speaks for the level.
  const lead = atWorst.reduce((a, b) => (rule.direction === 'above' ? (b.latest > a.latest ? b : a) : b.latest < a.latest ? b : a));
  const word = rule.direction === 'above' ? 'over' : 'under';
  const fmt = (v: number) => formatMetricValue(rule.metric, v);
  const threshold = (t: number) => (info.unit === 'points' ? `${t} points` : String(t));
  // The yearly values in brackets are bare numbers; the unit was given with the latest value.
  const valuesText = rule.years > 1 ? ` (${lead.values.map((v) => v.toFixed(info.unit === 'points' ? 1 : 2)).join(', ')})` : '';
  const subject = `${info.label} for ${groupPhrase(rule.groupType, lead.group)} ${fmt(lead.latest)} in ${schoolYearLabel(lastYear)}`;
  let detail: string;
  if (lead.level === 'initiating') {
    detail = `${subject}, ${word} ${threshold(rule.thresholds.initiating)} ${yearsText}${valuesText}.`;
  } else if (lead.level === 'developing') {
    detail = `${subject}, ${word} ${threshold(rule.thresholds.developing)} ${yearsText}${valuesText} but not ${word} ${threshold(rule.thresholds.initiating)} throughout.`;
  } else {
    detail = `${info.label} did not stay ${word} ${threshold(rule.thresholds.developing)} ${yearsText} for any of the ${judged.length} group${judged.length === 1 ? '' : 's'} judged; the ${rule.direction === 'above' ? 'highest' : 'lowest'} in ${schoolYearLabel(lastYear)} was ${groupPhrase(rule.groupType, lead.group)}, ${fmt(lead.latest)}.`;
  }
  return { level: lead.level, detail: detail + skipped, figures };
}

function ruleFigures(rule: MetricRule, series: readonly MetricSeries[], window: readonly number[]): SuggestionFigure[] {
  const metricId = SUGGESTION_METRICS[rule.metric].metricId;
  return rule.groups.flatMap((group) => {
    const points = series.find((s) => s.group === group)?.points ?? [];
    return points
      .filter((p) => window.includes(p.year))
      .map((p) => ({ metric: rule.metric, metricId, groupType: rule.groupType, group, year: p.year, value: p.value, withheld: p.suppressed }));
  });
}

/** A criterion's suggestion: the worst of its rules' outcomes; null when it has no metric rules. */
export function suggestCriterion(criterion: RubricCriterion, outcomes: readonly RuleOutcome[]): CriterionSuggestion | null {
  if (!criterion.metricRules || criterion.metricRules.length === 0 || outcomes.length === 0) return null;
  const figures = outcomes.flatMap((o) => o.figures);
  const rated = outcomes.filter((o): o is RuleOutcome & { level: RatingLevel } => o.level !== null);
  if (rated.length === 0) return { criterionId: criterion.id, level: null, reason: outcomes[0]!.detail, figures };
  const worst = rated.reduce((a, b) => (LEVEL_NUMBERS[b.level] < LEVEL_NUMBERS[a.level] ? b : a));
  return { criterionId: criterion.id, level: worst.level, reason: `Suggested: ${LEVEL_LABELS[worst.level]}. ${worst.detail}`, figures };
}
