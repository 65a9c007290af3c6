// Duplicate keys: a second record for the same student and year (or school, incident, ...) in the file is not
// loaded, and neither is one that repeats a record already in the project, unless the file replaces it.
import { quotedIdentifier, type DuckDBConnection } from '@duckdb/node-api';
import type { ImportKind } from '../../api';
import { kindSpec } from '../kinds';
import type { RecordSelect } from '../mapping/plan/record-select';
import { SqlParams } from '../mapping/plan/sql-params';
import { STAGE_TABLE } from '../mapping/plan/stage-sql';
import type { LineOf } from './issues';
import { REJECTED_ROWS, REJECTS } from './reject-table';

const q = quotedIdentifier;

export function keyColumns(kind: ImportKind): string[] {
  return [...kindSpec(kind).table.key];
}

/** Later records with the key of an earlier record in the same file. */
export async function rejectDuplicatesInFile(connection: DuckDBConnection, kind: ImportKind, records: RecordSelect, recordParams: SqlParams, lineOf: LineOf, wide: boolean): Promise<void> {
  // A wide row writes several records: only records from different rows can be duplicates.
  const key = keyColumns(kind).map(q).join(', ');
  const params = new SqlParams(recordParams.values);
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE import_dup_keys AS
     SELECT ${key} FROM (${records.sql}) WHERE _row NOT IN ${REJECTED_ROWS} GROUP BY ALL HAVING ${wide ? 'count(DISTINCT _row)' : 'count(*)'} > 1`,
    params.values,
  );
  try {
    const found = Number((await connection.runAndReadAll('SELECT count(*) FROM import_dup_keys')).getRowsJS()[0]?.[0] ?? 0);
    if (found === 0) return;
    const label = params.text(keyColumns(kind).join(', '));
    const join = keyColumns(kind).map((k) => `r.${q(k)} IS NOT DISTINCT FROM d.${q(k)}`).join(' AND ');
    await connection.run(
      `INSERT INTO ${REJECTS} (_row, field, reason, message)
       SELECT dup._row, ${label}, 'duplicate_key', 'The same ' || ${label} || ' as line ' || ${lineOf('dup.first_row', 'st._line')} || '.'
       FROM (SELECT r._row, min(r._row) OVER (PARTITION BY ${keyColumns(kind).map((k) => `r.${q(k)}`).join(', ')}) AS first_row
             FROM (${records.sql}) r SEMI JOIN import_dup_keys d ON ${join} WHERE r._row NOT IN ${REJECTED_ROWS}) dup
       JOIN ${STAGE_TABLE} st ON st.rowid = dup.first_row
       WHERE dup._row <> dup.first_row`,
      params.values,
    );
  } finally {
    await connection.run('DROP TABLE IF EXISTS import_dup_keys');
  }
}

/** Records whose key is already in the table (from another file): not loaded twice. */
export async function rejectDuplicatesOfExisting(connection: DuckDBConnection, kind: ImportKind, records: RecordSelect, recordParams: SqlParams): Promise<void> {
  const table = q(kindSpec(kind).table.name);
  const present = Number((await connection.runAndReadAll(`SELECT count(*) FROM (SELECT 1 FROM ${table} LIMIT 1)`)).getRowsJS()[0]?.[0] ?? 0);
  if (present === 0) return;
  const params = new SqlParams(recordParams.values);
  const label = params.text(keyColumns(kind).join(', '));
  const join = keyColumns(kind).map((k) => `t.${q(k)} IS NOT DISTINCT FROM r.${q(k)}`).join(' AND ');
  await connection.run(
    `INSERT INTO ${REJECTS} (_row, field, reason, message)
     SELECT DISTINCT r._row, ${label}, 'duplicate_key', 'A record with the same ' || ${label} || ' is already in the project (from another import).'
     FROM (${records.sql}) r SEMI JOIN ${table} t ON ${join} WHERE r._row NOT IN ${REJECTED_ROWS}`,
    params.values,
  );
}

/** Replacing a file imported before: its earlier records (the same keys) are removed first. */
export async function deleteReplacedRecords(connection: DuckDBConnection, kind: ImportKind, records: RecordSelect, recordParams: SqlParams): Promise<number> {
  const table = q(kindSpec(kind).table.name);
  const keys = keyColumns(kind);
  const join = keys.map((k) => `${table}.${q(k)} IS NOT DISTINCT FROM r.${q(k)}`).join(' AND ');
  const result = await connection.run(
    `DELETE FROM ${table} WHERE EXISTS (SELECT 1 FROM (${records.sql}) r WHERE r._row NOT IN ${REJECTED_ROWS} AND ${join})`,
    recordParams.values,
  );
  return Number(result.rowsChanged);
}
