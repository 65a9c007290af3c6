// Data-suggested ratings for a template's criteria, remembered per project until its data change.
import type { CriterionSuggestion, MetricRule, RubricTemplate } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { dataVersion } from '../engine/data-version';
import { readMetricSettings } from '../report/metric-settings-read';
import { createEngineMetricSource } from './engine-metric-source';
import { evaluateRule, suggestCriterion, type RuleOutcome } from './suggestion-rules';

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
  const outcome = async (rule: MetricRule): Promise<RuleOutcome> => {
    const ruleKey = JSON.stringify(rule);
    const known = entry.outcomes.get(ruleKey);
    if (known) return known;
    const fresh = evaluateRule(rule, await source.series({ metric: rule.metric, groupType: rule.groupType, groups: rule.groups }));
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
