// Service methods of findings, recommendations and the action plan (issue 7): each change is audited, and
// every call answers with the whole findings state as saved.
import type { EquityLensApi } from '../../api';
import { seedActionPlan } from '../../findings/action-plan-seed';
import { readProgress } from '../../findings/benchmark-progress';
import { deleteRecord, saveActionItem, saveFinding, saveRecommendation, setCover } from '../../findings/findings-changes';
import { readFindingsState } from '../../findings/findings-state';
import type { ReviewContext } from '../../review/review-state';
import type { ServiceContext } from '../service-context';
import { withReview } from '../with-review';

type FindingsMethods = 'getFindings' | 'getProgress' | 'saveFinding' | 'saveRecommendation' | 'saveActionItem' | 'deleteFindingsRecord' | 'seedActionPlan' | 'setReportCover';

export function findingsHandlers(context: ServiceContext): Pick<EquityLensApi, FindingsMethods> {
  const change = (body: (review: ReviewContext) => Promise<unknown>) =>
    withReview(context, async (review) => {
      await body(review);
      return readFindingsState(review.database);
    });
  return {
    getFindings: () => withReview(context, (r) => readFindingsState(r.database)),
    getProgress: () => withReview(context, (r) => readProgress(r.database)),
    saveFinding: (request) => change((r) => saveFinding(r, request.findingId, request.finding)),
    saveRecommendation: (request) => change((r) => saveRecommendation(r, request.recommendationId, request.recommendation)),
    saveActionItem: (request) => change((r) => saveActionItem(r, request.actionId, request.item)),
    deleteFindingsRecord: (request) => change((r) => deleteRecord(r, request.kind, request.id)),
    seedActionPlan: () =>
      withReview(context, async (r) => {
        const created = await seedActionPlan(r);
        return { created, state: await readFindingsState(r.database) };
      }),
    setReportCover: (request) => change((r) => setCover(r, request)),
  };
}
