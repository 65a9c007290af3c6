// The one pass over the file: every mapped column read, trimmed and turned into its field's type in a
// temporary staging table (one row per file row, in file order, so rowid gives the line). A value that
// cannot be read is kept beside it, to be counted and reported, never silently dropped.
import { quotedIdentifier } from '@duckdb/node-api';
import type { CanonicalColumn } from '../../../engine/canonical-schema';
import { kindSpec, type FieldSpec } from '../../kinds';
import { rawValueSql, suppressionMarkSql, withoutNullWords } from '../../source/raw-values';
import type { ImportSource } from '../../source/source-types';
import { NOT_REPORTED } from '../../values/code-resolution';
import type { Slot } from './slots';
import { SqlParams } from './sql-params';
import { valueSql, type ValueContext } from './value-sql';

export const STAGE_TABLE = 'import_stage';

const NUMERIC = new Set(['number', 'percent']);

/** The DuckDB type a field is staged (and loaded) as. */
export function stagedType(kind: string, field: FieldSpec): string {
  const canonical: CanonicalColumn | undefined = kindSpec(kind as never).table.columns.find((c) => c.name === field.field);
  if (canonical) return canonical.type;
  switch (field.valueKind) {
    case 'race_list':
      return 'INTEGER';
    case 'grade':
      return 'SMALLINT';
    case 'flag':
      return 'BOOLEAN';
    case 'number':
    case 'percent':
      return 'DOUBLE';
    default:
      return 'VARCHAR';
  }
}

export function stageSql(kind: string, source: ImportSource, slots: readonly Slot[], contextFor: (slot: Slot, params: SqlParams) => ValueContext): { sql: string; params: SqlParams } {
  const relation = source.relation({ captureRejects: source.capturesParseErrors });
  const params = new SqlParams(relation.params);
  const line = source.lineColumn ? `TRY_CAST(${quotedIdentifier(source.lineColumn)} AS BIGINT)` : 'CAST(NULL AS BIGINT)';
  const raws = slots.map((slot) => `${rawValueSql(source, slot.source)} AS r_${slot.id}`);
  const values = slots.map((slot) => `${valueSql(slot, `r_${slot.id}`, contextFor(slot, params))} AS x_${slot.id}`);
  const outputs = slots.map((slot) => {
    const type = stagedType(kind, slot.field);
    // A missing-value word ("NA") in a count is missing, not an unreadable value; a suppression mark
    // ("*", "<10") is a figure hidden by its publisher, kept as such (m_) rather than rejected.
    if (!slot.coded && NUMERIC.has(slot.field.valueKind)) {
      const mark = `coalesce(${suppressionMarkSql(`r_${slot.id}`)}, false)`;
      return `CAST(x_${slot.id} AS ${type}) AS v_${slot.id}, CASE WHEN x_${slot.id} IS NULL AND ${withoutNullWords(`r_${slot.id}`)} IS NOT NULL AND NOT ${mark} THEN r_${slot.id} END AS b_${slot.id}, (x_${slot.id} IS NULL AND ${mark}) AS m_${slot.id}`;
    }
    if (!slot.coded) return `CAST(x_${slot.id} AS ${type}) AS v_${slot.id}, CASE WHEN x_${slot.id} IS NULL AND ${withoutNullWords(`r_${slot.id}`)} IS NOT NULL THEN r_${slot.id} END AS b_${slot.id}`;
    // TRY_CAST: a number too large for its column (a performance level of 40000) is a bad value, not a crash.
    const marker = params.text(NOT_REPORTED);
    const value = `TRY_CAST(nullif(x_${slot.id}, ${marker}) AS ${type})`;
    return `${value} AS v_${slot.id}, CASE WHEN ${value} IS NULL AND r_${slot.id} IS NOT NULL AND x_${slot.id} IS DISTINCT FROM ${marker} THEN r_${slot.id} END AS b_${slot.id}`;
  });
  // Every column of the file is referenced (in _blank), so DuckDB's CSV reader reads whole rows: with a
  // subset of columns, a line it must reject (say, invalid UTF-8) hits an internal error in DuckDB 1.5 that
  // invalidates the database. _blank also marks rows with no value at all.
  const everyColumn = source.columns.map((c) => `${quotedIdentifier(c.name)} IS NULL`).join(' AND ');
  const inner = `SELECT ${[`${line} AS _line`, `(${everyColumn}) AS _blank`, ...raws].join(', ')} FROM (${relation.sql})`;
  const middle = `SELECT ${['_line', '_blank', ...slots.map((s) => `r_${s.id}`), ...values].join(', ')} FROM (${inner})`;
  const sql = `CREATE TEMP TABLE ${STAGE_TABLE} AS SELECT ${['_line', '_blank', ...outputs].join(', ')} FROM (${middle})`;
  return { sql, params };
}
