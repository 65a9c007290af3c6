// Data-suggested ratings for a template's criteria, remembered per project until its data change. Each
// rule's reason names the signals behind it (the signals engine's own published rows, not a second test).
import type { CriterionSuggestion, MetricRule, RubricTemplate } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { dataVersion } from '../engine/data-version';
import { readMetricSettings } from '../report/metric-settings-read';
import { createEngineMetricSource } from './engine-metric-source';
import { publishedSignals, type PublishedSignals } from '../signals/published-signals';
import { SUGGESTION_RULE_METRIC_IDS } from '../shared/suggestion-metrics';
import { evaluateRule, suggestCriterion, type RuleOutcome } from './suggestion-rules';
import { ruleSignals } from './suggestion-signals';

interface CacheEntry {
  dataKey: string;
  outcomes: Map<string, RuleOutcome>;
}

const cache = new WeakMap<ProjectDatabase, CacheEntry>();

/** Suggestions are remembered per data version (imports plus the settings that change figures). */
export async function suggestionsFor(database: ProjectDatabase, template: RubricTemplate): Promise<CriterionSuggestion[]> {
  const key = await dataVersion(database.connection);
  let entry = cache.get(database);
  if (!entry || entry.dataKey !== key) {
    entry = { dataKey: key, outcomes: new Map() };
    cache.set(database, entry);
  }
  const source = createEngineMetricSource(database.connection, await readMetricSettings(database));
  // Only when a rule is evaluated afresh: the signals are found once per data version (signals-cache.ts).
  let signals: Promise<PublishedSignals> | null = null;
  const suggestionSignals = () => (signals ??= publishedSignals(database, { internal: false }, (cell) => SUGGESTION_RULE_METRIC_IDS.includes(cell.metric.id)));
  const outcome = async (rule: MetricRule): Promise<RuleOutcome> => {
    const ruleKey = JSON.stringify(rule);
    const known = entry.outcomes.get(ruleKey);
    if (known) return known;
    const evaluated = evaluateRule(rule, await source.series({ metric: rule.metric, groupType: rule.groupType, groups: rule.groups }));
    const { rows, settings } = await suggestionSignals();
    const found = ruleSignals(rule, rows, settings);
    const detail = found.thin && evaluated.level === null ? `The data are too thin to suggest anything. ${evaluated.detail}` : `${evaluated.detail} ${found.text}`;
    const fresh = { ...evaluated, detail };
    entry.outcomes.set(ruleKey, fresh);
    return fresh;
  };
  const suggestions: CriterionSuggestion[] = [];
  for (const domain of template.domains) {
    for (const cluster of domain.clusters) {
      for (const criterion of cluster.criteria) {
        const outcomes: RuleOutcome[] = [];
        for (const rule of criterion.metricRules ?? []) outcomes.push(await outcome(rule));
        const suggestion = suggestCriterion(criterion, outcomes);
        if (suggestion) suggestions.push(suggestion);
      }
    }
  }
  return suggestions;
}
