// The review's rating of a criterion, derived from the team's work: the lead's consensus if there is one,
// else the level every reviewer who rated it agrees on; reviewers who disagree leave it unrated until
// the lead reconciles. Roll-ups, findings and the report read only this derived rating (app.ratings).
import type { DuckDBConnection } from '@duckdb/node-api';
import { isoTimestamp, readRow, readRows } from '../review/sql-rows';

export async function deriveReviewRating(connection: DuckDBConnection, criterionId: string): Promise<void> {
  await connection.run('DELETE FROM app.ratings WHERE criterion_id = $1', [criterionId]);
  const consensus = await readRow(connection, `SELECT level, reason, reconciled_by, ${isoTimestamp('reconciled_at')} AS reconciled_at FROM app.consensus_ratings WHERE criterion_id = $1`, [criterionId]);
  const individual = await readRows(
    connection,
    `SELECT reviewer, level, rationale, suggested_level, ${isoTimestamp('rated_at')} AS rated_at FROM app.individual_ratings WHERE criterion_id = $1 ORDER BY rated_at, reviewer`,
    [criterionId],
  );
  const suggested = individual.find((row) => row.suggested_level !== null)?.suggested_level ?? null;
  if (consensus) {
    await connection.run('INSERT INTO app.ratings (criterion_id, level, rationale, suggested_level, reviewer, rated_at) VALUES ($1, $2, $3, $4, $5, $6::TIMESTAMP)', [
      criterionId,
      String(consensus.level),
      String(consensus.reason),
      suggested === null ? null : String(suggested),
      String(consensus.reconciled_by),
      String(consensus.reconciled_at),
    ]);
    return;
  }
  const levels = new Set(individual.map((row) => String(row.level)));
  if (levels.size !== 1) return;
  const single = individual.length === 1;
  const rationale = single ? String(individual[0]!.rationale) : individual.filter((row) => String(row.rationale) !== '').map((row) => `${String(row.reviewer)}: ${String(row.rationale)}`).join('\n');
  const latest = individual[individual.length - 1]!;
  await connection.run('INSERT INTO app.ratings (criterion_id, level, rationale, suggested_level, reviewer, rated_at) VALUES ($1, $2, $3, $4, $5, $6::TIMESTAMP)', [
    criterionId,
    [...levels][0]!,
    rationale,
    suggested === null ? null : String(suggested),
    individual.map((row) => String(row.reviewer)).join(', '),
    String(latest.rated_at),
  ]);
}
