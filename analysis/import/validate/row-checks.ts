// Checks that decide which rows are not loaded, each as one set-based INSERT into the rejects table:
// lines DuckDB could not parse, required values that are missing or unreadable, unmapped codes in required
// fields, excluded rows (sessions not completed), impossible values.
import { quotedIdentifier, type DuckDBConnection } from '@duckdb/node-api';
import type { ImportKind } from '../../api';
import { kindSpec } from '../kinds';
import { derivedFrom } from '../mapping/requirements';
import { STAGE_TABLE } from '../mapping/plan/stage-sql';
import type { Slot } from '../mapping/plan/slots';
import { SqlParams } from '../mapping/plan/sql-params';
import type { RecordSelect } from '../mapping/plan/record-select';
import { REJECT_ERRORS_TABLE } from '../source/source-types';
import { IMPOSSIBLE_RULES } from './impossible-values';
import { REJECTS } from './reject-table';

export interface CheckContext {
  connection: DuckDBConnection;
  kind: ImportKind;
  slots: readonly Slot[];
  records: RecordSelect;
  /** Bound values of the records SQL; checks add theirs after these. */
  recordParams: SqlParams;
  /** Fields whose values come from the file (a column or a constant), not derived. */
  mappedFields: ReadonlySet<string>;
  /** The file's column for a field, for reports ("StudentID" rather than student_id). */
  columnOf(field: string): string;
}

/** DuckDB's CSV error kinds, in words (its own messages quote the line, which reports must not). */
const PARSE_MESSAGES: Record<string, string> = {
  'MISSING COLUMNS': 'The line has fewer fields than the header.',
  'TOO MANY COLUMNS': 'The line has more fields than the header.',
  'UNQUOTED VALUE': 'A field has a stray quote character (unbalanced quotes).',
  'LINE SIZE OVER MAXIMUM': 'The line is longer than 2 MB (a field that large is not data this app can use).',
  'INVALID ENCODING': "The line is not valid text in the file's encoding (the file mixes encodings).",
  'INVALID UNICODE': "The line is not valid text in the file's encoding (the file mixes encodings).",
  'UNTERMINATED QUOTE': 'A quoted field is never closed (unbalanced quotes).',
};

export async function rejectParseErrors(context: CheckContext): Promise<void> {
  const reader = await context.connection.runAndReadAll(`SELECT line, min(column_name), min(error_type) FROM ${REJECT_ERRORS_TABLE} GROUP BY line ORDER BY line`);
  const lines = reader.getRowsJS();
  // Many bad lines are inserted in batches to keep each statement small.
  for (let start = 0; start < lines.length; start += 500) {
    const params = new SqlParams();
    const rows = lines.slice(start, start + 500).map(([line, column, type]) => {
      const message = PARSE_MESSAGES[String(type)] ?? 'The line could not be read as a row of this file.';
      return `(CAST(${params.add(Number(line))} AS BIGINT), ${params.text(column === null ? null : String(column))}, ${params.text(message)})`;
    });
    await context.connection.run(`INSERT INTO ${REJECTS} (_row, line, field, reason, message) SELECT NULL, l, f, 'parse_error', m FROM (VALUES ${rows.join(', ')}) v(l, f, m)`, params.values);
  }
}

/** Required fields (and the training completion status) whose value could not be read or mapped. */
export async function rejectUnreadableValues(context: CheckContext): Promise<void> {
  const required = new Set(kindSpec(context.kind).fields.filter((f) => f.required).map((f) => f.field));
  for (const slot of context.slots) {
    if (!required.has(slot.field.field) && slot.field.field !== 'completion_status') continue;
    const params = new SqlParams();
    const column = params.text(slot.source);
    const message = slot.coded
      ? `'The code "' || left(b_${slot.id}, 60) || '" is not mapped to a ' || ${params.text(slot.field.label.toLowerCase())} || '.'`
      : params.text(unreadable(slot.field.valueKind, slot.field.label));
    const reason = slot.coded ? "'unmapped_code'" : "'invalid_value'";
    await context.connection.run(
      `INSERT INTO ${REJECTS} (_row, field, reason, message) SELECT rowid, ${column}, ${reason}, ${message} FROM ${STAGE_TABLE} WHERE b_${slot.id} IS NOT NULL`,
      params.values,
    );
  }
}

