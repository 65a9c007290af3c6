// How far the team agrees: chance-corrected agreement over the criteria of each cluster, domain and the
// whole review, and per criterion the reviewers' ratings side by side, largest disagreement first.
// A single criterion is one item, on which chance-corrected coefficients mean nothing, so criteria get
// their spread and the share of agreeing pairs instead.
import type { AgreementFigure, AgreementReport, AgreementScope, CriterionDisagreement, RatingLevel, RubricCriterion } from '../api';
import { summariseAgreement } from '../agreement/agreement-summary';
import { percentAgreement } from '../agreement/chance-corrected';
import type { Rating, RatingMatrix } from '../agreement/rating-matrix';
import { RATING_LEVELS } from '../shared/review-levels';
import type { ProjectDatabase } from '../engine/project-database';
import { currentTemplate } from '../review/review-state';
import { isoTimestamp, readRows } from '../review/sql-rows';
import { readIndividualRatings, type IndividualRatingRow } from './team-records';
import { readTeamReviewers } from './team-state';

const LEVEL_INDEX = new Map<string, number>(RATING_LEVELS.map((level, index) => [level, index]));

function matrixFor(criteria: readonly RubricCriterion[], reviewers: readonly string[], byKey: ReadonlyMap<string, IndividualRatingRow>): RatingMatrix {
  const rows: Rating[][] = criteria.map((criterion) => reviewers.map((reviewer) => LEVEL_INDEX.get(byKey.get(`${criterion.id}\t${reviewer}`)?.level ?? '') ?? null));
  return { rows, categories: RATING_LEVELS.length };
}

function scopeOf(scope: AgreementScope['scope'], id: string, name: string, matrix: RatingMatrix, reviewers: number): AgreementScope {
  if (reviewers < 2) return { scope, id, name, items: 0, figures: [] };
  const summary = summariseAgreement(matrix);
  const figures: AgreementFigure[] = summary.statistics.map((s) => ({ id: s.id, label: s.label, value: s.value, lower: s.interval?.lower ?? null, upper: s.interval?.upper ?? null }));
  return { scope, id, name, items: summary.items, figures };
}

export async function agreementReport(database: ProjectDatabase): Promise<AgreementReport> {
  const { template } = await currentTemplate(database);
  const reviewers = await readTeamReviewers(database.connection);
  const ratings = await readIndividualRatings(database.connection);
  const byKey = new Map(ratings.map((r) => [`${r.criterionId}\t${r.reviewer}`, r]));
  const consensus = new Map(
    (await readRows(database.connection, `SELECT criterion_id, level, reason, reconciled_by, ${isoTimestamp('reconciled_at')} AS at FROM app.consensus_ratings`)).map((row) => [
      String(row.criterion_id),
      { level: String(row.level) as RatingLevel, reason: String(row.reason), reconciledBy: String(row.reconciled_by), at: String(row.at) },
    ]),
  );
  const everyCriterion = template.domains.flatMap((d) => d.clusters.flatMap((c) => c.criteria));
  const scopes: AgreementScope[] = [
    scopeOf('overall', 'overall', 'The whole review', matrixFor(everyCriterion, reviewers, byKey), reviewers.length),
    ...template.domains.flatMap((domain) => [
      scopeOf('domain', domain.id, domain.name, matrixFor(domain.clusters.flatMap((c) => c.criteria), reviewers, byKey), reviewers.length),
      ...domain.clusters.map((cluster) => scopeOf('cluster', cluster.id, cluster.name, matrixFor(cluster.criteria, reviewers, byKey), reviewers.length)),
    ]),
  ];
  const criteria: CriterionDisagreement[] = everyCriterion
    .map((criterion) => {
      const row = matrixFor([criterion], reviewers, byKey).rows[0]!;
      const given = row.filter((r): r is number => r !== null);
      return {
        criterionId: criterion.id,
        title: criterion.title,
        ratings: reviewers.map((reviewer) => {
          const rating = byKey.get(`${criterion.id}\t${reviewer}`);
          return { reviewer, level: (rating?.level ?? null) as RatingLevel | null, rationale: rating?.rationale ?? '' };
        }),
        spread: given.length === 0 ? 0 : Math.max(...given) - Math.min(...given),
        exactAgreement: given.length >= 2 ? percentAgreement({ rows: [row], categories: RATING_LEVELS.length }) : null,
        consensus: consensus.get(criterion.id) ?? null,
      };
    })
    // Rated by two or more: exactAgreement is defined exactly then.
    .filter((c) => c.exactAgreement !== null)
    .sort((a, b) => b.spread - a.spread || a.exactAgreement! - b.exactAgreement! || a.criterionId.localeCompare(b.criterionId, undefined, { numeric: true }));
  return { reviewers, scopes, criteria };
}
