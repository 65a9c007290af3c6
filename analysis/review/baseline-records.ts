// A follow-up review's baselines in the project file: one record per baseline for the audit log (undo of "start a
// follow-up" deletes it), and the latest one as the review state shows it beside each current rating.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { RatingLevel, ReviewBaseline } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { isoTimestamp, parseJson, readRow } from './sql-rows';

/** What a baseline keeps: the review as it stood when the follow-up started. */
export interface BaselineSnapshot {
  ratings: { criterionId: string; level: RatingLevel; rationale: string }[];
  findings: unknown[];
  recommendations: unknown[];
  actionItems: unknown[];
  cover: unknown;
}

type Snapshot = Record<string, unknown> | null;

/** One baseline as its audit snapshot. */
export const BASELINE_RECORDS = {
  review_baseline: {
    read: async (connection: DuckDBConnection, id: string): Promise<Snapshot> => {
      const row = await readRow(
        connection,
        `SELECT label, data_through, snapshot::VARCHAR AS snapshot, started_by, ${isoTimestamp('started_at')} AS started_at FROM app.review_baselines WHERE baseline_id = $1`,
        [Number(id)],
      );
      if (!row) return null;
      return { label: String(row.label), dataThrough: row.data_through === null ? null : Number(row.data_through), snapshot: parseJson(row.snapshot), startedBy: String(row.started_by), startedAt: String(row.started_at) };
    },
    write: async (connection: DuckDBConnection, id: string, s: Snapshot): Promise<void> => {
      await connection.run('DELETE FROM app.review_baselines WHERE baseline_id = $1', [Number(id)]);
      if (!s) return;
      await connection.run(
        'INSERT INTO app.review_baselines (baseline_id, label, data_through, snapshot, started_by, started_at) VALUES ($1, $2, $3, $4::JSON, $5, $6::TIMESTAMP)',
        [Number(id), String(s.label), s.dataThrough === null ? null : Number(s.dataThrough), JSON.stringify(s.snapshot), String(s.startedBy), String(s.startedAt)],
      );
    },
  },
};

/** The latest baseline (the one the current review follows up), or null before any follow-up. */
export async function readBaseline(database: ProjectDatabase): Promise<ReviewBaseline | null> {
  const row = await readRow(database.connection, 'SELECT max(baseline_id) AS id FROM app.review_baselines');
  if (!row || row.id === null) return null;
  const stored = await BASELINE_RECORDS.review_baseline.read(database.connection, String(row.id));
  if (!stored) return null;
  const snapshot = stored.snapshot as BaselineSnapshot;
  return {
    baselineId: Number(row.id),
    label: String(stored.label),
    startedAt: String(stored.startedAt),
    startedBy: String(stored.startedBy),
    dataThrough: stored.dataThrough as number | null,
    ratings: snapshot.ratings,
    counts: { findings: snapshot.findings.length, recommendations: snapshot.recommendations.length, actionItems: snapshot.actionItems.length },
  };
}
