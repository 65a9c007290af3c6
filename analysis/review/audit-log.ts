// The audit log: every review change as who, what, before, after and when; and undo of the last one.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AuditEntry } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { ServiceFailure } from '../engine/service-failure';
import { readSnapshot, writeSnapshot, type TargetKind } from './review-records';
import { isoTimestamp, parseJson, readRow, readRows, type Row } from './sql-rows';

export interface Change {
  actor: string;
  action: string;
  targetKind: TargetKind;
  targetId: string;
  summary: string;
  /** Makes the change; runs inside the change's own transaction. */
  apply(connection: DuckDBConnection, at: string): Promise<void>;
}

const SELECT_ENTRY = `SELECT audit_id, ${isoTimestamp('changed_at')} AS changed_at, actor, action, target_kind, target_id, summary,
  before_state::VARCHAR AS before_state, after_state::VARCHAR AS after_state, undone_by FROM app.audit_log`;

/**
 * Makes one change and its audit entry in one transaction: both are saved, or neither. Changes that
 * leave the record as it was are still applied but not logged (nothing happened worth undoing).
 */
export async function applyChange(database: ProjectDatabase, change: Change): Promise<AuditEntry | null> {
  return database.transaction(async (connection) => {
    const at = new Date().toISOString();
    const before = await readSnapshot(connection, change.targetKind, change.targetId);
    await change.apply(connection, at);
    const after = await readSnapshot(connection, change.targetKind, change.targetId);
    if (JSON.stringify(before) === JSON.stringify(after)) return null;
    return insertEntry(connection, { ...change, at, before, after, undoOf: null });
  });
}

async function insertEntry(
  connection: DuckDBConnection,
  entry: Omit<Change, 'apply'> & { at: string; before: unknown; after: unknown; undoOf: number | null },
): Promise<AuditEntry> {
  const row = await readRow(
    connection,
    `INSERT INTO app.audit_log (changed_at, actor, action, target_kind, target_id, summary, before_state, after_state, undo_of)
     VALUES ($1::TIMESTAMP, $2, $3, $4, $5, $6, $7::JSON, $8::JSON, $9) RETURNING audit_id`,
    [entry.at, entry.actor, entry.action, entry.targetKind, entry.targetId, entry.summary, json(entry.before), json(entry.after), entry.undoOf],
  );
  const auditId = Number(row!.audit_id);
  return { auditId, at: entry.at, actor: entry.actor, action: entry.action, targetKind: entry.targetKind, targetId: entry.targetId, summary: entry.summary, before: entry.before, after: entry.after, undoneBy: null };
}

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

function toEntry(row: Row): AuditEntry {
  return {
    auditId: Number(row.audit_id),
    at: String(row.changed_at),
    actor: String(row.actor),
    action: String(row.action),
    targetKind: String(row.target_kind),
    targetId: String(row.target_id),
    summary: String(row.summary),
    before: parseJson(row.before_state),
    after: parseJson(row.after_state),
    undoneBy: row.undone_by === null ? null : Number(row.undone_by),
  };
}

export async function listAuditLog(connection: DuckDBConnection, limit = 200): Promise<AuditEntry[]> {
  return (await readRows(connection, `${SELECT_ENTRY} ORDER BY audit_id DESC LIMIT $1`, [limit])).map(toEntry);
}

/** The change Undo would reverse: the newest one that is not itself an undo and not yet undone. */
export async function lastUndoableChange(connection: DuckDBConnection): Promise<AuditEntry | null> {
  const row = await readRow(connection, `${SELECT_ENTRY} WHERE action <> 'undo' AND undone_by IS NULL ORDER BY audit_id DESC LIMIT 1`);
  return row ? toEntry(row) : null;
}

/**
 * Reverses the last change by writing its "before" snapshot back, in one transaction with its own
 * audit entry. Undoing again reverses the change before that, and so on.
 */
export async function undoLastChange(database: ProjectDatabase, actor: string): Promise<AuditEntry> {
  return database.transaction(async (connection) => {
    const last = await lastUndoableChange(connection);
    if (!last) throw new ServiceFailure('not_found', 'There is no change to undo.');
    const kind = last.targetKind as TargetKind;
    const at = new Date().toISOString();
    const before = await readSnapshot(connection, kind, last.targetId);
    await writeSnapshot(connection, kind, last.targetId, (last.before ?? null) as Record<string, unknown> | null);
    const after = await readSnapshot(connection, kind, last.targetId);
    const entry = await insertEntry(connection, {
      actor,
      action: 'undo',
      targetKind: kind,
      targetId: last.targetId,
      summary: `Undid: ${last.summary}`,
      at,
      before,
      after,
      undoOf: last.auditId,
    });
    await connection.run('UPDATE app.audit_log SET undone_by = $1 WHERE audit_id = $2', [entry.auditId, last.auditId]);
    return entry;
  });
}
