// Finding criteria, clusters and domains in a template by id.
import type { RubricCluster, RubricCriterion, RubricDomain, RubricTemplate } from '../api';

export interface CriterionPlace {
  domain: RubricDomain;
  cluster: RubricCluster;
  criterion: RubricCriterion;
}

export function allCriteria(template: RubricTemplate): CriterionPlace[] {
  return template.domains.flatMap((domain) => domain.clusters.flatMap((cluster) => cluster.criteria.map((criterion) => ({ domain, cluster, criterion }))));
}

export function findCriterion(template: RubricTemplate, criterionId: string): CriterionPlace | null {
  return allCriteria(template).find((p) => p.criterion.id === criterionId) ?? null;
}

export function findScope(template: RubricTemplate, scope: 'cluster' | 'domain', id: string): { name: string; criteria: RubricCriterion[] } | null {
  for (const domain of template.domains) {
    if (scope === 'domain' && domain.id === id) return { name: `Domain ${domain.number}: ${domain.name}`, criteria: domain.clusters.flatMap((c) => c.criteria) };
    for (const cluster of domain.clusters) {
      if (scope === 'cluster' && cluster.id === id) return { name: cluster.name, criteria: cluster.criteria };
    }
  }
  return null;
}
