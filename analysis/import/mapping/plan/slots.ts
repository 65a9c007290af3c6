// Slots: one per mapped column (a field may take several: absence parts, survey items, report-card groups).
// Each slot stages a value and, when the value could not be read, the text that could not.
import type { ImportMapping } from '../../../api';
import { ImportFailure } from '../../import-failure';
import { kindSpec, type FieldSpec } from '../../kinds';
import { displayName } from '../../normalize';
import { isCoded } from '../../values/code-resolution';
import type { ImportSource } from '../../source/source-types';

export interface Slot {
  id: string;
  field: FieldSpec;
  source: string;
  coded: boolean;
  /** Wide layouts: the group of a count/percent/total column, or the item of a survey column. */
  group?: { groupType: string; groupValue: string };
  item?: string;
}

/** Fields a wide layout's columns carry, per kind. */
const WIDE_TARGETS: Record<string, ReadonlySet<string>> = {
  aggregates: new Set(['numerator', 'denominator', 'percent']),
  surveys: new Set(['response']),
};

export function planSlots(mapping: ImportMapping, source: ImportSource): Slot[] {
  const spec = kindSpec(mapping.kind);
  const known = new Set(source.columns.map((c) => c.name));
  const slots: Slot[] = [];
  const perField = new Map<string, number>();
  const wideTargets = mapping.layout === 'wide' ? (WIDE_TARGETS[mapping.kind] ?? new Set<string>()) : new Set<string>();
  for (const column of mapping.columns) {
    if (column.target === null) continue;
    if (!known.has(column.source)) throw new ImportFailure(`The mapping names a column "${displayName(column.source)}" that ${source.fileName} does not have.`);
    const field = spec.fields.find((f) => f.field === column.target);
    if (!field || field.derivedOnly) throw new ImportFailure(`"${displayName(column.target)}" is not a field of ${spec.label.toLowerCase()} that a column can fill.`);
    const count = perField.get(field.field) ?? 0;
    const wide = wideTargets.has(field.field);
    if (count > 0 && !field.repeatable && !wide) {
      throw new ImportFailure(`Two columns are mapped to ${field.label}; choose one (only absences may add up several columns).`);
    }
    if (wide && mapping.kind === 'aggregates' && !column.group) throw new ImportFailure(`Column "${displayName(column.source)}" needs a student group in a wide report-card layout.`);
    perField.set(field.field, count + 1);
    slots.push({
      id: `s${slots.length}`,
      field,
      source: column.source,
      coded: isCoded(field),
      ...(column.group ? { group: column.group } : {}),
      ...(wide && mapping.kind === 'surveys' ? { item: column.item ?? column.source } : {}),
    });
  }
  return slots;
}
