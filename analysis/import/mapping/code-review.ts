// The code review: every distinct code in each mapped code column (as far as the profile saw), with its
// count and what it will become, so the user can confirm suggestions and map what is unmapped.
import type { ImportCodeReview, ImportMapping } from '../../api';
import { kindSpec } from '../kinds';
import { choicesFor, isCoded, resolveValue } from '../values/code-resolution';
import type { SourceProfile } from './column-profile';
import { itemPrefix } from './wide-layout';

export function reviewCodes(mapping: ImportMapping, profile: SourceProfile): ImportCodeReview[] {
  const spec = kindSpec(mapping.kind);
  const review: ImportCodeReview[] = [];
  for (const column of mapping.columns) {
    const field = spec.fields.find((f) => f.field === column.target);
    if (!field || !isCoded(field) || column.group || column.item) continue;
    const stats = profile.columns.get(column.source);
    if (!stats) continue;
    const choices = choicesFor(field.field, mapping.codes);
    for (const { value, count } of stats.values) {
      const r = resolveValue(field, value, choices, mapping.schoolYearIs);
      review.push({ field: field.field, column: column.source, code: value, count, value: r.value, status: r.status, confidence: r.confidence, note: r.note });
    }
    const blanks = profile.rows - stats.nonNull;
    if (blanks > 0 && field.valueKind === 'flag') {
      const r = resolveValue(field, null, choices, mapping.schoolYearIs);
      review.push({ field: field.field, column: column.source, code: '', count: blanks, value: r.value, status: r.status, confidence: r.confidence, note: r.note });
    }
  }
  if (mapping.kind === 'surveys' && mapping.layout === 'wide') review.push(...constructReview(mapping));
  return review;
}

/** Wide surveys: each item prefix (BEL in BEL_01) names its construct; count = items with that prefix. */
function constructReview(mapping: ImportMapping): ImportCodeReview[] {
  const field = kindSpec('surveys').fields.find((f) => f.field === 'construct')!;
  const choices = choicesFor('construct', mapping.codes);
  const prefixes = new Map<string, number>();
  for (const column of mapping.columns.filter((c) => c.target === 'response')) {
    const prefix = itemPrefix(column.item ?? column.source);
    prefixes.set(prefix, (prefixes.get(prefix) ?? 0) + 1);
  }
  return [...prefixes].map(([prefix, count]) => {
    const r = resolveValue(field, prefix, choices, mapping.schoolYearIs);
    return { field: 'construct', column: 'item prefix', code: prefix, count, value: r.value, status: r.status, confidence: r.confidence, note: r.status === 'kept' ? `Not a listed construct: "${prefix}" is kept as the construct.` : r.note };
  });
}

/** Construct of one survey item column, as the load writes it. */
export function itemConstruct(mapping: ImportMapping, item: string): string | null {
  const field = kindSpec('surveys').fields.find((f) => f.field === 'construct')!;
  const r = resolveValue(field, itemPrefix(item), choicesFor('construct', mapping.codes), mapping.schoolYearIs);
  return r.status === 'mapped' || r.status === 'kept' ? r.value : null;
}
