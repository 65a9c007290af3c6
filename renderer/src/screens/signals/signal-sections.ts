// Groups signals the way a review reads them: by Domain 1/2 cluster and the rubric criterion whose rating
// rules read the signal's metric (the same proposal "Add as evidence" makes); the rest by domain and topic.
import type { PublishedSignalRow, RubricTemplate } from '../../../../analysis/api';
import { criteriaForChart } from '../../charts/explore/evidence-criteria';

export interface SignalSection {
  id: string;
  /** "Domain 1 · Student outcomes" */
  heading: string;
  groups: { id: string; heading: string; rows: PublishedSignalRow[] }[];
}

export function signalSections(rows: readonly PublishedSignalRow[], template: RubricTemplate | null): SignalSection[] {
  const sections = new Map<string, SignalSection>();
  const place = (sectionId: string, heading: string, groupId: string, groupHeading: string, row: PublishedSignalRow) => {
    let section = sections.get(sectionId);
    if (!section) sections.set(sectionId, (section = { id: sectionId, heading, groups: [] }));
    let group = section.groups.find((g) => g.id === groupId);
    if (!group) section.groups.push((group = { id: groupId, heading: groupHeading, rows: [] }));
    group.rows.push(row);
  };
  for (const row of rows) {
    const criterionId = template ? criteriaForChart(template, row.metric_id, row.group_type).find((c) => c.proposed)?.id : undefined;
    const found = template && criterionId ? locate(template, criterionId) : null;
    if (found) place(found.cluster.id, `Domain ${found.domain.number} · ${found.cluster.name}`, criterionId!, `${criterionId} ${found.criterion.title}`, row);
    else place(`domain-${row.domain}-other`, `Domain ${row.domain} · Other metrics`, `topic-${row.domain}-${row.topic}`, capital(row.topic), row);
  }
  // Clusters in template order, the "other metrics" of each domain after them; rows keep the engine's rank.
  const order = template ? template.domains.flatMap((d) => [...d.clusters.map((c) => c.id), `domain-${d.number}-other`]) : [];
  return [...sections.values()].sort((a, b) => rankOf(order, a.id) - rankOf(order, b.id));
}

function locate(template: RubricTemplate, criterionId: string) {
  for (const domain of template.domains) {
    for (const cluster of domain.clusters) {
      const criterion = cluster.criteria.find((c) => c.id === criterionId);
      if (criterion) return { domain, cluster, criterion };
    }
  }
  return null;
}

const rankOf = (order: readonly string[], id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replace(/_/g, ' ');
