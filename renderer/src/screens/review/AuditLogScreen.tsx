// The audit log: every change to the review, newest first, with who, what, before, after and when.
import { useCallback } from 'react';
import { Link } from 'wouter';
import type { AuditEntry, EvidenceKind, ProjectInfo } from '../../../../analysis/api';
import { EVIDENCE_KIND_LABELS } from '../../../../analysis/shared/review-levels';
import { useAppContext } from '../../app/app-context';
import { useServiceQuery } from '../../state/query-cache';
import { useReviewStore } from './review-store';

export function AuditLogScreen({ project }: { project: ProjectInfo }) {
  const { client } = useAppContext();
  const save = useReviewStore((s) => s.save);
  const fetchLog = useCallback(() => client.api.listAuditLog({ limit: 500 }), [client]);
  // Each saved change makes a new key, so the log is read again after it.
  const query = useServiceQuery(`audit:${project.path}:${save.kind === 'saved' ? save.at : 0}`, fetchLog);
  return (
    <div className="screen">
      <header className="screen-header">
        <p className="eyebrow">
          <Link href="/review">Review</Link> · {project.districtName}
        </p>
        <h1>Audit log</h1>
        <p className="lede">Every change to this review, newest first. Undo reverses the newest change that has not been undone.</p>
      </header>
      <section className="panel">
        {query.status === 'loading' && <p className="loading">Loading the audit log…</p>}
        {query.status === 'error' && <p className="error-text">{query.message}</p>}
        {query.status === 'ready' && query.value.length === 0 && <p className="empty">No changes yet.</p>}
        {query.status === 'ready' && query.value.length > 0 && (
          <div className="table-scroll">
            <table className="data-table wide audit-table">
              <caption className="visually-hidden">Changes to this review, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Change</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {query.value.map((entry) => (
                  <AuditRow key={entry.auditId} entry={entry} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  return (
    <tr className={entry.undoneBy ? 'muted' : undefined}>
      <td className="nowrap">{new Date(entry.at).toLocaleString()}</td>
      <td>{entry.actor}</td>
      <th scope="row">
        {entry.summary}
        {entry.undoneBy && <span className="undone-tag">undone</span>}
      </th>
      <td className="state-cell">{brief(entry.before)}</td>
      <td className="state-cell">{brief(entry.after)}</td>
    </tr>
  );
}

/** A record's state in a few words: the level and rationale of a rating, else compact fields. */
function brief(state: unknown): string {
  if (state === null || state === undefined) return '(none)';
  if (typeof state !== 'object') return String(state);
  const record = state as Record<string, unknown>;
  if ('level' in record && 'rationale' in record) return `${String(record.level)}${record.rationale ? `: ${String(record.rationale)}` : ''}`;
  if ('level' in record && 'reason' in record) return `${String(record.level)}: ${String(record.reason)}`;
  if ('kind' in record && 'title' in record) {
    const kind = EVIDENCE_KIND_LABELS[record.kind as EvidenceKind] ?? String(record.kind);
    const where = [record.source, record.reference, record.date].filter(Boolean).join(', ');
    const links = Array.isArray(record.links) ? record.links.map((l: { criterionId: string }) => l.criterionId) : [];
    return `${kind} "${String(record.title)}"${where ? ` (${where})` : ''}${links.length ? `, linked to ${links.join(', ')}` : ''}`;
  }
  if ('rollupRule' in record) return `rule: ${String(record.rollupRule)}; template: ${String(record.templateId)} v${String(record.templateVersion)}`;
  if ('name' in record && Object.keys(record).length === 1) return String(record.name);
  const text = Object.entries(record)
    .filter(([key, value]) => value !== null && !['createdAt', 'ratedAt', 'linkedAt', 'at', 'links', 'view'].includes(key))
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join('; ');
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}
