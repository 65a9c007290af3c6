// The audit log: every change to the review, newest first, each in one sentence: who did what, when and why.
import { useCallback } from 'react';
import { Link } from 'wouter';
import type { AuditEntry, ProjectInfo } from '../../../../analysis/api';
import { auditSentence } from '../../../../analysis/shared/audit-words';
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
                  <th scope="col">Change</th>
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
      <th scope="row">{auditSentence(entry)}</th>
    </tr>
  );
}
