// Findings that do not stop a row from loading: optional values that could not be read (loaded as missing),
// unmapped codes with their counts, and orphans (records of students, schools or staff the project does not have).
import { quotedIdentifier, type DuckDBConnection } from '@duckdb/node-api';
import type { ImportKind, QualityIssue, UnmappedCode } from '../../api';
import { kindSpec } from '../kinds';
import type { RecordSelect } from '../mapping/plan/record-select';
import type { Slot } from '../mapping/plan/slots';
import { SqlParams } from '../mapping/plan/sql-params';
import { STAGE_TABLE } from '../mapping/plan/stage-sql';
import { REJECTED_ROWS } from './reject-table';

/** How many example lines an issue lists. */
export const EXAMPLE_LINES = 10;

/** SQL for the file line of a staging row, given the row id and the staged line (XLSX sheet row) expressions. */
export type LineOf = (row: string, stagedLine: string) => string;

const numbers = (value: unknown): number[] => (Array.isArray(value) ? value.map(Number) : []);

/** Every code that no mapping covers, with how many rows have it (rejected or not). */
export async function unmappedCodes(connection: DuckDBConnection, slots: readonly Slot[]): Promise<UnmappedCode[]> {
  const found: UnmappedCode[] = [];
  for (const slot of slots.filter((s) => s.coded)) {
    const reader = await connection.runAndReadAll(`SELECT b_${slot.id}, count(*) FROM ${STAGE_TABLE} WHERE b_${slot.id} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 200`);
    for (const [code, count] of reader.getRowsJS()) found.push({ field: slot.field.field, column: slot.source, code: String(code).slice(0, 200), count: Number(count) });
  }
  return found;
}

/** Optional values that could not be read: the row loads with the value missing. */
export async function optionalValueIssues(connection: DuckDBConnection, kind: ImportKind, slots: readonly Slot[], lineOf: LineOf): Promise<QualityIssue[]> {
  const required = new Set(kindSpec(kind).fields.filter((f) => f.required).map((f) => f.field));
  const issues: QualityIssue[] = [];
  for (const slot of slots.filter((s) => !required.has(s.field.field) && s.field.field !== 'completion_status')) {
    const reader = await connection.runAndReadAll(
      `SELECT count(*), list(line ORDER BY line)[1:${EXAMPLE_LINES}] FROM (SELECT ${lineOf('rowid', '_line')} AS line FROM ${STAGE_TABLE} WHERE b_${slot.id} IS NOT NULL AND rowid NOT IN ${REJECTED_ROWS})`,
    );
    const [count, lines] = reader.getRowsJS()[0] ?? [0, []];
    if (Number(count) === 0) continue;
    const what = slot.coded ? `${Number(count).toLocaleString('en-US')} value(s) are codes that are not mapped` : `${Number(count).toLocaleString('en-US')} value(s) could not be read as ${slot.field.valueKind === 'date' ? 'dates' : slot.field.valueKind === 'id' ? 'ids' : 'numbers'}`;
    issues.push({
      check: slot.coded ? 'unmapped_code' : 'invalid_value',
      severity: 'warning',
      column: slot.source,
      count: Number(count),
      message: `${slot.field.label}: ${what}; those rows are loaded with the value missing.`,
      lines: numbers(lines),
    });
  }
  return issues;
}

interface OrphanRule {
  field: string;
  table: string;
  column: string;
  what: string;
}

const ORPHAN_RULES: Partial<Record<ImportKind, OrphanRule[]>> = {};
const studentRule: OrphanRule = { field: 'student_id', table: 'enrollment', column: 'student_id', what: 'students not in enrollment' };
const schoolRule: OrphanRule = { field: 'school_id', table: 'schools', column: 'school_id', what: 'schools not in the schools table' };
for (const kind of ['attendance', 'assessments', 'discipline', 'courses', 'graduation'] as const) ORPHAN_RULES[kind] = [studentRule, schoolRule];
ORPHAN_RULES.enrollment = [schoolRule];
ORPHAN_RULES.staff = [schoolRule];
ORPHAN_RULES.surveys = [schoolRule];
ORPHAN_RULES.training = [{ field: 'staff_id', table: 'staff', column: 'staff_id', what: 'staff not in the staff table' }];

export function orphanRules(kind: ImportKind): OrphanRule[] {
  return ORPHAN_RULES[kind] ?? [];
}

/** Loaded records that point at a student, school or staff member the project does not have (when it has any). */
export async function orphanIssues(connection: DuckDBConnection, kind: ImportKind, records: RecordSelect, recordParams: SqlParams, lineOf: LineOf): Promise<QualityIssue[]> {
  const issues: QualityIssue[] = [];
  for (const rule of orphanRules(kind)) {
    const table = quotedIdentifier(rule.table);
    const column = quotedIdentifier(rule.column);
    const filled = Number((await connection.runAndReadAll(`SELECT count(*) FROM (SELECT 1 FROM ${table} LIMIT 1)`)).getRowsJS()[0]?.[0] ?? 0);
    if (filled === 0) continue;
    const params = new SqlParams(recordParams.values);
    const reader = await connection.runAndReadAll(
      `SELECT count(*), list(line ORDER BY line)[1:${EXAMPLE_LINES}] FROM (
         SELECT ${lineOf('o._row', 'st._line')} AS line FROM (
           SELECT DISTINCT r._row FROM (${records.sql}) r ANTI JOIN (SELECT DISTINCT ${column} AS id FROM ${table}) t ON t.id = r.${quotedIdentifier(rule.field)}
           WHERE r.${quotedIdentifier(rule.field)} IS NOT NULL AND r._row NOT IN ${REJECTED_ROWS}) o
         JOIN ${STAGE_TABLE} st ON st.rowid = o._row)`,
      params.values,
    );
    const [count, lines] = reader.getRowsJS()[0] ?? [0, []];
    if (Number(count) === 0) continue;
    issues.push({
      check: 'orphan',
      severity: 'warning',
      column: rule.field,
      count: Number(count),
      message: `${Number(count).toLocaleString('en-US')} row(s) are for ${rule.what} (loaded; check the ids or import the missing ${rule.table} first).`,
      lines: numbers(lines),
    });
  }
  return issues;
}

/**
 * Text that starts like a spreadsheet formula (=HYPERLINK(...), +, @) is kept as plain text and never
 * evaluated here; it is flagged because a spreadsheet opening an export of it would run it.
 */
export async function formulaTextIssues(connection: DuckDBConnection, slots: readonly Slot[], lineOf: LineOf): Promise<QualityIssue[]> {
  const issues: QualityIssue[] = [];
  for (const slot of slots.filter((s) => s.field.valueKind === 'text')) {
    const reader = await connection.runAndReadAll(
      `SELECT count(*), list(line ORDER BY line)[1:${EXAMPLE_LINES}] FROM (SELECT ${lineOf('rowid', '_line')} AS line FROM ${STAGE_TABLE}
       WHERE regexp_matches(v_${slot.id}, '^[=+@]') AND rowid NOT IN ${REJECTED_ROWS})`,
    );
    const [count, lines] = reader.getRowsJS()[0] ?? [0, []];
    if (Number(count) === 0) continue;
    issues.push({
      check: 'formula_text',
      severity: 'warning',
      column: slot.source,
      count: Number(count),
      message: `${slot.field.label}: ${Number(count).toLocaleString('en-US')} value(s) look like spreadsheet formulas. They are kept as plain text and never evaluated; take care if you open an export of them in a spreadsheet.`,
      lines: numbers(lines),
    });
  }
  return issues;
}
