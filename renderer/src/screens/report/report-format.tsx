// Small formatting helpers for the report's layout: levels, dates, anchors.
import type { EvidenceSupport, RatingLevel, ReportDomainRating } from '../../../../analysis/api';
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

/** How far a rating stands on evidence, as the report prints it beside the rating. */
export const SUPPORT_LABELS: Record<EvidenceSupport, string> = {
  not_rated: '',
  unsupported: 'Unsupported: no evidence linked',
  partly_supported: 'Partly supported',
  triangulated: 'Triangulated',
};

export function SupportMark({ support }: { support: EvidenceSupport }) {
  if (support === 'not_rated') return null;
  return <span className={`support-mark ${support}`}>{SUPPORT_LABELS[support]}</span>;
}

/** "provisional (4 of 13 rated)" for a roll-up over part of its criteria; empty when final or unrated. */
export const provisionalText = (r: Pick<ReportDomainRating, 'provisional' | 'rated' | 'total'>): string => (r.provisional ? `provisional (${r.rated} of ${r.total} rated)` : '');

/** Where headings landed in a first print; `pending` while printing that first print. */
export interface PageNumbers {
  pages: Readonly<Record<string, number>>;
  /** The first of two prints: numbers are not known yet, so their space is kept and the second print lays out alike. */
  pending: boolean;
}

export const NO_PAGE_NUMBERS: PageNumbers = { pages: {}, pending: false };

/** "page 7" in print; nothing on screen, where the link itself is enough. */
export function PageRef({ numbers, anchor, before = '', after = '' }: { numbers: PageNumbers; anchor: string; before?: string; after?: string }) {
  const page = numbers.pages[anchor];
  if (page) return <>{`${before}page ${page}${after}`}</>;
  if (numbers.pending) return <span className="page-pending" aria-hidden="true">{`${before}page 88${after}`}</span>;
  return null;
}
