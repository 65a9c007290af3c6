// Snapshots of the records a review change touches: read one as JSON, or write one back (for undo).
// Every change is audited as the before and after snapshot of one record, so undo is "write before".
import type { DuckDBConnection } from '@duckdb/node-api';
import { isoTimestamp, parseJson, readRow, readRows, stringOrNull } from './sql-rows';
import { FINDINGS_RECORDS, type FindingsTargetKind } from '../findings/findings-records';
import { TEAM_RECORDS, type TeamTargetKind } from '../review-team/team-records';
import { BASELINE_RECORDS } from './baseline-records';

export type TargetKind = 'rating' | 'evidence' | 'evidence_link' | 'rollup_override' | 'review' | 'reviewer' | 'template' | 'review_baseline' | FindingsTargetKind | TeamTargetKind;

export interface RatingSnapshot {
  level: string;
  rationale: string;
  suggestedLevel: string | null;
  reviewer: string;
  ratedAt: string;
}

export interface EvidenceSnapshot {
  kind: string;
  title: string;
  note: string | null;
  source: string | null;
  date: string | null;
  reference: string | null;
  view: unknown;
  createdBy: string;
  createdAt: string;
  links: { criterionId: string; linkedBy: string; linkedAt: string }[];
}

export interface ReviewSettingsSnapshot {
  templateId: string;
  templateVersion: number;
  rollupRule: string;
}

export interface TemplateSnapshot {
  /** The newest stored version of the template, or null when it does not exist. */
  latestVersion: number | null;
  review: { templateId: string; templateVersion: number };
}

type Snapshot = Record<string, unknown> | null;

interface RecordAccess {
  read(connection: DuckDBConnection, id: string): Promise<Snapshot>;
  write(connection: DuckDBConnection, id: string, snapshot: Snapshot): Promise<void>;
}

const linkKey = (id: string): [number, string] => {
  const cut = id.indexOf(':');
  return [Number(id.slice(0, cut)), id.slice(cut + 1)];
};
const scopeKey = (id: string): [string, string] => {
  const cut = id.indexOf(':');
  return [id.slice(0, cut), id.slice(cut + 1)];
};

