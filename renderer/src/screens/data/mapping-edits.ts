// Pure edits of an import mapping as the user reviews it: a column's field, a code's meaning, a value for
// every row. The service re-checks whatever comes back; these only keep the screen consistent.
import type { ImportCodeReview, ImportFieldInfo, ImportMapping } from '../../../../analysis/api';

/** The mapping with `source` sent to `target` (null: not imported); a single-column field is taken from any other column. */
export function setColumnTarget(mapping: ImportMapping, fields: readonly ImportFieldInfo[], source: string, target: string | null): ImportMapping {
  const field = fields.find((f) => f.field === target);
  const columns = mapping.columns.map((column) => {
    if (column.source === source) {
      const { group: _group, item: _item, ...rest } = column;
      return { ...rest, target };
    }
    // Only absences may add up several columns; wide layouts keep their per-group columns.
    if (target !== null && column.target === target && !field?.repeatable && !column.group && column.item === undefined) return { ...column, target: null };
    return column;
  });
  if (!columns.some((c) => c.source === source)) columns.push({ source, target });
  return { ...mapping, columns };
}

/** The meaning of one code: a canonical value, or null for "not reported". */
export function setCodeChoice(mapping: ImportMapping, field: string, code: string, value: string | null): ImportMapping {
  const codes = mapping.codes.filter((c) => !(c.field === field && c.code === code));
  return { ...mapping, codes: [...codes, { field, code, value }] };
}

/** A value for every row of a field the file has no column for; '' removes it. */
export function setConstant(mapping: ImportMapping, field: string, value: string): ImportMapping {
  const constants = mapping.constants.filter((c) => c.field !== field);
  return { ...mapping, constants: value.trim() === '' ? constants : [...constants, { field, value: value.trim() }] };
}

/** The review row after the user's choice, so the table shows it straight away. */
export function reviewWithChoice(review: ImportCodeReview, value: string | null): ImportCodeReview {
  return { ...review, value, status: value === null ? 'not_reported' : 'mapped', confidence: 1, note: 'Your choice.' };
}

/** Codes the user still has to decide: unmapped, or only suggested. */
export function undecidedCodes(codes: readonly ImportCodeReview[]): ImportCodeReview[] {
  return codes.filter((c) => c.status === 'unmapped' || c.status === 'suggested');
}

export const NOT_REPORTED_KEY = '__not_reported__';
export const NOT_IMPORTED_KEY = '__not_imported__';
