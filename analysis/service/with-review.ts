// Runs a body against the open project's review context (started with the built-in template on first use).
// Review, findings and report handlers share it; the service's call queue already runs them one at a time.
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