const RECORDS: Record<TargetKind, RecordAccess> = {
  // Findings, recommendations and the action plan (issue 7) share the audit log and Undo.
  ...FINDINGS_RECORDS,
  // Review teams: individual and consensus ratings, merged work and blind mode share them too.
  ...TEAM_RECORDS,
  // Follow-up reviews (issue 16): starting one is undone like any other change.
  ...BASELINE_RECORDS,
  rating: {
    read: async (connection, criterionId) => {
      const row = await readRow(
        connection,
        `SELECT level, rationale, suggested_level, reviewer, ${isoTimestamp('rated_at')} AS rated_at FROM app.ratings WHERE criterion_id = $1`,
        [criterionId],
      );
      if (!row) return null;
      const snapshot: RatingSnapshot = {
        level: String(row.level),
        rationale: String(row.rationale),
        suggestedLevel: stringOrNull(row.suggested_level),
        reviewer: String(row.reviewer),
        ratedAt: String(row.rated_at),
      };
      return { ...snapshot };
    },
    write: async (connection, criterionId, snapshot) => {
      await connection.run('DELETE FROM app.ratings WHERE criterion_id = $1', [criterionId]);
      if (!snapshot) return;
      const s = snapshot as unknown as RatingSnapshot;
      await connection.run(
        'INSERT INTO app.ratings (criterion_id, level, rationale, suggested_level, reviewer, rated_at) VALUES ($1, $2, $3, $4, $5, $6::TIMESTAMP)',
        [criterionId, s.level, s.rationale, s.suggestedLevel, s.reviewer, s.ratedAt],
      );
    },
  },
  evidence: {
    read: async (connection, id) => {
      const row = await readRow(
        connection,
        `SELECT kind, title, note, source, strftime(evidence_date, '%Y-%m-%d') AS evidence_date, reference, view::VARCHAR AS view,
                created_by, ${isoTimestamp('created_at')} AS created_at FROM app.evidence WHERE evidence_id = $1`,
        [Number(id)],
      );
      if (!row) return null;
      const links = await readRows(
        connection,
        `SELECT criterion_id, linked_by, ${isoTimestamp('linked_at')} AS linked_at FROM app.evidence_links WHERE evidence_id = $1 ORDER BY criterion_id`,
        [Number(id)],
      );
      const snapshot: EvidenceSnapshot = {
        kind: String(row.kind),
        title: String(row.title),
        note: stringOrNull(row.note),
        source: stringOrNull(row.source),
        date: stringOrNull(row.evidence_date),
        reference: stringOrNull(row.reference),
        view: parseJson(row.view),
        createdBy: String(row.created_by),
        createdAt: String(row.created_at),
        links: links.map((l) => ({ criterionId: String(l.criterion_id), linkedBy: String(l.linked_by), linkedAt: String(l.linked_at) })),
      };
      return { ...snapshot };
    },
    write: async (connection, id, snapshot) => {
      const evidenceId = Number(id);
      await connection.run('DELETE FROM app.evidence_links WHERE evidence_id = $1', [evidenceId]);
      await connection.run('DELETE FROM app.evidence WHERE evidence_id = $1', [evidenceId]);
      if (!snapshot) return;
      const s = snapshot as unknown as EvidenceSnapshot;
      await connection.run(
        `INSERT INTO app.evidence (evidence_id, kind, title, note, source, evidence_date, reference, view, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::DATE, $7, $8::JSON, $9, $10::TIMESTAMP)`,
        [evidenceId, s.kind, s.title, s.note, s.source, s.date, s.reference, s.view === null ? null : JSON.stringify(s.view), s.createdBy, s.createdAt],
      );
      for (const link of s.links) {
        await connection.run('INSERT INTO app.evidence_links (evidence_id, criterion_id, linked_by, linked_at) VALUES ($1, $2, $3, $4::TIMESTAMP)', [
          evidenceId,
          link.criterionId,
          link.linkedBy,
          link.linkedAt,
        ]);
      }
    },
  },
  evidence_link: {
    read: async (connection, id) => {
      const [evidenceId, criterionId] = linkKey(id);
      const row = await readRow(
        connection,
        `SELECT linked_by, ${isoTimestamp('linked_at')} AS linked_at FROM app.evidence_links WHERE evidence_id = $1 AND criterion_id = $2`,
        [evidenceId, criterionId],
      );
      return row ? { linkedBy: String(row.linked_by), linkedAt: String(row.linked_at) } : null;
    },
    write: async (connection, id, snapshot) => {
      const [evidenceId, criterionId] = linkKey(id);
      await connection.run('DELETE FROM app.evidence_links WHERE evidence_id = $1 AND criterion_id = $2', [evidenceId, criterionId]);
      if (!snapshot) return;
      await connection.run('INSERT INTO app.evidence_links (evidence_id, criterion_id, linked_by, linked_at) VALUES ($1, $2, $3, $4::TIMESTAMP)', [
        evidenceId,
        criterionId,
        String(snapshot.linkedBy),
        String(snapshot.linkedAt),
      ]);
    },
  },
  rollup_override: {
    read: async (connection, id) => {
      const [scope, scopeId] = scopeKey(id);
      const row = await readRow(
        connection,
        `SELECT level, reason, reviewer, ${isoTimestamp('overridden_at')} AS at FROM app.rollup_overrides WHERE scope = $1 AND scope_id = $2`,
        [scope, scopeId],
      );
      return row ? { level: String(row.level), reason: String(row.reason), reviewer: String(row.reviewer), at: String(row.at) } : null;
    },
    write: async (connection, id, snapshot) => {
      const [scope, scopeId] = scopeKey(id);
      await connection.run('DELETE FROM app.rollup_overrides WHERE scope = $1 AND scope_id = $2', [scope, scopeId]);
      if (!snapshot) return;
      await connection.run(
        'INSERT INTO app.rollup_overrides (scope, scope_id, level, reason, reviewer, overridden_at) VALUES ($1, $2, $3, $4, $5, $6::TIMESTAMP)',
        [scope, scopeId, String(snapshot.level), String(snapshot.reason), String(snapshot.reviewer), String(snapshot.at)],
      );
    },
  },
  review: {
    read: async (connection) => {
      const row = await readRow(connection, 'SELECT template_id, template_version, rollup_rule FROM app.review WHERE review_id = 1');
      if (!row) return null;
      const snapshot: ReviewSettingsSnapshot = { templateId: String(row.template_id), templateVersion: Number(row.template_version), rollupRule: String(row.rollup_rule) };
      return { ...snapshot };
    },
    write: async (connection, _id, snapshot) => {
      if (!snapshot) return;
      await connection.run('UPDATE app.review SET template_id = $1, template_version = $2, rollup_rule = $3 WHERE review_id = 1', [
        String(snapshot.templateId),
        Number(snapshot.templateVersion),
        String(snapshot.rollupRule),
      ]);
    },
  },
  reviewer: {
    read: async (connection) => {
      const row = await readRow(connection, "SELECT value->>'$.name' AS name FROM app.settings WHERE key = 'reviewer'");
      return row && row.name !== null ? { name: String(row.name) } : null;
    },
    write: async (connection, _id, snapshot) => {
      await connection.run("DELETE FROM app.settings WHERE key = 'reviewer'");
      if (!snapshot) return;
      await connection.run("INSERT INTO app.settings (key, value, updated_at) VALUES ('reviewer', $1::JSON, current_timestamp)", [JSON.stringify({ name: snapshot.name })]);
    },
  },
  template: {
    read: async (connection, templateId) => {
      const latest = await readRow(connection, 'SELECT max(version) AS v FROM app.rubric_templates WHERE template_id = $1', [templateId]);
      const review = await readRow(connection, 'SELECT template_id, template_version FROM app.review WHERE review_id = 1');
      const snapshot: TemplateSnapshot = {
        latestVersion: latest?.v === null || latest?.v === undefined ? null : Number(latest.v),
        review: { templateId: String(review?.template_id), templateVersion: Number(review?.template_version) },
      };
      return { ...snapshot };
    },
    // Template versions are only ever added, so going back means dropping the newer ones.
    write: async (connection, templateId, snapshot) => {
      const s = snapshot as unknown as TemplateSnapshot;
      await connection.run('DELETE FROM app.rubric_templates WHERE template_id = $1 AND version > $2', [templateId, s.latestVersion ?? 0]);
      await connection.run('UPDATE app.review SET template_id = $1, template_version = $2 WHERE review_id = 1', [s.review.templateId, s.review.templateVersion]);
    },
  },
};

export function readSnapshot(connection: DuckDBConnection, kind: TargetKind, id: string): Promise<Snapshot> {
  return RECORDS[kind].read(connection, id);
}

export function writeSnapshot(connection: DuckDBConnection, kind: TargetKind, id: string, snapshot: Snapshot): Promise<void> {
  return RECORDS[kind].write(connection, id, snapshot);
}

export const TARGET_KINDS = Object.keys(RECORDS) as TargetKind[];
