// Which required fields a mapping leaves without a value, counting values the importer derives
// (the school year from an incident date, days absent from days present, groups from a wide layout).
import type { ImportKind, ImportMapping } from '../../api';
import { kindSpec } from '../kinds';

type Has = (field: string) => boolean;

const DERIVABLE: Partial<Record<ImportKind, Record<string, (has: Has, wide: boolean) => boolean>>> = {
  discipline: { school_year: (has) => has('incident_date') },
  attendance: { days_absent: (has) => has('days_present') && has('days_enrolled') },
  surveys: {
    item: (_has, wide) => wide,
    response: (_has, wide) => wide,
    construct: (has, wide) => wide || has('item'),
  },
  aggregates: {
    group_type: (has, wide) => wide || has('group'),
    group_value: (has, wide) => wide || has('group'),
  },
};

export function mappedFields(mapping: Pick<ImportMapping, 'columns' | 'constants'>): Set<string> {
  return new Set([...mapping.columns.flatMap((c) => (c.target ? [c.target] : [])), ...mapping.constants.map((c) => c.field)]);
}

/** Required fields with neither a column, a value for every row, nor a way to derive them. */
export function requiredGaps(mapping: Pick<ImportMapping, 'kind' | 'layout' | 'columns' | 'constants'>): string[] {
  const has = mappedFields(mapping);
  const wide = mapping.layout === 'wide';
  const derivable = DERIVABLE[mapping.kind] ?? {};
  return kindSpec(mapping.kind)
    .fields.filter((f) => f.required && !has.has(f.field) && !(derivable[f.field]?.((field) => has.has(field), wide) ?? false))
    .map((f) => f.field);
}

/** The field a derived value comes from, for reports: a school year from the incident date, and so on. */
const DERIVED_FROM: Partial<Record<ImportKind, Record<string, string>>> = {
  discipline: { school_year: 'incident_date' },
  attendance: { days_absent: 'days_present' },
  surveys: { construct: 'item' },
  aggregates: { group_type: 'group', group_value: 'group' },
};

export function derivedFrom(kind: ImportKind, field: string): string | null {
  return DERIVED_FROM[kind]?.[field] ?? null;
}
