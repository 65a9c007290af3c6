// Audit snapshots of the team's records, so that every team change can be undone like any other review
// change: one reviewer's rating of one criterion, the consensus on a criterion, all of one reviewer's
// work (what a merge replaces: ratings, calibration ratings, role and organisation), the blind-rating mode, a reviewer's role and organisation, and one
// calibration rating. Writing a snapshot back re-derives the
// review's ratings it affects.
import type { DuckDBConnection } from '@duckdb/node-api';
import { isoTimestamp, readRow, readRows, stringOrNull } from '../review/sql-rows';
import { readCalibrationRatings, splitCalibrationId, writeCalibrationRating } from './calibration-records';
import { deriveReviewRating } from './derived-rating';
import { readReviewerProfile, writeReviewerProfile } from './reviewer-profiles';

export type TeamTargetKind = 'individual_rating' | 'consensus' | 'reviewer_work' | 'blind_rating' | 'reviewer_profile' | 'calibration_rating';

type Snapshot = Record<string, unknown> | null;

interface RecordAccess {
  read(connection: DuckDBConnection, id: string): Promise<Snapshot>;
  write(connection: DuckDBConnection, id: string, snapshot: Snapshot): Promise<void>;
}

export interface IndividualRatingRow {
  criterionId: string;
  reviewer: string;
  level: string;
  rationale: string;
  suggestedLevel: string | null;
  ratedAt: string;
}

/** "1.2.3:Dana Reyes": criterion ids never hold a colon, so the first one splits the id. */
export const individualRatingId = (criterionId: string, reviewer: string): string => `${criterionId}:${reviewer}`;
const splitId = (id: string): [string, string] => {
  const cut = id.indexOf(':');
  return [id.slice(0, cut), id.slice(cut + 1)];
};

const SELECT_INDIVIDUAL = `SELECT criterion_id, reviewer, level, rationale, suggested_level, ${isoTimestamp('rated_at')} AS rated_at FROM app.individual_ratings`;

export async function readIndividualRatings(connection: DuckDBConnection, where = '', params: string[] = []): Promise<IndividualRatingRow[]> {
  const rows = await readRows(connection, `${SELECT_INDIVIDUAL} ${where} ORDER BY criterion_id, reviewer`, params);
  return rows.map((row) => ({
    criterionId: String(row.criterion_id),
    reviewer: String(row.reviewer),
    level: String(row.level),
    rationale: String(row.rationale),
    suggestedLevel: stringOrNull(row.suggested_level),
    ratedAt: String(row.rated_at),
  }));
}

export async function insertIndividualRating(connection: DuckDBConnection, row: IndividualRatingRow): Promise<void> {
  await connection.run(
    'INSERT INTO app.individual_ratings (criterion_id, reviewer, level, rationale, suggested_level, rated_at) VALUES ($1, $2, $3, $4, $5, $6::TIMESTAMP)',
    [row.criterionId, row.reviewer, row.level, row.rationale, row.suggestedLevel, row.ratedAt],
  );
}

