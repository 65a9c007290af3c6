// Small-cell suppression rules (DESIGN.md section 4), as pure functions over counts.
// analysis/privacy/publish.ts applies them to every table the service returns.

export interface SuppressionSettings {
  /** Counts below this, and rates whose denominator is below it, are not published. */
  minimumN: number;
}

export const DEFAULT_SUPPRESSION: SuppressionSettings = { minimumN: 10 };

/** Why a cell is hidden: it is small itself, or hiding it protects a small one from subtraction. */
export type SuppressionReason = 'small_count' | 'complementary';

export interface CountSuppression {
  reasons: (SuppressionReason | null)[];
  /** Whether the partition's total may be shown without revealing a small count. */
  totalShown: boolean;
}

/**
 * Suppresses the cells of one table that shows (or implies) its total. Every count below the minimum
 * is hidden; then, while the hidden cells could be recovered by subtraction (only one is hidden, or the
 * hidden ones add up to less than the minimum), the next smallest shown cell is hidden too.
 */
export function suppressCountsWithTotal(counts: readonly number[], settings: SuppressionSettings): CountSuppression {
  const { minimumN } = settings;
  // With no cells (a total on its own) nothing can be worked out by subtraction; the caller judges the total.
  if (counts.length === 0) return { reasons: [], totalShown: true };
  // Nothing small: nothing to hide, and the total is as large as any cell (the common case, kept cheap).
  if (counts.every((count) => count >= minimumN)) return { reasons: counts.map(() => null), totalShown: counts.reduce((sum, count) => sum + count, 0) >= minimumN };
  const reasons: (SuppressionReason | null)[] = counts.map((count) => (count < minimumN ? 'small_count' : null));
  const hidden = () => counts.filter((_, i) => reasons[i] !== null);
  const hiddenSum = () => hidden().reduce((sum, count) => sum + count, 0);
  if (hidden().length > 0) {
    const shownBySize = counts.map((count, i) => ({ count, i })).filter(({ i }) => reasons[i] === null).sort((a, b) => a.count - b.count || a.i - b.i);
    for (const { i } of shownBySize) {
      if (hidden().length >= 2 && hiddenSum() >= minimumN) break;
      reasons[i] = 'complementary';
    }
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  const recoverable = hidden().length === 1 || (hidden().length > 0 && hiddenSum() < minimumN);
  return { reasons, totalShown: total >= minimumN && !recoverable };
}

/** A rate is shown only when its denominator reaches the minimum. */
export function rateSuppressed(denominator: number, settings: SuppressionSettings): boolean {
  return denominator < settings.minimumN;
}

/** The text a suppressed count shows in tables and reports. */
export function suppressedCountText(reason: SuppressionReason, settings: SuppressionSettings): string {
  return reason === 'small_count' ? `<${settings.minimumN}` : '*';
}

const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const formatCount = (count: number): string => countFormat.format(count);
