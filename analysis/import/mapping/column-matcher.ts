// Matches a file's headers to one kind's fields: the synonym dictionary gives a confidence, the column's
// sampled values raise or lower it (a "race" column whose codes the race dictionary knows is surely race).
import type { ImportKind } from '../../api';
import { synonymsFor, type Synonym } from './column-synonyms';
import { kindSpec, type FieldSpec } from '../kinds';
import { displayName, normalizeHeader } from '../normalize';
import { isCoded, resolveValue } from '../values/code-resolution';
import { detectDateFormats } from '../values/dates';
import type { ColumnProfile } from './column-profile';
import { senseProblem } from './column-sense';

export interface ColumnMatch {
  source: string;
  field: string;
  confidence: number;
  reason: string;
  yearIs?: 'start';
  part?: boolean;
}

/** Below this a match is not suggested at all. */
export const MIN_CONFIDENCE = 0.5;

function bestSynonym(header: string, synonyms: readonly Synonym[]): { synonym: Synonym; confidence: number; exact: boolean } | null {
  let best: { synonym: Synonym; confidence: number; exact: boolean } | null = null;
  for (const synonym of synonyms) {
    let confidence = 0;
    let exact = false;
    if (header === synonym.header) {
      confidence = synonym.confidence;
      exact = true;
    } else if (synonym.header.length >= 5 && header.length >= 5 && (header.includes(synonym.header) || synonym.header.includes(header))) {
      // "studentidnumber" holds "studentid": probably, not surely.
      confidence = synonym.confidence * 0.7;
    }
    if (confidence > (best?.confidence ?? 0)) best = { synonym, confidence, exact };
  }
  return best;
}

/** How well the sampled values fit the field (1 = all of them), or null when values say nothing. */
function valueFit(spec: FieldSpec, profile: ColumnProfile | undefined): number | null {
  if (!profile || profile.nonNull === 0) return null;
  if (isCoded(spec) && spec.valueKind !== 'integer' && !(spec.codes?.open ?? false)) {
    const known = profile.values.reduce((sum, { value, count }) => {
      const r = resolveValue(spec, value, new Map(), 'end');
      return sum + (r.status === 'unmapped' ? 0 : count);
    }, 0);
    const listed = profile.values.reduce((sum, v) => sum + v.count, 0);
    return listed === 0 ? null : known / listed;
  }
  if (spec.valueKind === 'number' || spec.valueKind === 'integer' || spec.valueKind === 'percent') return profile.numeric / profile.nonNull;
  if (spec.valueKind === 'id') {
    // Nested values (a Parquet struct or list read as text) are not ids.
    const nested = profile.values.filter(({ value }) => /^[{[]/.test(value)).reduce((sum, v) => sum + v.count, 0);
    return nested > 0 ? 1 - nested / profile.values.reduce((sum, v) => sum + v.count, 0) : null;
  }
  if (spec.valueKind === 'date') {
    const formats = detectDateFormats(profile.values);
    if (formats.length === 0) return 0;
    const dated = profile.values.filter(({ value }) => formats.some((f) => f.test.test(value.trim()))).reduce((sum, v) => sum + v.count, 0);
    return dated / profile.values.reduce((sum, v) => sum + v.count, 0);
  }
  return null;
}

export function matchColumns(kind: ImportKind, columns: readonly string[], profiles: ReadonlyMap<string, ColumnProfile>): ColumnMatch[] {
  const matches: ColumnMatch[] = [];
  for (const spec of kindSpec(kind).fields) {
    if (spec.derivedOnly) continue;
    const synonyms = synonymsFor(kind, spec.field);
    for (const source of columns) {
      const found = bestSynonym(normalizeHeader(source), synonyms);
      if (!found) continue;
      // Never suggest ids for counts or counts for ids, however the header reads.
      if (senseProblem(kind, spec.field, source, profiles.get(source))) continue;
      let confidence = found.confidence;
      const fit = valueFit(spec, profiles.get(source));
      if (fit !== null) confidence = fit >= 0.9 ? Math.min(0.99, confidence + 0.04) : fit < 0.5 ? confidence * 0.6 : confidence;
      if (confidence < MIN_CONFIDENCE) continue;
      const how = found.exact ? `header "${displayName(source, 40)}" is a ${found.synonym.source} name for it` : `header "${displayName(source, 40)}" contains a ${found.synonym.source} name for it`;
      const values = fit === null ? '' : fit >= 0.9 ? '; its values fit' : fit < 0.5 ? '; but few of its values fit' : '';
      matches.push({
        source,
        field: spec.field,
        confidence: Math.round(confidence * 100) / 100,
        reason: `${how}${values}`,
        ...(found.synonym.yearIs ? { yearIs: found.synonym.yearIs } : {}),
        ...(found.synonym.part ? { part: true } : {}),
      });
    }
  }
  return matches;
}

/**
 * Picks one field per column and one column per field (several for a repeatable field such as absences
 * split into excused and unexcused), most confident first. A total drops its parts.
 */
export function assignColumns(kind: ImportKind, matches: readonly ColumnMatch[]): ColumnMatch[] {
  const spec = kindSpec(kind);
  const sorted = [...matches].sort((a, b) => b.confidence - a.confidence);
  const usedColumns = new Set<string>();
  const usedFields = new Set<string>();
  const chosen: ColumnMatch[] = [];
  for (const match of sorted) {
    if (usedColumns.has(match.source)) continue;
    const field = spec.fields.find((f) => f.field === match.field)!;
    if (usedFields.has(match.field)) {
      // Only parts of a total share a field (excused + unexcused absences); two totals would count twice.
      const others = chosen.filter((m) => m.field === match.field);
      if (!field.repeatable || !match.part || others.some((m) => !m.part)) continue;
    }
    chosen.push(match);
    usedColumns.add(match.source);
    usedFields.add(match.field);
  }
  const totals = new Set(chosen.filter((m) => !m.part).map((m) => m.field));
  return chosen.filter((m) => !(m.part && totals.has(m.field)));
}
