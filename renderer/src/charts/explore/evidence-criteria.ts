// Which rubric criteria a chart is evidence for: those whose data-suggestion rules read the chart's
// metric, the ones about the chart's kind of group (race/ethnicity or a program group) first.
import type { RubricTemplate } from '../../../../analysis/api';
import { SUGGESTION_METRICS } from '../../../../analysis/shared/suggestion-metrics';

const PROGRAM_GROUPS = new Set(['swd', 'ell', 'econ_disadv', 'homeless', 'foster', 'migrant', 'section_504']);

export interface ProposedCriterion {
  id: string;
  /** "D1 · Exclusionary discipline across racial and ethnic groups" */
  label: string;
  /** True when a rule of the criterion reads this chart's metric. */
  proposed: boolean;
}

/** Every criterion of the template, the proposed ones first (best match first), the rest in template order. */
export function criteriaForChart(template: RubricTemplate, metricId: string, groupType: string): ProposedCriterion[] {
  const wanted = PROGRAM_GROUPS.has(groupType) ? 'program' : 'race_ethnicity';
  const all = template.domains.flatMap((d) =>
    d.clusters.flatMap((c) =>
      c.criteria.map((k) => {
        const rules = (k.metricRules ?? []).filter((r) => SUGGESTION_METRICS[r.metric].metricId === metricId);
        const score = rules.length === 0 ? 0 : rules.some((r) => r.groupType === wanted) ? 2 : 1;
        return { id: k.id, label: `D${d.number} · ${k.title}`, proposed: score > 0, score };
      }),
    ),
  );
  // A stable sort keeps template order within each score.
  return all.sort((a, b) => b.score - a.score).map(({ id, label, proposed }) => ({ id, label, proposed }));
}
