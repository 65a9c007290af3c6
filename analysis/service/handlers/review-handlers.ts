// Service methods of the guided review (issue 6): state, ratings, evidence, roll-ups, undo, audit, templates.
import type { EquityLensApi } from '../../api';
import { listAuditLog, undoLastChange } from '../../review/audit-log';
import { addEvidence, overrideRollup, rateCriterion, requireReviewer, setEvidenceLink, setReviewer, setRollupRule, useTemplate } from '../../review/review-changes';
import { readReviewState, type ReviewContext } from '../../review/review-state';
import { startFollowUp } from '../../review/follow-up';
import { setReviewerProfile } from '../../review-team/team-member-changes';
import { duplicateTemplate, getTemplate, importTemplate, listTemplates, templateFileName, updateTemplate } from '../../review/template-store';
import type { ReviewMethod } from '../review-request-schemas';
import type { ServiceContext } from '../service-context';
import { readRememberedReviewer, rememberReviewer } from '../remembered-reviewer';
import { withReview as withReviewOf } from '../with-review';

/** The next review on this computer starts as this reviewer; an omitted role or organisation keeps the one on record. */
function rememberOnThisComputer(dataDir: string, name: string, role: string | undefined, organisation: string | undefined): void {
  const same = readRememberedReviewer(dataDir);
  const previous = same?.name === name ? same : null;
  const given = (value: string | undefined, kept: string | null | undefined) => (value === undefined ? (kept ?? null) : value.trim() || null);
  rememberReviewer(dataDir, { name, role: given(role, previous?.role), organisation: given(organisation, previous?.organisation) });
}

export function reviewHandlers(context: ServiceContext): Pick<EquityLensApi, ReviewMethod> {
  const withReview = <T>(body: (review: ReviewContext) => Promise<T>) => withReviewOf(context, body);
  /** Runs a change, then answers with the whole review as saved (the UI shows "Saved" only then). */
  const change = (body: (review: ReviewContext) => Promise<unknown>) =>
    withReview(async (review) => {
      await body(review);
      return readReviewState(review);
    });

  return {
    getReview: () => withReview(readReviewState),
    rateCriterion: (request) => change((r) => rateCriterion(r, request.criterionId, request.level, request.rationale, request.reviewer)),
    startFollowUp: (request) => change((r) => startFollowUp(r, request.label)),
    setRollupRule: (request) => change((r) => setRollupRule(r, request.rule)),
    overrideRollup: (request) => change((r) => overrideRollup(r, request.scope, request.id, request.level, request.reason)),
    addEvidence: (request) =>
      withReview(async (r) => {
        const evidence = await addEvidence(r, request.evidence, request.criterionIds);
        return { evidence, review: await readReviewState(r) };
      }),
    linkEvidence: (request) => change((r) => setEvidenceLink(r, request.evidenceId, request.criterionId, true)),
    unlinkEvidence: (request) => change((r) => setEvidenceLink(r, request.evidenceId, request.criterionId, false)),
    undoLastChange: () => change(async (r) => undoLastChange(r.database, await requireReviewer(r))),
    listAuditLog: (request) => withReview((r) => listAuditLog(r.database.connection, request.limit ?? 200)),
    setReviewer: (request) =>
      change(async (r) => {
        const name = request.name.trim();
        await setReviewer(r, name);
        await setReviewerProfile(r, name, name, { role: request.role, organisation: request.organisation });
        rememberOnThisComputer(context.options.dataDir, name, request.role, request.organisation);
      }),
    listTemplates: () => withReview((r) => listTemplates(r.database.connection)),
    getTemplate: (request) => withReview((r) => getTemplate(r.database.connection, request.templateId, request.version)),
    duplicateTemplate: (request) => withReview(async (r) => duplicateTemplate(r.database, await requireReviewer(r), request.templateId, request.name.trim())),
    updateTemplate: (request) => withReview(async (r) => updateTemplate(r.database, await requireReviewer(r), request.templateId, request.template)),
    importTemplate: (request) => withReview(async (r) => importTemplate(r.database, await requireReviewer(r), request.json)),
    exportTemplate: (request) =>
      withReview(async (r) => {
        const record = await getTemplate(r.database.connection, request.templateId, request.version);
        return { fileName: templateFileName(record), json: `${JSON.stringify(record.template, null, 2)}\n` };
      }),
    useTemplate: (request) => change((r) => useTemplate(r, request.templateId)),
  };
}