export const TEAM_RECORDS: Record<TeamTargetKind, RecordAccess> = {
  individual_rating: {
    read: async (connection, id) => {
      const [criterionId, reviewer] = splitId(id);
      const [row] = await readIndividualRatings(connection, 'WHERE criterion_id = $1 AND reviewer = $2', [criterionId, reviewer]);
      return row ? { ...row } : null;
    },
    write: async (connection, id, snapshot) => {
      const [criterionId, reviewer] = splitId(id);
      await connection.run('DELETE FROM app.individual_ratings WHERE criterion_id = $1 AND reviewer = $2', [criterionId, reviewer]);
      if (snapshot) await insertIndividualRating(connection, snapshot as unknown as IndividualRatingRow);
      await deriveReviewRating(connection, criterionId);
    },
  },
  consensus: {
    read: async (connection, criterionId) => {
      const row = await readRow(connection, `SELECT level, reason, reconciled_by, ${isoTimestamp('reconciled_at')} AS at FROM app.consensus_ratings WHERE criterion_id = $1`, [criterionId]);
      return row ? { level: String(row.level), reason: String(row.reason), reconciledBy: String(row.reconciled_by), at: String(row.at) } : null;
    },
    write: async (connection, criterionId, snapshot) => {
      await connection.run('DELETE FROM app.consensus_ratings WHERE criterion_id = $1', [criterionId]);
      if (snapshot) {
        await connection.run('INSERT INTO app.consensus_ratings (criterion_id, level, reason, reconciled_by, reconciled_at) VALUES ($1, $2, $3, $4, $5::TIMESTAMP)', [
          criterionId,
          String(snapshot.level),
          String(snapshot.reason),
          String(snapshot.reconciledBy),
          String(snapshot.at),
        ]);
      }
      await deriveReviewRating(connection, criterionId);
    },
  },
  reviewer_work: {
    read: async (connection, reviewer) => {
      const ratings = await readIndividualRatings(connection, 'WHERE reviewer = $1', [reviewer]);
      const calibration = (await readCalibrationRatings(connection, 'WHERE reviewer = $1', [reviewer])).map(({ vignetteId, level, ratedAt }) => ({ vignetteId, level, ratedAt }));
      const profile = await readReviewerProfile(connection, reviewer);
      if (ratings.length === 0 && calibration.length === 0 && !profile) return null;
      return { ratings, calibration, profile: profile ? { role: profile.role, organisation: profile.organisation } : null };
    },
    write: async (connection, reviewer, snapshot) => {
      const touched = new Set((await readIndividualRatings(connection, 'WHERE reviewer = $1', [reviewer])).map((r) => r.criterionId));
      await connection.run('DELETE FROM app.individual_ratings WHERE reviewer = $1', [reviewer]);
      for (const row of (snapshot?.ratings as IndividualRatingRow[] | undefined) ?? []) {
        await insertIndividualRating(connection, row);
        touched.add(row.criterionId);
      }
      for (const criterionId of touched) await deriveReviewRating(connection, criterionId);
      // Snapshots written before merges carried calibration and profiles hold neither: leave those as they are.
      if (snapshot && snapshot.calibration === undefined) return;
      await connection.run('DELETE FROM app.calibration_ratings WHERE reviewer = $1', [reviewer]);
      for (const row of (snapshot?.calibration as { vignetteId: string; level: string; ratedAt: string }[] | undefined) ?? []) await writeCalibrationRating(connection, row.vignetteId, reviewer, row);
      const profile = snapshot?.profile as { role: string | null; organisation: string | null } | null | undefined;
      if (profile) await writeReviewerProfile(connection, { name: reviewer, role: profile.role, organisation: profile.organisation });
      else await connection.run('DELETE FROM app.team_reviewers WHERE name = $1', [reviewer]);
    },
  },
  blind_rating: {
    read: async (connection) => {
      const row = await readRow(connection, "SELECT value::VARCHAR AS value FROM app.settings WHERE key = 'blind_rating'");
      return row ? (JSON.parse(String(row.value)) as Record<string, unknown>) : null;
    },
    write: async (connection, _id, snapshot) => {
      await connection.run("DELETE FROM app.settings WHERE key = 'blind_rating'");
      if (snapshot) await connection.run("INSERT INTO app.settings (key, value, updated_at) VALUES ('blind_rating', $1::JSON, current_timestamp)", [JSON.stringify(snapshot)]);
    },
  },
  reviewer_profile: {
    read: async (connection, name) => {
      const profile = await readReviewerProfile(connection, name);
      return profile ? { ...profile } : null;
    },
    write: async (connection, name, snapshot) => {
      if (snapshot) await writeReviewerProfile(connection, { name, role: stringOrNull(snapshot.role), organisation: stringOrNull(snapshot.organisation) });
      else await connection.run('DELETE FROM app.team_reviewers WHERE name = $1', [name]);
    },
  },
  calibration_rating: {
    read: async (connection, id) => {
      const [vignetteId, reviewer] = splitCalibrationId(id);
      const [row] = await readCalibrationRatings(connection, 'WHERE vignette_id = $1 AND reviewer = $2', [vignetteId, reviewer]);
      return row ? { level: row.level, ratedAt: row.ratedAt } : null;
    },
    write: async (connection, id, snapshot) => {
      const [vignetteId, reviewer] = splitCalibrationId(id);
      await writeCalibrationRating(connection, vignetteId, reviewer, snapshot ? { level: String(snapshot.level), ratedAt: String(snapshot.ratedAt) } : null);
    },
  },
};
