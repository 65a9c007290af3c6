// Data-suggested ratings for a template's criteria, remembered per project until its data change.
import type { CriterionSuggestion, MetricRule, RubricTemplate } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import type { SuppressionSettings } from '../privacy/suppression';
import { createReviewMetricSource } from './review-metric-source';
import { readRow } from './sql-rows';
import { evaluateRule, suggestCriterion, type RuleOutcome } from './suggestion-rules';

interface CacheEntry {
  dataKey: string;
  outcomes: Map<string, RuleOutcome>;
}

const cache = new WeakMap<ProjectDatabase, CacheEntry>();

/** Changes whenever rows are loaded into or removed from the tables the rules read. */
async function dataKey(database: ProjectDatabase, settings: SuppressionSettings): Promise<string> {
  const row = await readRow(
    database.connection,
    `SELECT (SELECT count(*) FROM enrollment) AS e, (SELECT count(*) FROM discipline) AS d, (SELECT count(*) FROM attendance) AS a,
            (SELECT count(*) FROM assessments) AS s, (SELECT count(*) FROM courses) AS c, (SELECT count(*) FROM graduation) AS g,
            (SELECT max(import_id) FROM app.import_log) AS i`,
  );
  return JSON.stringify({ row: Object.values(row ?? {}).map(String), minimumN: settings.minimumN });
}

export async function suggestionsFor(database: ProjectDatabase, template: RubricTemplate, settings: SuppressionSettings): Promise<CriterionSuggestion[]> {
  const key = await dataKey(database, settings);
  let entry = cache.get(database);
  if (!entry || entry.dataKey !== key) {
    entry = { dataKey: key, outcomes: new Map() };
    cache.set(database, entry);
  }
  const source = createReviewMetricSource(database.connection, settings);
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
