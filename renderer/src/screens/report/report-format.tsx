// Small formatting helpers for the report's layout: levels, dates, anchors.
import type { RatingLevel } from '../../../../analysis/api';
import { LEVEL_LABELS, LEVEL_NUMBERS } from '../../../../analysis/shared/review-levels';

export const levelText = (level: RatingLevel | null): string => (level ? `${LEVEL_NUMBERS[level]} ${LEVEL_LABELS[level]}` : 'Not rated');

export function LevelBadge({ level }: { level: RatingLevel | null }) {
  return <span className={`level-badge ${level ?? 'none'}`}>{levelText(level)}</span>;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 4, 2025" from an ISO date or timestamp. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${MONTHS[Number(match[2]) - 1]} ${Number(match[3])}, ${match[1]}` : iso;
}
