// Service methods for review teams: blind rating, reconciliation, agreement, merging reviewers' work, and
// calibration before the review.
import type { EquityLensApi } from '../../api';
import { requireReviewer } from '../../review/review-changes';
import { readReviewState } from '../../review/review-state';
import { agreementReport } from '../../review-team/team-agreement';
import { reconcileCriterion, setBlindRating } from '../../review-team/team-changes';
import { exportReviewerWork, mergeReviewerWork } from '../../review-team/reviewer-work-exchange';
import { calibrationReport } from '../../review-team/calibration';
import { rateCalibration } from '../../review-team/team-member-changes';
import type { TeamMethod } from '../team-request-schemas';
import type { ServiceContext } from '../service-context';
import { withReview } from '../with-review';

export function teamHandlers(context: ServiceContext): Pick<EquityLensApi, TeamMethod> {
  return {
    setBlindRating: (request) =>
      withReview(context, async (review) => {
        await setBlindRating(review, await requireReviewer(review), request.on);
        return readReviewState(review);
      }),
    reconcileCriterion: (request) =>
      withReview(context, async (review) => {
        await reconcileCriterion(review, await requireReviewer(review), request.criterionId, request.level, request.reason);
        return readReviewState(review);
      }),
    getAgreement: () => withReview(context, (review) => agreementReport(review.database)),
    exportReviewerWork: (request) => withReview(context, (review) => exportReviewerWork(review, request.reviewer.trim())),
    mergeReviewerWork: (request) => withReview(context, async (review) => mergeReviewerWork(review, await requireReviewer(review), request.json)),
    rateCalibration: (request) =>
      withReview(context, async (review) => {
        await rateCalibration(review, request.reviewer?.trim() || (await requireReviewer(review)), request.vignetteId, request.level);
        return calibrationReport(review.database);
      }),
    getCalibration: () => withReview(context, (review) => calibrationReport(review.database)),
  };
}
