// Each review change as its own audited transaction: ratings, roll-up rule and overrides, evidence, reviewer.
import type { EvidenceItem, NewEvidence, RatingLevel, RollupRule } from '../api';
import { ServiceFailure } from '../engine/service-failure';
import { EVIDENCE_KIND_LABELS, LEVEL_LABELS, ROLLUP_RULE_LABELS } from '../shared/review-levels';
import { clip } from '../shared/text';
import { applyChange } from './audit-log';
import { readSnapshot } from './review-records';
import { currentTemplate, effectiveReviewer, readEvidence, type ReviewContext } from './review-state';
import { readRow } from './sql-rows';
import { suggestionsFor } from './suggestions';
import { getTemplate } from './template-store';
import { rateAsReviewer } from '../review-team/team-changes';
import { findCriterion, findScope } from './template-walk';

/** Every change names who made it; without a name there is no change. */
export async function requireReviewer(context: ReviewContext): Promise<string> {
  const reviewer = await effectiveReviewer(context);
  if (!reviewer) throw new ServiceFailure('bad_request', 'Enter your name as the reviewer first: the audit log records who made each change.');
  return reviewer;
}

async function requireCriterion(context: ReviewContext, criterionId: string) {
  const { template } = await currentTemplate(context.database);
  const place = findCriterion(template, criterionId);
  if (!place) throw new ServiceFailure('not_found', `The review's template has no criterion "${criterionId}".`);
  return { template, place };
}

/**
 * A reviewer rates a criterion: recorded as their own rating, from which the review's rating is derived
 * (their level when the team agrees or they rate alone; unrated while reviewers disagree, until the lead
 * reconciles). `asReviewer` names someone other than the current reviewer (the command line's --reviewer).
 */
export async function rateCriterion(context: ReviewContext, criterionId: string, level: RatingLevel | null, rationale: string, asReviewer?: string): Promise<void> {
  const actor = asReviewer?.trim() || (await requireReviewer(context));
  const { template } = await requireCriterion(context, criterionId);
  const text = rationale.trim();
  // A suggestion never overrides a human rating, but departing from it must be explained.
  const suggestion = (await suggestionsFor(context.database, template)).find((s) => s.criterionId === criterionId) ?? null;
  const suggested = suggestion?.level ?? null;
  if (level !== null && suggested !== null && level !== suggested && text === '') {
    throw new ServiceFailure('bad_request', `Give a rationale: your rating (${LEVEL_LABELS[level]}) differs from the data-suggested level (${LEVEL_LABELS[suggested]}).`);
  }
  await rateAsReviewer(context, actor, criterionId, level, text, suggested);
}

export async function setRollupRule(context: ReviewContext, rule: RollupRule): Promise<void> {
  const actor = await requireReviewer(context);
  await applyChange(context.database, {
    actor,
    action: 'set_rollup_rule',
    targetKind: 'review',
    targetId: 'review',
    summary: `Set the roll-up rule to ${ROLLUP_RULE_LABELS[rule]}`,
    apply: async (connection) => void (await connection.run('UPDATE app.review SET rollup_rule = $1 WHERE review_id = 1', [rule])),
  });
}

export async function overrideRollup(context: ReviewContext, scope: 'cluster' | 'domain', id: string, level: RatingLevel | null, reason: string): Promise<void> {
  const actor = await requireReviewer(context);
  const { template } = await currentTemplate(context.database);
  const target = findScope(template, scope, id);
  if (!target) throw new ServiceFailure('not_found', `The review's template has no ${scope} "${id}".`);
  const text = reason.trim();
  if (level !== null && text === '') throw new ServiceFailure('bad_request', 'Give a reason for overriding the roll-up.');
  await applyChange(context.database, {
    actor,
    action: level === null ? 'remove_override' : 'override_rollup',
    targetKind: 'rollup_override',
    targetId: `${scope}:${id}`,
    summary: level === null ? `Removed the override of ${target.name}` : `Overrode the roll-up of ${target.name}: ${LEVEL_LABELS[level]} ("${clip(text)}")`,
    apply: async (connection, at) => {
      await connection.run('DELETE FROM app.rollup_overrides WHERE scope = $1 AND scope_id = $2', [scope, id]);
      if (level === null) return;
      await connection.run(
        'INSERT INTO app.rollup_overrides (scope, scope_id, level, reason, reviewer, overridden_at) VALUES ($1, $2, $3, $4, $5, $6::TIMESTAMP)',
        [scope, id, level, text, actor, at],
      );
    },
  });
}

function evidenceTitle(evidence: NewEvidence): string {
  return evidence.kind === 'metric_view' ? evidence.view.title : evidence.title;
}

