// The records an import writes, as one SELECT over the staging table with each record's source row
// (_row): one record per row, or for wide layouts one per answered survey item or per student group.
import { quotedIdentifier } from '@duckdb/node-api';
import type { ImportKind } from '../../../api';
import { kindSpec } from '../../kinds';
import { FieldExpressions } from './field-expressions';
import type { Slot } from './slots';
import type { SqlParams } from './sql-params';
import { STAGE_TABLE } from './stage-sql';

export interface RecordSelect {
  /** SELECT _row, <every canonical column> ... (column names are the canonical ones). */
  sql: string;
  /** Canonical columns in table order. */
  columns: string[];
  derivations: FieldExpressions['derivations'];
}

export interface RecordInputs {
  kind: ImportKind;
  layout: 'rows' | 'wide';
  slots: readonly Slot[];
  params: SqlParams;
  constants: ReadonlyMap<string, string>;
  percentScale: number;
  responseMax: number | null;
  /** Wide surveys: construct of each item column (slot id -> construct). */
  itemConstructs: ReadonlyMap<string, string | null>;
}

const q = quotedIdentifier;

export function buildRecordSelect(inputs: RecordInputs): RecordSelect {
  const table = kindSpec(inputs.kind).table;
  const columns = table.columns.map((c) => c.name);
  const fields = new FieldExpressions(inputs);
  const typed = (name: string, sql: string | null) => {
    const type = table.columns.find((c) => c.name === name)!.type;
    return `CAST(${sql ?? 'NULL'} AS ${type}) AS ${q(name)}`;
  };
  if (inputs.layout === 'wide' && inputs.kind === 'surveys') return surveyItems(inputs, fields, columns, typed);
  if (inputs.layout === 'wide' && inputs.kind === 'aggregates') return aggregateGroups(inputs, fields, columns, typed);
  const select = columns.map((name) => typed(name, fields.column(name)));
  return { sql: `SELECT rowid AS _row, ${select.join(', ')} FROM ${STAGE_TABLE}`, columns, derivations: fields.derivations };
}

/** One column per item: UNPIVOT drops unanswered items (blank cells), so only answers become records. */
function surveyItems(inputs: RecordInputs, fields: FieldExpressions, columns: string[], typed: (name: string, sql: string | null) => string): RecordSelect {
  const items = inputs.slots.filter((s) => s.item !== undefined);
  const perRow = columns.filter((c) => !['item', 'response', 'construct', 'favorable'].includes(c));
  const base = `SELECT rowid AS _row, ${[...perRow.map((name) => typed(name, fields.column(name))), ...items.map((s) => `v_${s.id} AS ${q(`i_${s.id}`)}`)].join(', ')} FROM ${STAGE_TABLE}`;
  const { params } = inputs;
  const itemName = `CASE item_slot ${items.map((s) => `WHEN ${params.text(`i_${s.id}`)} THEN ${params.text(s.item!)}`).join(' ')} END`;
  const construct = `CASE item_slot ${items.map((s) => `WHEN ${params.text(`i_${s.id}`)} THEN ${params.text(inputs.itemConstructs.get(s.id) ?? null)}`).join(' ')} END`;
  const unpivoted = `(UNPIVOT (${base}) ON ${items.map((s) => q(`i_${s.id}`)).join(', ')} INTO NAME item_slot VALUE response)`;
  const select = columns.map((name) => {
    if (name === 'item') return typed(name, itemName);
    if (name === 'construct') return typed(name, construct);
    if (name === 'response') return typed(name, 'response');
    if (name === 'favorable') return typed(name, fields.favorable('response'));
    return q(name);
  });
  return { sql: `SELECT _row, ${select.join(', ')} FROM ${unpivoted}`, columns, derivations: fields.derivations };
}

/** One count (and percent, and total) column per group: one record per group a row has a figure for. */
function aggregateGroups(inputs: RecordInputs, fields: FieldExpressions, columns: string[], typed: (name: string, sql: string | null) => string): RecordSelect {
  const groups = new Map<string, { groupType: string; groupValue: string; slots: Slot[] }>();
  for (const slot of inputs.slots.filter((s) => s.group)) {
    const key = `${slot.group!.groupType}:${slot.group!.groupValue}`;
    const entry = groups.get(key) ?? { ...slot.group!, slots: [] };
    entry.slots.push(slot);
    groups.set(key, entry);
  }
  const { params } = inputs;
  // "Total Enrollment" beside per-group counts is the all-students total: every group's denominator,
  // not a record of its own (it has no count with the outcome).
  const all = groups.get('all:all');
  const allOnlyTotal = all && all.slots.every((s) => s.field.field === 'denominator');
  const sharedTotal = fields.base('denominator') ?? (allOnlyTotal ? `v_${all.slots[0]!.id}` : null);
  if (allOnlyTotal) groups.delete('all:all');
  const parts = [...groups.values()].map((group) => {
    const of = (field: string) => {
      const slot = group.slots.find((s) => s.field.field === field);
      return slot ? `v_${slot.id}` : null;
    };
    const numerator = of('numerator');
    const percent = of('percent');
    // The group's own total, else the row's total column: a percent gives a denominator only without both.
    const denominator = of('denominator') ?? (numerator ? sharedTotal : null);
    const values: Record<string, string | null> = {
      group_type: params.text(group.groupType),
      group_value: params.text(group.groupValue),
      numerator,
      denominator: fields.denominator(numerator, percent, denominator),
      denominator_derived: fields.denominatorDerived(numerator, percent, denominator),
      source_status: fields.sourceStatus(numerator, percent, denominator),
    };
    const own = [of('numerator'), of('percent'), of('denominator')].filter((v): v is string => v !== null);
    const present = [...[numerator, percent, denominator].filter((v): v is string => v !== null).map((v) => `${v} IS NOT NULL`), ...own.map((v) => `coalesce(m_${v.slice(2)}, false)`)];
    const select = columns.map((name) => typed(name, name in values ? (values[name] ?? null) : fields.column(name)));
    // A group whose cells are all empty has no record; one hidden by a suppression mark keeps its record.
    return `SELECT rowid AS _row, ${select.join(', ')} FROM ${STAGE_TABLE} WHERE ${present.join(' OR ')}`;
  });
  return { sql: parts.join(' UNION ALL '), columns, derivations: fields.derivations };
}
