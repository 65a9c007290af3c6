// Runs a body against the open project's review context (started on first use), one review call at a time:
// the findings and report handlers share the review's connection, lock and audit log.
import { exclusive } from '../review/review-lock';
import type { ReviewContext } from '../review/review-state';
import { ensureReview } from '../review/template-store';
import { guard } from './envelope';
import { readSuppressionSettings } from './project-settings';
import type { ServiceContext } from './service-context';

export function withReview<T>(context: ServiceContext, body: (review: ReviewContext) => Promise<T>) {
  return guard(async () => {
    const database = context.project();
    return exclusive(database, async () => {
      await ensureReview(database);
      return body({ database, suppression: await readSuppressionSettings(database), hostUserName: context.options.userName?.trim() || null });
    });
  });
}