export async function addEvidence(context: ReviewContext, evidence: NewEvidence, criterionIds: readonly string[]): Promise<EvidenceItem> {
  const actor = await requireReviewer(context);
  const unique = [...new Set(criterionIds)];
  for (const id of unique) await requireCriterion(context, id);
  // The id comes first so the audit entry can name the record; a sequence gap is harmless.
  const evidenceId = Number((await readRow(context.database.connection, "SELECT nextval('app.evidence_id_seq') AS id"))!.id);
  const title = evidenceTitle(evidence);
  await applyChange(context.database, {
    actor,
    action: 'add_evidence',
    targetKind: 'evidence',
    targetId: String(evidenceId),
    summary: `Added ${EVIDENCE_KIND_LABELS[evidence.kind].toLowerCase()} "${clip(title)}"${unique.length > 0 ? ` to ${unique.join(', ')}` : ''}`,
    apply: async (connection, at) => {
      const isNote = evidence.kind !== 'metric_view' && evidence.kind !== 'document';
      await connection.run(
        `INSERT INTO app.evidence (evidence_id, kind, title, note, source, evidence_date, reference, view, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6::DATE, $7, $8::JSON, $9, $10::TIMESTAMP)`,
        [
          evidenceId,
          evidence.kind,
          title,
          evidence.note?.trim() || null,
          isNote ? evidence.source : null,
          evidence.kind === 'metric_view' ? null : (evidence.date ?? null),
          evidence.kind === 'document' ? evidence.reference : null,
          evidence.kind === 'metric_view' ? JSON.stringify(evidence.view) : null,
          actor,
          at,
        ],
      );
      for (const criterionId of unique) {
        await connection.run('INSERT INTO app.evidence_links (evidence_id, criterion_id, linked_by, linked_at) VALUES ($1, $2, $3, $4::TIMESTAMP)', [
          evidenceId,
          criterionId,
          actor,
          at,
        ]);
      }
    },
  });
  return (await readEvidence(context.database)).find((e) => e.evidenceId === evidenceId)!;
}

export async function setEvidenceLink(context: ReviewContext, evidenceId: number, criterionId: string, linked: boolean): Promise<void> {
  const actor = await requireReviewer(context);
  await requireCriterion(context, criterionId);
  const evidence = await readSnapshot(context.database.connection, 'evidence', String(evidenceId));
  if (!evidence) throw new ServiceFailure('not_found', `There is no evidence item ${evidenceId} in this review.`);
  await applyChange(context.database, {
    actor,
    action: linked ? 'link_evidence' : 'unlink_evidence',
    targetKind: 'evidence_link',
    targetId: `${evidenceId}:${criterionId}`,
    summary: `${linked ? 'Linked' : 'Unlinked'} "${clip(String(evidence.title))}" ${linked ? 'to' : 'from'} ${criterionId}`,
    apply: async (connection, at) => {
      await connection.run('DELETE FROM app.evidence_links WHERE evidence_id = $1 AND criterion_id = $2', [evidenceId, criterionId]);
      if (!linked) return;
      await connection.run('INSERT INTO app.evidence_links (evidence_id, criterion_id, linked_by, linked_at) VALUES ($1, $2, $3, $4::TIMESTAMP)', [
        evidenceId,
        criterionId,
        actor,
        at,
      ]);
    },
  });
}

export async function setReviewer(context: ReviewContext, name: string): Promise<void> {
  await applyChange(context.database, {
    actor: name,
    action: 'set_reviewer',
    targetKind: 'reviewer',
    targetId: 'reviewer',
    summary: `Set the reviewer to "${clip(name)}"`,
    apply: async (connection) => {
      await connection.run("DELETE FROM app.settings WHERE key = 'reviewer'");
      await connection.run("INSERT INTO app.settings (key, value, updated_at) VALUES ('reviewer', $1::JSON, current_timestamp)", [JSON.stringify({ name })]);
    },
  });
}

/** Moves the review to another template's latest version; ratings stay, matched by criterion id. */
export async function useTemplate(context: ReviewContext, templateId: string): Promise<void> {
  const actor = await requireReviewer(context);
  const record = await getTemplate(context.database.connection, templateId);
  await applyChange(context.database, {
    actor,
    action: 'use_template',
    targetKind: 'review',
    targetId: 'review',
    summary: `Switched the review to template "${record.name}" (version ${record.version})`,
    apply: async (connection) =>
      void (await connection.run('UPDATE app.review SET template_id = $1, template_version = $2 WHERE review_id = 1', [record.templateId, record.version])),
  });
}

