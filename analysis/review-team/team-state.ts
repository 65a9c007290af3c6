// What the guided review needs to know about the team: blind mode, who rates, what awaits the lead,
// and (in blind mode) the viewer's own ratings in place of the review's.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CriterionRating, RatingLevel, TeamState } from '../api';
import { readRows } from '../review/sql-rows';
import { isBlindRating } from './team-changes';
import { readReviewerProfiles } from './reviewer-profiles';
import { readIndividualRatings } from './team-records';

/** Everyone who has rated, in the order they first rated. */
export async function readTeamReviewers(connection: DuckDBConnection): Promise<string[]> {
  const rows = await readRows(connection, 'SELECT reviewer, min(rated_at) AS first FROM app.individual_ratings GROUP BY reviewer ORDER BY first, reviewer');
  return rows.map((row) => String(row.reviewer));
}

export async function readTeamState(connection: DuckDBConnection, inTemplate: ReadonlySet<string>): Promise<TeamState> {
  const reviewers = await readTeamReviewers(connection);
  const disputed = await readRows(
    connection,
    `SELECT criterion_id FROM app.individual_ratings i
     WHERE NOT EXISTS (SELECT 1 FROM app.consensus_ratings c WHERE c.criterion_id = i.criterion_id)
     GROUP BY criterion_id HAVING count(DISTINCT level) > 1 ORDER BY criterion_id`,
  );
  return {
    blind: await isBlindRating(connection),
    reviewers,
    people: await readReviewerProfiles(connection),
    awaitingReconciliation: disputed.map((row) => String(row.criterion_id)).filter((id) => inTemplate.has(id)),
  };
}

/** The viewer's own ratings, shaped like the review's (blind mode shows nothing else). */
export async function readOwnRatings(connection: DuckDBConnection, viewer: string | null): Promise<CriterionRating[]> {
  if (!viewer) return [];
  return (await readIndividualRatings(connection, 'WHERE reviewer = $1', [viewer])).map((row) => ({
    criterionId: row.criterionId,
    level: row.level as RatingLevel,
    rationale: row.rationale,
    suggestedLevel: row.suggestedLevel as RatingLevel | null,
    reviewer: row.reviewer,
    ratedAt: row.ratedAt,
  }));
}
