// Follow-up reviews: the review so far is frozen as a read-only baseline (its ratings, findings,
// recommendations, action plan and cover) and the review carries on from it, editable, as the follow-up. New
// school years are imported into the same project; each criterion then shows its baseline and current rating.
import type { RatingLevel } from '../api';
import { schoolYears } from '../engine/school-years';
import { ServiceFailure } from '../engine/service-failure';
import { readCover, readFindings, readRecommendations } from '../findings/findings-state';
import { actionSnapshot, readActionRows } from '../findings/findings-records';
import { applyChange } from './audit-log';
import { requireReviewer } from './review-changes';
import type { ReviewContext } from './review-state';
import { BASELINE_RECORDS, type BaselineSnapshot } from './baseline-records';
import { readRow, readRows } from './sql-rows';

/** Freezes the review so far as the baseline of a follow-up (one audited change); returns the baseline's id. */
export async function startFollowUp(context: ReviewContext, label: string): Promise<number> {
  const actor = await requireReviewer(context);
  const { database } = context;
  const ratings = (await readRows(database.connection, 'SELECT criterion_id, level, rationale FROM app.ratings ORDER BY criterion_id')).map((r) => ({
    criterionId: String(r.criterion_id),
    level: String(r.level) as RatingLevel,
    rationale: String(r.rationale),
  }));
  if (ratings.length === 0) throw new ServiceFailure('bad_request', 'A follow-up starts from a review with ratings: rate the criteria first, then start the follow-up.');
  const snapshot: BaselineSnapshot = {
    ratings,
    findings: await readFindings(database),
    recommendations: await readRecommendations(database),
    actionItems: (await readActionRows(database.connection)).map((row) => ({ actionId: Number(row.action_id), ...actionSnapshot(row) })),
    cover: await readCover(database),
  };
  const id = Number((await readRow(database.connection, 'SELECT coalesce(max(baseline_id), 0) + 1 AS id FROM app.review_baselines'))!.id);
  const dataThrough = (await schoolYears(database.connection)).at(-1) ?? null;
  const name = label.trim();
  await applyChange(database, {
    actor,
    action: 'start_follow_up',
    targetKind: 'review_baseline',
    targetId: String(id),
    summary: `Started the follow-up "${name}": the review so far (${ratings.length} ratings, ${snapshot.findings.length} findings, ${snapshot.actionItems.length} action items) is its baseline`,
    apply: (connection, at) => BASELINE_RECORDS.review_baseline.write(connection, String(id), { label: name, dataThrough, snapshot, startedBy: actor, startedAt: at }),
  });
  return id;
}
