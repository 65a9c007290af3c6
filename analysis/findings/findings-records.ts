// Snapshots of findings, recommendations, action items, the whole action plan and the report cover: read
// one record as JSON or write one back. They plug into the review's audit log, so Undo covers them too.
import type { DuckDBConnection } from '@duckdb/node-api';
import { isoTimestamp, parseJson, readRow, readRows, stringOrNull, type Row } from '../review/sql-rows';

type Snapshot = Record<string, unknown> | null;

export interface FindingsRecordAccess {
  read(connection: DuckDBConnection, id: string): Promise<Snapshot>;
  write(connection: DuckDBConnection, id: string, snapshot: Snapshot): Promise<void>;
}

export type FindingsTargetKind = 'finding' | 'recommendation' | 'action_item' | 'action_plan' | 'report_cover';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : ((parseJson(value) as unknown[] | null) ?? []));

const FINDING_SELECT = `SELECT finding_id, domain_id, finding_type, title, body, criterion_ids::VARCHAR AS criterion_ids, evidence_ids::VARCHAR AS evidence_ids,
  school_id, author, ${isoTimestamp('updated_at')} AS updated_at FROM app.findings`;
const RECOMMENDATION_SELECT = `SELECT recommendation_id, domain_id, priority, body, finding_ids::VARCHAR AS finding_ids, author,
  ${isoTimestamp('updated_at')} AS updated_at FROM app.recommendations`;
const ACTION_SELECT = `SELECT action_id, domain_id, criterion_id, title, owner, timeline, status, benchmark::VARCHAR AS benchmark, school_id, author,
  ${isoTimestamp('updated_at')} AS updated_at FROM app.action_items`;

export const findingSnapshot = (row: Row) => ({
  domainId: String(row.domain_id),
  type: String(row.finding_type),
  title: String(row.title),
  text: String(row.body),
  criterionIds: list(row.criterion_ids).map(String),
  evidenceIds: list(row.evidence_ids).map(Number),
  schoolId: stringOrNull(row.school_id),
  author: String(row.author),
  updatedAt: String(row.updated_at),
});

export const recommendationSnapshot = (row: Row) => ({
  domainId: String(row.domain_id),
  priority: String(row.priority),
  text: String(row.body),
  findingIds: list(row.finding_ids).map(Number),
  author: String(row.author),
  updatedAt: String(row.updated_at),
});

export const actionSnapshot = (row: Row) => ({
  domainId: String(row.domain_id),
  criterionId: stringOrNull(row.criterion_id),
  title: String(row.title),
  owner: String(row.owner),
  timeline: String(row.timeline),
  status: String(row.status),
  benchmark: parseJson(row.benchmark),
  schoolId: stringOrNull(row.school_id),
  author: String(row.author),
  updatedAt: String(row.updated_at),
});

export async function readFindingRows(connection: DuckDBConnection): Promise<Row[]> {
  return readRows(connection, `${FINDING_SELECT} ORDER BY domain_id, finding_id`);
}
export async function readRecommendationRows(connection: DuckDBConnection): Promise<Row[]> {
  return readRows(connection, `${RECOMMENDATION_SELECT} ORDER BY domain_id, recommendation_id`);
}
export async function readActionRows(connection: DuckDBConnection): Promise<Row[]> {
  return readRows(connection, `${ACTION_SELECT} ORDER BY action_id`);
}

/** A snapshot's school; snapshots written before schools were recorded have none (district-wide). */
const schoolOf = (s: Record<string, unknown>): string | null => (typeof s.schoolId === 'string' ? s.schoolId : null);

async function writeAction(connection: DuckDBConnection, id: number, s: Record<string, unknown>): Promise<void> {
  await connection.run(
    `INSERT INTO app.action_items (action_id, domain_id, criterion_id, title, owner, timeline, status, benchmark, school_id, author, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::JSON, $9, $10, $11::TIMESTAMP)`,
    [id, String(s.domainId), s.criterionId === null ? null : String(s.criterionId), String(s.title), String(s.owner), String(s.timeline), String(s.status),
      s.benchmark === null || s.benchmark === undefined ? null : JSON.stringify(s.benchmark), schoolOf(s), String(s.author), String(s.updatedAt)],
  );
}

export const FINDINGS_RECORDS: Record<FindingsTargetKind, FindingsRecordAccess> = {
  finding: {
    read: async (connection, id) => {
      const row = await readRow(connection, `${FINDING_SELECT} WHERE finding_id = $1`, [Number(id)]);
      return row ? findingSnapshot(row) : null;
    },
    write: async (connection, id, s) => {
      await connection.run('DELETE FROM app.findings WHERE finding_id = $1', [Number(id)]);
      if (!s) return;
      await connection.run(
        `INSERT INTO app.findings (finding_id, domain_id, finding_type, title, body, criterion_ids, evidence_ids, school_id, author, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6::JSON, $7::JSON, $8, $9, $10::TIMESTAMP)`,
        [Number(id), String(s.domainId), String(s.type), String(s.title), String(s.text), JSON.stringify(s.criterionIds), JSON.stringify(s.evidenceIds), schoolOf(s), String(s.author), String(s.updatedAt)],
      );
    },
  },
  recommendation: {
    read: async (connection, id) => {
      const row = await readRow(connection, `${RECOMMENDATION_SELECT} WHERE recommendation_id = $1`, [Number(id)]);
      return row ? recommendationSnapshot(row) : null;
    },
    write: async (connection, id, s) => {
      await connection.run('DELETE FROM app.recommendations WHERE recommendation_id = $1', [Number(id)]);
      if (!s) return;
      await connection.run(
        `INSERT INTO app.recommendations (recommendation_id, domain_id, priority, body, finding_ids, author, updated_at)
         VALUES ($1, $2, $3, $4, $5::JSON, $6, $7::TIMESTAMP)`,
        [Number(id), String(s.domainId), String(s.priority), String(s.text), JSON.stringify(s.findingIds), String(s.author), String(s.updatedAt)],
      );
    },
  },
  action_item: {
    read: async (connection, id) => {
      const row = await readRow(connection, `${ACTION_SELECT} WHERE action_id = $1`, [Number(id)]);
      return row ? actionSnapshot(row) : null;
    },
    write: async (connection, id, s) => {
      await connection.run('DELETE FROM app.action_items WHERE action_id = $1', [Number(id)]);
      if (s) await writeAction(connection, Number(id), s);
    },
  },
  // Seeding adds several items in one change; its snapshot is the whole plan, so one Undo removes them all.
  action_plan: {
    read: async (connection) => ({ items: (await readActionRows(connection)).map((row) => ({ actionId: Number(row.action_id), ...actionSnapshot(row) })) }),
    write: async (connection, _id, s) => {
      await connection.run('DELETE FROM app.action_items');
      for (const item of (s?.items ?? []) as Record<string, unknown>[]) await writeAction(connection, Number(item.actionId), item);
    },
  },
  report_cover: {
    read: async (connection) => {
      const row = await readRow(connection, "SELECT value::VARCHAR AS value FROM app.settings WHERE key = 'report_cover'");
      return row ? (parseJson(row.value) as Record<string, unknown>) : null;
    },
    write: async (connection, _id, s) => {
      await connection.run("DELETE FROM app.settings WHERE key = 'report_cover'");
      if (s) await connection.run("INSERT INTO app.settings (key, value, updated_at) VALUES ('report_cover', $1::JSON, current_timestamp)", [JSON.stringify(s)]);
    },
  },
};
