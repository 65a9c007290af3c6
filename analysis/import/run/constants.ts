// Values given once for every row (a report card's measure, a file's school year): checked like the
// file's own values and bound as typed parameters.
import type { ImportMapping } from '../../api';
import { ImportFailure } from '../import-failure';
import { kindSpec } from '../kinds';
import { displayName } from '../normalize';
import { stagedType } from '../mapping/plan/stage-sql';
import type { SqlParams } from '../mapping/plan/sql-params';
import { isCoded, NOT_REPORTED, resolveValue } from '../values/code-resolution';

export function constantsSql(mapping: ImportMapping, params: SqlParams): Map<string, string> {
  const spec = kindSpec(mapping.kind);
  const constants = new Map<string, string>();
  for (const { field, value } of mapping.constants) {
    const fieldSpec = spec.fields.find((f) => f.field === field);
    if (!fieldSpec || fieldSpec.derivedOnly) throw new ImportFailure(`"${displayName(field)}" is not a field of ${spec.label.toLowerCase()}.`);
    let resolved: string | null = value.trim();
    if (isCoded(fieldSpec)) {
      const listed = fieldSpec.codes?.codes.some((c) => c.code === resolved) ?? false;
      const r = resolveValue(fieldSpec, value, new Map(), mapping.schoolYearIs);
      resolved = listed ? resolved : r.status === 'mapped' || r.status === 'kept' ? r.value : null;
      if (resolved === null || resolved === NOT_REPORTED) throw new ImportFailure(`"${displayName(value)}" is not a value ${fieldSpec.label} can take.`);
    } else if (fieldSpec.valueKind === 'number' && !Number.isFinite(Number(resolved))) {
      throw new ImportFailure(`"${displayName(value)}" is not a number for ${fieldSpec.label}.`);
    }
    constants.set(field, `CAST(${params.add(resolved)} AS ${stagedType(mapping.kind, fieldSpec)})`);
  }
  return constants;
}
