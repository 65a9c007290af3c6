// The audit log in words, for people: "Dana Whitfield rated 1.1.1 Developing (was Initiating), 3 Dec 2026
// 14:02, rationale: …". Built from each entry's own before and after, so no internal field names show.
import type { AuditEntry, RatingLevel } from '../api';
import { LEVEL_LABELS } from './review-levels';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "3 Dec 2026 14:02" in the reader's own time zone (a log is read where it was written). */
export function auditTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

const levelOf = (state: unknown): RatingLevel | null => {
  const level = state && typeof state === 'object' ? (state as { level?: unknown }).level : undefined;
  return typeof level === 'string' && level in LEVEL_LABELS ? (level as RatingLevel) : null;
};

const textOf = (state: unknown, key: string): string => {
  const value = state && typeof state === 'object' ? (state as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value.trim() : '';
};

const clip = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A team member's own rating is kept under "criterion:reviewer"; people read the criterion. */
const criterionOf = (entry: AuditEntry): string => (entry.targetKind === 'individual_rating' ? entry.targetId.slice(0, entry.targetId.indexOf(':')) : entry.targetId);

/** When a lead records a rating for another reviewer (merging their work), say whose rating it is. */
function raterOf(entry: AuditEntry): string {
  if (entry.targetKind !== 'individual_rating') return '';
  const reviewer = entry.targetId.slice(entry.targetId.indexOf(':') + 1);
  return reviewer === entry.actor ? '' : ` for ${reviewer}`;
}

/** What was done, as a phrase after the actor's name: "rated 1.1.1 Developing (was Initiating)". */
function deed(entry: AuditEntry): string {
  const after = levelOf(entry.after);
  const before = levelOf(entry.before);
  const criterion = criterionOf(entry);
  if (entry.action === 'rate' && after) {
    const was = before && before !== after ? ` (was ${LEVEL_LABELS[before]})` : before === null ? ' (was not rated)' : '';
    return `rated ${criterion} ${LEVEL_LABELS[after]}${was}${raterOf(entry)}`;
  }
  if (entry.action === 'clear_rating') return `cleared the rating of ${criterion}${before ? ` (was ${LEVEL_LABELS[before]})` : ''}${raterOf(entry)}`;
  // Every other change already has a sentence written for people: lower-case its first word to follow the name.
  return entry.summary.charAt(0).toLowerCase() + entry.summary.slice(1);
}

/** The whole line for one entry, with the rating's rationale or the override's reason when there is one. */
export function auditSentence(entry: AuditEntry): string {
  const why = entry.action === 'rate' ? textOf(entry.after, 'rationale') : '';
  const tail = why ? `, rationale: ${clip(why)}` : '';
  return `${entry.actor} ${deed(entry)}, ${auditTime(entry.at)}${tail}${entry.undoneBy ? ' (undone)' : ''}`;
}