function unreadable(valueKind: string, label: string): string {
  switch (valueKind) {
    case 'id':
      return `${label} is not a usable id (longer than 200 characters, or a spreadsheet formula).`;
    case 'date':
      return `${label} is not a date.`;
    case 'number':
    case 'percent':
      return `${label} is not a number.`;
    default:
      return `${label} could not be read.`;
  }
}

/**
 * Required canonical values that are missing after mapping (blank, "not reported", or nothing to derive
 * from): one pass over the records, each missing field a reject unless that field was rejected already.
 */
export async function rejectMissing(context: CheckContext): Promise<void> {
  const spec = kindSpec(context.kind);
  const required = spec.fields.filter((f) => f.required && !f.helper);
  if (required.length === 0) return;
  const params = new SqlParams(context.recordParams.values);
  const entries = required.map((field) => {
    const source = context.mappedFields.has(field.field) ? null : derivedFrom(context.kind, field.field);
    const sourceLabel = spec.fields.find((f) => f.field === source)?.label.toLowerCase();
    const column = params.text(context.columnOf(source ?? field.field));
    const message = params.text(source ? `${field.label} could not be derived: the ${sourceLabel} is missing or could not be read.` : `${field.label} is missing.`);
    return { is: `r.${quotedIdentifier(field.field)} IS NULL`, value: `{'field': ${column}, 'message': ${message}}` };
  });
  const missing = `list_filter([${entries.map((e) => `CASE WHEN ${e.is} THEN ${e.value} END`).join(', ')}], x -> x IS NOT NULL)`;
  await context.connection.run(
    `INSERT INTO ${REJECTS} (_row, field, reason, message)
     SELECT m._row, m.item.field, 'missing_required', m.item.message FROM (
       SELECT DISTINCT _row, unnest(missing) AS item FROM (SELECT r._row, ${missing} AS missing FROM (${context.records.sql}) r WHERE ${entries.map((e) => e.is).join(' OR ')})) m
     WHERE NOT EXISTS (SELECT 1 FROM ${REJECTS} x WHERE x._row = m._row AND x.field = m.item.field)`,
    params.values,
  );
}

/** Training logs: a session that was not completed is not a training record. */
export async function rejectExcluded(context: CheckContext): Promise<void> {
  const status = context.slots.find((s) => s.field.field === 'completion_status');
  if (!status) return;
  const params = new SqlParams();
  await context.connection.run(
    `INSERT INTO ${REJECTS} (_row, field, reason, message) SELECT rowid, ${params.text(status.source)}, 'excluded', ${params.text('Not a completed session: only completed sessions are training records.')}
     FROM ${STAGE_TABLE} WHERE v_${status.id} = 'not_completed'`,
    params.values,
  );
}

export async function rejectImpossible(context: CheckContext): Promise<void> {
  const rules = IMPOSSIBLE_RULES[context.kind].filter((rule) => !rule.needs || rule.needs.every((f) => context.mappedFields.has(f)));
  if (rules.length > 0) {
    const params = new SqlParams(context.recordParams.values);
    const entries = rules.map((rule) => ({ when: `(${rule.when})`, value: `{'field': ${params.text(context.columnOf(rule.field))}, 'message': ${params.text(rule.message)}}` }));
    // One pass: the first rule a record breaks is its reason.
    const broken = `CASE ${entries.map((e) => `WHEN ${e.when} THEN ${e.value}`).join(' ')} END`;
    await context.connection.run(
      `INSERT INTO ${REJECTS} (_row, field, reason, message)
       SELECT DISTINCT _row, item.field, 'impossible_value', item.message FROM (
         SELECT r._row, ${broken} AS item FROM (${context.records.sql}) r WHERE r._row NOT IN (SELECT _row FROM ${REJECTS} WHERE _row IS NOT NULL)
       ) WHERE item IS NOT NULL`,
      params.values,
    );
  }
  const percentSlots = context.slots.filter((s) => s.field.field === 'percent');
  for (const slot of percentSlots) {
    const params = new SqlParams();
    await context.connection.run(
      `INSERT INTO ${REJECTS} (_row, field, reason, message) SELECT rowid, ${params.text(slot.source)}, 'impossible_value', ${params.text('A percent must be from 0 to 100.')}
       FROM ${STAGE_TABLE} WHERE (v_${slot.id} < 0 OR v_${slot.id} > 100) AND rowid NOT IN (SELECT _row FROM ${REJECTS} WHERE _row IS NOT NULL)`,
      params.values,
    );
  }
}
