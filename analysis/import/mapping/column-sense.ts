// Whether a column can hold what it is mapped to, judged by its header and its values: an id column never
// receives counts (a "Suspensions" count is not a student id), a count or rate never receives ids (a
// "Division Number" or a zero-padded "0101" is a code, not a number of students).
import type { ImportKind, ImportMapping } from '../../api';
import { fieldSpec } from '../kinds';
import { displayName, headerWords } from '../normalize';
import type { ColumnProfile } from './column-profile';

const ENTITY_WORDS = new Set(['division', 'district', 'school', 'sch', 'lea', 'county', 'state', 'building', 'campus', 'agency', 'student', 'staff', 'employee', 'corporation', 'institution', 'site', 'org', 'organization']);
const ID_WORDS = new Set(['id', 'number', 'num', 'no', 'nbr', 'code', 'cd', 'key', 'identifier']);
const ID_HEADERS = new Set(['dbn', 'cds', 'ncesid', 'leaid', 'ncessch', 'combokey', 'schid', 'distid', 'stid']);
const COUNT_WORDS = /\b(count|counts|total|totals|number of|num of|n of|rate|percent|pct|percentage|suspensions?|expulsions?|incidents?|days|enrolled|enrollment|graduates?|absences?|students)\b|#|%/i;

/** "Division Number", "LEA ID", "School Code", "DBN": the header names an identifier of something. */
export function idLikeHeader(header: string): boolean {
  const words = headerWords(header);
  if (words.length === 1 && ID_HEADERS.has(words[0]!)) return true;
  if (ID_HEADERS.has(words.join(''))) return true;
  return words.some((w) => ENTITY_WORDS.has(w)) && words.some((w) => ID_WORDS.has(w));
}

/** "Suspension Count", "Total Students", "# Asian", "Rate": the header names a quantity. */
export function countLikeHeader(header: string): boolean {
  const words = headerWords(header);
  if (idLikeHeader(header) || words.some((w) => ID_WORDS.has(w) || w.endsWith('id'))) return false;
  return COUNT_WORDS.test(headerWords(header).join(' ') + (/[#%]/.test(header) ? ' #' : ''));
}

/** Codes written with leading zeros ("0101", "001"): identifiers, whatever their digits say. */
export function zeroPaddedShare(profile: ColumnProfile | undefined): number {
  if (!profile || profile.values.length === 0) return 0;
  const listed = profile.values.reduce((sum, v) => sum + v.count, 0);
  const padded = profile.values.filter((v) => /^0\d+$/.test(v.value.trim())).reduce((sum, v) => sum + v.count, 0);
  return listed === 0 ? 0 : padded / listed;
}

const NUMERIC_KINDS = new Set(['number', 'integer', 'percent']);

/** Why a column cannot take a field, or null when it can. */
export function senseProblem(kind: ImportKind, field: string, source: string, profile: ColumnProfile | undefined): string | null {
  const spec = fieldSpec(kind, field);
  if (!spec) return null;
  const name = `"${displayName(source, 40)}"`;
  if (NUMERIC_KINDS.has(spec.valueKind) && (idLikeHeader(source) || zeroPaddedShare(profile) > 0.5)) {
    return `${name} holds identifiers (${idLikeHeader(source) ? 'its header names a code or number of something' : 'its values have leading zeros'}), not quantities: it cannot be the ${spec.label.toLowerCase()}.`;
  }
  if (spec.valueKind === 'id' && countLikeHeader(source)) {
    return `${name} holds counts or rates (its header names a quantity), not identifiers: it cannot be the ${spec.label.toLowerCase()}.`;
  }
  return null;
}

/** Every mapped column that cannot hold its field. */
export function senseProblems(mapping: ImportMapping, profiles: ReadonlyMap<string, ColumnProfile>): string[] {
  return mapping.columns.flatMap((c) => (c.target ? (senseProblem(mapping.kind, c.target, c.source, profiles.get(c.source)) ?? []) : []));
}

/** Report-card counts need a count: a file of rates alone has no numerator and no denominator to load. */
export function missingCounts(mapping: ImportMapping): string | null {
  if (mapping.kind !== 'aggregates') return null;
  const targets = new Set(mapping.columns.flatMap((c) => (c.target ? [c.target] : [])));
  if (targets.has('numerator') || targets.has('denominator')) return null;
  const rates = mapping.columns.filter((c) => c.target === 'percent').map((c) => `"${displayName(c.source, 40)}"`);
  return (
    `has ${rates.length > 0 ? `rates (${rates.slice(0, 5).join(', ')}${rates.length > 5 ? ', ...' : ''}) but no counts` : 'no counts'}: ` +
    'report-card figures need, for each group, the number of students with the outcome (numerator) or the number of students (denominator), ' +
    'so that intervals, tests and risk ratios can be computed. Nothing was imported. Find the file with counts, or map a count column with --map "Column=numerator".'
  );
}

/**
 * After duplicate keys: the column that holds the school (or other id) and an unmapped column whose
 * values are unique per row and whose header names a code, which would tell the rows apart.
 */
export function duplicateKeyHint(mapping: ImportMapping, profiles: ReadonlyMap<string, ColumnProfile>, rows: number): string | null {
  const idColumn = mapping.columns.find((c) => c.target === 'school_id' || c.target === 'student_id' || c.target === 'staff_id');
  if (!idColumn) return null;
  const unmapped = mapping.columns.filter((c) => !c.target).map((c) => c.source);
  const unique = unmapped.find((source) => {
    const profile = profiles.get(source);
    return profile !== undefined && profile.nonNull === rows && profile.distinct === rows && (idLikeHeader(source) || zeroPaddedShare(profile) > 0.5);
  });
  const own = `"${displayName(idColumn.source, 40)}"`;
  return unique
    ? `Rows share a key read from ${own} (the ${idColumn.target!.replace('_', ' ')}); "${displayName(unique, 40)}" is unique on every row: import with --map "${unique}=${idColumn.target}" to tell them apart.`
    : `Rows share a key read from ${own} (the ${idColumn.target!.replace('_', ' ')}): if two of them are different, map a column that tells them apart.`;
}
