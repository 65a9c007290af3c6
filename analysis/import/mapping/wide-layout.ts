// Wide layouts: a survey export with one column per item (BEL_01, SAF_02, ...), or a report card with one
// column, or a count and percent pair, per student group ("Black", "Black %", "Count - Hispanic").
import type { SuggestedColumnMapping } from '../../api';
import { AGGREGATE_GROUP_CODES, splitGroupCode } from '../dictionary/aggregate-groups';
import { AUTO_APPLY_CONFIDENCE } from '../dictionary/code-list';
import { displayName } from '../normalize';
import type { ColumnProfile } from './column-profile';

/** Survey item ids: letters, an optional separator, a number (BEL_01, Q12, SAF-2, item3a). */
export const ITEM_PATTERN = /^([A-Za-z]{1,12})[_\-. ]?(\d{1,3})([A-Za-z])?$/;

/** A wide layout needs at least this many value columns. */
const MIN_WIDE_COLUMNS = 2;

const mostlyNumeric = (profile: ColumnProfile | undefined): boolean => !profile || profile.nonNull === 0 || profile.numeric / profile.nonNull >= 0.8;

export function itemPrefix(item: string): string {
  return ITEM_PATTERN.exec(item)?.[1] ?? item;
}

export function detectItemColumns(columns: readonly string[], profiles: ReadonlyMap<string, ColumnProfile>): SuggestedColumnMapping[] {
  const items = columns
    .filter((c) => ITEM_PATTERN.test(c) && mostlyNumeric(profiles.get(c)))
    .map((source) => ({ source, target: 'response', item: source, confidence: 0.85, reason: `"${displayName(source, 40)}" looks like a survey item (one column per item)` }));
  return items.length >= MIN_WIDE_COLUMNS ? items : [];
}

type Role = 'numerator' | 'percent' | 'denominator';
const ROLE_WORDS: { role: Role; words: string; symbol: string | null }[] = [
  { role: 'percent', words: 'percent|pct|rate|percentage', symbol: '%' },
  { role: 'denominator', words: 'total|denominator|den|enrolled|enrollment', symbol: null },
  { role: 'numerator', words: 'count|n|num|number|numerator', symbol: '#' },
];

/** "Black %" -> (Black, percent); "Count - Hispanic" -> (Hispanic, numerator); "White" -> (White, numerator). */
export function splitGroupHeader(header: string): { label: string; role: Role } {
  const text = header.trim();
  for (const { role, words, symbol } of ROLE_WORDS) {
    // A role word needs a separator before it, so that "Asian" is not "Asia" + "n".
    const symbolSuffix = symbol ? `|\\s*\\${symbol}` : '';
    const symbolPrefix = symbol ? `|\\${symbol}\\s*` : '';
    const suffix = new RegExp(`^(.+?)(?:[\\s_:\\-(]+(?:${words})\\)?${symbolSuffix})$`, 'i').exec(text);
    if (suffix && /[A-Za-z]/.test(suffix[1]!)) return { label: suffix[1]!.replace(/[\s_:\-(]+$/, '').trim(), role };
    const prefix = new RegExp(`^(?:(?:${words})[\\s_:\\-(]+${symbolPrefix})(.+?)\\)?$`, 'i').exec(text);
    if (prefix) return { label: prefix[1]!.trim(), role };
  }
  return { label: text, role: 'numerator' };
}

export function detectGroupColumns(columns: readonly string[], profiles: ReadonlyMap<string, ColumnProfile>): SuggestedColumnMapping[] {
  const found: SuggestedColumnMapping[] = [];
  for (const source of columns) {
    if (!mostlyNumeric(profiles.get(source))) continue;
    const { label, role } = splitGroupHeader(source);
    const meaning = AGGREGATE_GROUP_CODES.lookup(label.replace(/[_]+/g, ' '));
    if (!meaning || meaning.value === null || meaning.confidence < AUTO_APPLY_CONFIDENCE) continue;
    found.push({
      source,
      target: role,
      group: splitGroupCode(meaning.value),
      confidence: 0.85,
      reason: `"${displayName(source, 40)}" is the ${role === 'percent' ? 'percent' : role === 'denominator' ? 'total' : 'count'} for ${label}`,
    });
  }
  return found.length >= MIN_WIDE_COLUMNS ? found : [];
}
