// Calibration ratings as stored: one reviewer's level for one vignette, in app.calibration_ratings, apart
// from the review's ratings so that practice never counts toward the review.
import type { DuckDBConnection } from '@duckdb/node-api';
import { isoTimestamp, readRows } from '../review/sql-rows';

export interface CalibrationRatingRow {
  vignetteId: string;
  reviewer: string;
  level: string;
  ratedAt: string;
}

/** "cal-1:Dana Reyes": vignette ids never hold a colon, so the first one splits the id. */
export const calibrationRatingId = (vignetteId: string, reviewer: string): string => `${vignetteId}:${reviewer}`;
export const splitCalibrationId = (id: string): [string, string] => {
  const cut = id.indexOf(':');
  return [id.slice(0, cut), id.slice(cut + 1)];
};

/** In the order reviewers first calibrated, then by vignette. */
export async function readCalibrationRatings(connection: DuckDBConnection, where = '', params: string[] = []): Promise<CalibrationRatingRow[]> {
  const rows = await readRows(
    connection,
    `SELECT vignette_id, reviewer, level, ${isoTimestamp('rated_at')} AS rated_at, min(rated_at) OVER (PARTITION BY reviewer) AS first
     FROM app.calibration_ratings ${where} ORDER BY first, reviewer, vignette_id`,
    params,
  );
  return rows.map((row) => ({ vignetteId: String(row.vignette_id), reviewer: String(row.reviewer), level: String(row.level), ratedAt: String(row.rated_at) }));
}

export async function writeCalibrationRating(connection: DuckDBConnection, vignetteId: string, reviewer: string, row: { level: string; ratedAt: string } | null): Promise<void> {
  await connection.run('DELETE FROM app.calibration_ratings WHERE vignette_id = $1 AND reviewer = $2', [vignetteId, reviewer]);
  if (row) await connection.run('INSERT INTO app.calibration_ratings (vignette_id, reviewer, level, rated_at) VALUES ($1, $2, $3, $4::TIMESTAMP)', [vignetteId, reviewer, row.level, row.ratedAt]);
}
