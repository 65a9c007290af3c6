// The findings, recommendations, action plan and criterion ratings as plain tables (header + rows): the one
// shape both the CSV and the XLSX exports write, so the two always agree.
import type { ActionItem, Finding, FindingsTable, Recommendation, ReviewState } from '../api';
import { schoolYearLabel } from '../shared/codes';
import { ACTION_STATUS_LABELS, FINDING_TYPE_LABELS, PRIORITY_LABELS } from '../shared/findings-labels';
import { LEVEL_LABELS } from '../shared/review-levels';
import { allCriteria } from '../review/template-walk';

export interface PlainTable {
  name: string;
  header: string[];
  rows: (string | number | null)[][];
}

export interface FindingsData {
  review: ReviewState;
  findings: Finding[];
  recommendations: Recommendation[];
  actionItems: ActionItem[];
}

export const TABLE_NAMES: Record<FindingsTable, string> = { findings: 'Findings', recommendations: 'Recommendations', action_plan: 'Action plan', ratings: 'Criterion ratings' };

export function findingsTable(table: FindingsTable, data: FindingsData): PlainTable {
  const domainName = new Map(data.review.template.domains.map((d) => [d.id, `Domain ${d.number}: ${d.name}`]));
  const evidenceTitle = new Map(data.review.evidence.map((e) => [e.evidenceId, e.title]));
  const findingTitle = new Map(data.findings.map((f) => [f.findingId, f.title]));
  const name = TABLE_NAMES[table];
  switch (table) {
    case 'findings':
      return {
        name,
        header: ['Domain', 'Type', 'Title', 'Finding', 'Criteria', 'Evidence', 'Author', 'Updated'],
        rows: data.findings.map((f) => [domainName.get(f.domainId) ?? f.domainId, FINDING_TYPE_LABELS[f.type], f.title, f.text, f.criterionIds.join(', '), f.evidenceIds.map((id) => evidenceTitle.get(id) ?? String(id)).join('; '), f.author, f.updatedAt]),
      };
    case 'recommendations':
      return {
        name,
        header: ['Domain', 'Priority', 'Recommendation', 'Findings', 'Author', 'Updated'],
        rows: data.recommendations.map((r) => [domainName.get(r.domainId) ?? r.domainId, PRIORITY_LABELS[r.priority], r.text, r.findingIds.map((id) => findingTitle.get(id) ?? String(id)).join('; '), r.author, r.updatedAt]),
      };
    case 'action_plan':
      return {
        name,
        header: ['Domain', 'Criterion', 'Action', 'Owner', 'Timeline', 'Status', 'Benchmark metric', 'Statistic', 'Group', 'Baseline', 'Target', 'Target year'],
        rows: data.actionItems.map((a) => [
          domainName.get(a.domainId) ?? a.domainId,
          a.criterionId,
          a.title,
          a.owner,
          a.timeline,
          ACTION_STATUS_LABELS[a.status],
          a.baseline?.metricLabel ?? a.benchmark?.metricId ?? null,
          a.baseline?.statisticLabel ?? null,
          a.baseline?.groupLabel ?? null,
          a.baseline?.text ?? null,
          a.benchmark?.target ?? null,
          a.benchmark ? schoolYearLabel(a.benchmark.targetYear) : null,
        ]),
      };
    case 'ratings':
      return {
        name,
        header: ['Domain', 'Cluster', 'Criterion', 'Title', 'Rating', 'Rationale', 'Suggested', 'Reviewer', 'Rated at'],
        rows: allCriteria(data.review.template).map(({ domain, cluster, criterion }) => {
          const r = data.review.ratings.find((x) => x.criterionId === criterion.id);
          return [`Domain ${domain.number}: ${domain.name}`, cluster.name, criterion.id, criterion.title, r ? LEVEL_LABELS[r.level] : 'Not rated', r?.rationale ?? null, r?.suggestedLevel ? LEVEL_LABELS[r.suggestedLevel] : null, r?.reviewer ?? null, r?.ratedAt ?? null];
        }),
      };
  }
}
