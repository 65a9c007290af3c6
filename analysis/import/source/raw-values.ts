// How a source column's text becomes a "raw value" everywhere (profiles, staging): trimmed, and missing
// when blank. Words that often mean "no value" (NA, None, NULL) are kept here: they are missing in value
// columns (a count, a date), but in a label column "None" can be a group's name, so the field decides.
import { quotedIdentifier } from '@duckdb/node-api';
import { NULL_WORDS, type ImportSource } from './source-types';

const NULL_LIST = NULL_WORDS.filter((w) => w !== '').map((w) => `'${w.replace(/'/g, "''")}'`).join(', ');

export function rawValueSql(_source: ImportSource, column: string): string {
  return `nullif(trim(${quotedIdentifier(column)}), '')`;
}

/** A raw value with the missing-value words read as missing: for value columns only. */
export function withoutNullWords(raw: string): string {
  return `(CASE WHEN ${raw} IN (${NULL_LIST}) THEN NULL ELSE ${raw} END)`;
}

/** The SQL list of missing-value words, for counting them apart from values. */
export const NULL_WORDS_SQL = `(${NULL_LIST})`;

export function isNullWord(value: string): boolean {
  return NULL_WORDS.includes(value.trim());
}

/**
 * A publisher's mark for a hidden figure ("*", "<10", "n<10", "--", "†", "DS", "Above 95%"): in a count or
 * percent column it is not an unreadable value but a figure suppressed in the source.
 */
export function suppressionMarkSql(raw: string): string {
  return `regexp_full_match(${raw}, '(\\*+|[<>≤≥]=?\\s*\\d+(\\.\\d+)?\\s*%?|n\\s*[<≤]\\s*\\d+|-{1,3}|†|‡|ds|s|suppressed|(above|below|over|under)\\s+\\d+(\\.\\d+)?\\s*%)', 'i')`;
}
