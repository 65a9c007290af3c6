// Service methods of the report (issue 7): the report model, and the findings, plan and review as files.
import type { EquityLensApi } from '../../api';
import { readActionItems, readFindings, readRecommendations } from '../../findings/findings-state';
import { exportBaseName, findingsCsv, findingsXlsx, reviewJson } from '../../report/findings-export';
import { buildReportModel } from '../../report/report-model';
import { readReviewState, type ReviewContext } from '../../review/review-state';
import type { ServiceContext } from '../service-context';
import { withReview } from '../with-review';

type ReportMethods = 'getReportModel' | 'exportFindings' | 'exportReviewJson';

async function findingsData(review: ReviewContext, internal: boolean) {
  return {
    review: await readReviewState(review),
    findings: await readFindings(review.database),
    recommendations: await readRecommendations(review.database),
    actionItems: await readActionItems(review.database, internal),
  };
}

export function reportHandlers(context: ServiceContext): Pick<EquityLensApi, ReportMethods> {
  return {
    getReportModel: (request) => withReview(context, (r) => buildReportModel(r, { internal: request.internal === true, appVersion: context.options.appVersion, disagreementMap: request.disagreementMap === true, ...(request.schoolId ? { schoolId: request.schoolId } : {}) })),
    exportFindings: (request) =>
      withReview(context, async (r) => {
        const internal = request.internal === true;
        const base = exportBaseName((await r.database.metadata()).name);
        const data = await findingsData(r, internal);
        return request.format === 'xlsx' ? findingsXlsx(data, internal, base) : findingsCsv(request.table!, data, internal, base);
      }),
    exportReviewJson: () =>
      withReview(context, async (r) => {
        const metadata = await r.database.metadata();
        return reviewJson({ ...(await findingsData(r, false)), project: { name: metadata.name, districtName: metadata.districtName } }, exportBaseName(metadata.name));
      }),
  };
}
