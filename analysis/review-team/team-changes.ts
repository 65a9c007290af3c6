// Team review changes, each its own audited transaction: one reviewer's rating, the lead's consensus, and
// the blind-rating mode. The review's rating is re-derived inside the same transaction.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { RatingLevel } from '../api';
import { ServiceFailure } from '../service/envelope';
import { LEVEL_LABELS } from '../shared/review-levels';
import { clip } from '../shared/text';
import { applyChange } from '../review/audit-log';
import { readSnapshot } from '../review/review-records';
import type { ReviewContext } from '../review/review-state';
import { deriveReviewRating } from './derived-rating';
import { individualRatingId, insertIndividualRating } from './team-records';

/** Records who is on the team the first time they rate or their work is merged. */
export async function ensureTeamReviewer(connection: DuckDBConnection, name: string): Promise<void> {
  await connection.run('INSERT INTO app.team_reviewers (name, added_at) VALUES ($1, current_timestamp) ON CONFLICT DO NOTHING', [name]);
}

/** One reviewer rates one criterion (null clears their rating). Other reviewers' ratings are untouched. */
export async function rateAsReviewer(context: ReviewContext, reviewer: string, criterionId: string, level: RatingLevel | null, rationale: string, suggested: RatingLevel | null): Promise<void> {
  const id = individualRatingId(criterionId, reviewer);
  const existing = await readSnapshot(context.database.connection, 'individual_rating', id);
  if (level === null ? existing === null : existing?.level === level && existing.rationale === rationale) return;
  await applyChange(context.database, {
    actor: reviewer,
    action: level === null ? 'clear_rating' : 'rate',
    targetKind: 'individual_rating',
    targetId: id,
    summary: level === null ? `Cleared the rating of ${criterionId}` : `Rated ${criterionId} ${LEVEL_LABELS[level]}${rationale ? `: "${clip(rationale)}"` : ''}`,
    apply: async (connection, at) => {
      await connection.run('DELETE FROM app.individual_ratings WHERE criterion_id = $1 AND reviewer = $2', [criterionId, reviewer]);
      if (level !== null) {
        await ensureTeamReviewer(connection, reviewer);
        await insertIndividualRating(connection, { criterionId, reviewer, level, rationale, suggestedLevel: suggested, ratedAt: at });
      }
      await deriveReviewRating(connection, criterionId);
    },
  });
}

/** The lead's consensus rating, with the reason; the individual ratings stay on record. */
export async function reconcileCriterion(context: ReviewContext, lead: string, criterionId: string, level: RatingLevel | null, reason: string): Promise<void> {
  const text = reason.trim();
  if (level !== null && text === '') throw new ServiceFailure('bad_request', `Give the reason for the consensus rating of ${criterionId}: the report prints it beside the reviewers' ratings.`);
  await applyChange(context.database, {
    actor: lead,
    action: level === null ? 'clear_consensus' : 'reconcile',
    targetKind: 'consensus',
    targetId: criterionId,
    summary: level === null ? `Removed the consensus rating of ${criterionId}` : `Reconciled ${criterionId} to ${LEVEL_LABELS[level]}: "${clip(text)}"`,
    apply: async (connection, at) => {
      await connection.run('DELETE FROM app.consensus_ratings WHERE criterion_id = $1', [criterionId]);
      if (level !== null) {
        await connection.run('INSERT INTO app.consensus_ratings (criterion_id, level, reason, reconciled_by, reconciled_at) VALUES ($1, $2, $3, $4, $5::TIMESTAMP)', [criterionId, level, text, lead, at]);
      }
      await deriveReviewRating(connection, criterionId);
    },
  });
}

export async function isBlindRating(connection: DuckDBConnection): Promise<boolean> {
  return (await readSnapshot(connection, 'blind_rating', 'blind_rating'))?.on === true;
}

/** Turns independent (blind) rating on or off; the audit log keeps the mode's history. */
export async function setBlindRating(context: ReviewContext, lead: string, on: boolean): Promise<void> {
  if ((await isBlindRating(context.database.connection)) === on) return;
  await applyChange(context.database, {
    actor: lead,
    action: on ? 'blind_on' : 'blind_off',
    targetKind: 'blind_rating',
    targetId: 'blind_rating',
    summary: on ? 'Turned on independent rating: each reviewer sees only their own ratings' : 'Turned off independent rating: everyone sees every rating, ready to reconcile',
    apply: async (connection, at) => {
      await connection.run("DELETE FROM app.settings WHERE key = 'blind_rating'");
      await connection.run("INSERT INTO app.settings (key, value, updated_at) VALUES ('blind_rating', $1::JSON, current_timestamp)", [JSON.stringify({ on, changedBy: lead, changedAt: at })]);
    },
  });
}
