// What one value of a coded field means: a user's choice first, then the dictionary (applied only when it
// is sure), else unmapped, or kept as written for open fields. Used by the code review and by the SQL.
import type { ImportCodeStatus } from '../../api';
import { RACE_ETHNICITY_GROUPS } from '../../shared/codes';
import { AUTO_APPLY_CONFIDENCE } from '../dictionary/code-list';
import { RACE_CODES } from '../dictionary/race-codes';
import type { FieldSpec } from '../kinds';
import { normalizeCode } from '../normalize';
import { isNullWord } from '../source/raw-values';
import { parseInteger } from './numbers';
import { parseSchoolYear, parseYear, type YearIs } from './school-year';

/** Stands for "not reported on purpose" in staged values, so it is not mistaken for an unmapped code. */
export const NOT_REPORTED = '~not_reported~';

export interface CodeResolution {
  /** The canonical value (as text) the dictionary or the user gives, or null. */
  value: string | null;
  status: ImportCodeStatus;
  confidence: number;
  note: string | null;
}

/** User choices for one field, keyed by normalizeCode(code); '' is a blank cell. */
export type CodeChoices = ReadonlyMap<string, string | null>;

export function choicesFor(field: string, codes: readonly { field: string; code: string; value: string | null }[]): Map<string, string | null> {
  return new Map(codes.filter((c) => c.field === field).map((c) => [normalizeCode(c.code), c.value]));
}

/** Field kinds whose values go through resolveValue (and the coded SQL). */
export function isCoded(spec: FieldSpec): boolean {
  return ['code', 'flag', 'grade', 'school_year', 'year', 'integer', 'race_list'].includes(spec.valueKind);
}

export function resolveValue(spec: FieldSpec, raw: string | null, choices: CodeChoices, yearIs: YearIs): CodeResolution {
  const key = raw === null ? '' : normalizeCode(raw);
  if (choices.has(key)) {
    const value = choices.get(key)!;
    return { value, status: value === null ? 'not_reported' : 'mapped', confidence: 1, note: 'Your choice.' };
  }
  if (raw === null || key === '') return { value: null, status: 'not_reported', confidence: 1, note: 'Blank: loaded as missing.' };
  if (isNullWord(raw)) return nullWord(spec, raw);
  switch (spec.valueKind) {
    case 'school_year':
      return parsed(parseSchoolYear(raw, yearIs), 'Not a school year this app can read.');
    case 'year':
      return parsed(parseYear(raw), 'Not a year.');
    case 'integer':
      return parsed(parseInteger(raw), 'Not a whole number.');
    case 'race_list':
      return resolveRaceList(raw);
    default:
      return fromDictionary(spec, raw);
  }
}

/**
 * "NA", "None", "NULL": the dictionary's meaning when it has one; otherwise missing, said so in the code
 * review, where the user can map it (a cohort file's "None" subgroup is its all-students row).
 */
function nullWord(spec: FieldSpec, raw: string): CodeResolution {
  const known = spec.valueKind === 'code' || spec.valueKind === 'flag' || spec.valueKind === 'grade' ? spec.codes?.lookup(raw) : undefined;
  if (known && known.confidence >= AUTO_APPLY_CONFIDENCE) return { value: known.value, status: known.value === null ? 'not_reported' : 'mapped', confidence: known.confidence, note: known.note };
  const label = spec.valueKind === 'code' || spec.valueKind === 'race_list';
  return {
    value: null,
    status: 'not_reported',
    confidence: label ? 0.5 : 1,
    note: label ? `"${raw.trim()}" often means missing: loaded as missing unless you map it (it may be a label, such as a subgroup named None).` : 'A word for missing: loaded as missing.',
  };
}

function parsed(value: number | null, problem: string): CodeResolution {
  return value === null ? { value: null, status: 'unmapped', confidence: 0, note: problem } : { value: String(value), status: 'mapped', confidence: 1, note: null };
}

function fromDictionary(spec: FieldSpec, raw: string): CodeResolution {
  const meaning = spec.codes?.lookup(raw);
  if (meaning && meaning.confidence >= AUTO_APPLY_CONFIDENCE) {
    return { value: meaning.value, status: meaning.value === null ? 'not_reported' : 'mapped', confidence: meaning.confidence, note: meaning.note };
  }
  if (meaning) return { value: meaning.value, status: 'suggested', confidence: meaning.confidence, note: meaning.note };
  if (spec.codes?.open) return { value: raw.trim(), status: 'kept', confidence: 1, note: 'Not a listed value: loaded as written.' };
  return { value: null, status: 'unmapped', confidence: 0, note: null };
}

/** Bits of a race list: one per federal group (in RACE_ETHNICITY_GROUPS order). */
export const RACE_BITS: Readonly<Record<string, number>> = Object.fromEntries(RACE_ETHNICITY_GROUPS.map((g, i) => [g.code, 1 << i]));
const RACE_LIST_SEPARATOR = /[|;,/]+/;

/** "BL|WH" -> the bits for black and white; a part the dictionary does not know leaves the list unmapped. */
function resolveRaceList(raw: string): CodeResolution {
  let bits = 0;
  for (const part of raw.split(RACE_LIST_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '')) {
    const meaning = RACE_CODES.lookup(part);
    if (!meaning || meaning.confidence < AUTO_APPLY_CONFIDENCE) return { value: null, status: 'unmapped', confidence: 0, note: `"${part}" is not a race code this app knows.` };
    if (meaning.value !== null) bits |= RACE_BITS[meaning.value] ?? 0;
  }
  return { value: String(bits), status: 'mapped', confidence: 0.95, note: null };
}

/** The value the SQL writes for a resolution: the canonical value, the not-reported marker, or null (unmapped). */
export function appliedValue(resolution: CodeResolution): string | null {
  switch (resolution.status) {
    case 'mapped':
    case 'kept':
      return resolution.value;
    case 'not_reported':
      return NOT_REPORTED;
    default:
      return null;
  }
}
