// Runs a body against the open project's review context. Review, findings and report handlers share it. The
// review is started when the project opens; the check here is a no-op then and only guards other callers.
import type { ReviewContext } from '../review/review-state';
import { ensureReview } from '../review/template-store';
import { guard } from './envelope';
import { readSuppressionSettings } from '../engine/project-settings';
import { readRememberedReviewer } from './remembered-reviewer';
import type { ServiceContext } from './service-context';

export function withReview<T>(context: ServiceContext, body: (review: ReviewContext) => Promise<T>) {
  return guard(async () => {
    const database = context.project();
    await ensureReview(database);
    return body({ database, suppression: await readSuppressionSettings(database), rememberedReviewer: readRememberedReviewer(context.options.dataDir)?.name ?? null });
  });
}
