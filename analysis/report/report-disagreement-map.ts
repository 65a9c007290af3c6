// The optional appendix that maps the team's ratings: criteria down, reviewers across, each cell the
// reviewer's own level, in the template's order so a reader can find a criterion; spread marks disagreement.
import type { ReportDisagreementMap } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { currentTemplate } from '../review/review-state';
import { agreementReport } from '../review-team/team-agreement';

export async function reportDisagreementMap(database: ProjectDatabase): Promise<ReportDisagreementMap | null> {
  const report = await agreementReport(database);
  if (report.reviewers.length < 2) return null;
  const { template } = await currentTemplate(database);
  const byId = new Map(report.criteria.map((c) => [c.criterionId, c]));
  const criteria = template.domains.flatMap((domain) =>
    domain.clusters.flatMap((cluster) =>
      cluster.criteria.flatMap((criterion) => {
        const rated = byId.get(criterion.id);
        if (!rated) return [];
        return [{ criterionId: criterion.id, title: criterion.title, domainNumber: domain.number, levels: rated.ratings.map((r) => r.level), spread: rated.spread, consensus: rated.consensus?.level ?? null }];
      }),
    ),
  );
  return { reviewers: report.reviewers, criteria, disagreed: criteria.filter((c) => c.spread > 0).length };
}
