// The rejects of one import while it runs: a temporary table of (row, line, column, reason, message), and
// the SQL that turns a staging row into its line in the file.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportSource } from '../source/source-types';
import { REJECT_ERRORS_TABLE } from '../source/source-types';

export const REJECTS = 'import_rejects_stage';
const SHIFT = 'import_line_shift';

export async function createRejectTables(connection: DuckDBConnection, source: ImportSource, parseErrors: boolean): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${REJECTS} (_row BIGINT, line BIGINT, field VARCHAR, reason VARCHAR NOT NULL, message VARCHAR NOT NULL)`);
  // Lines DuckDB could not parse are not in the staging table: each one moves later rows down a line.
  // threshold_i = good rows before the i-th bad line; a staged row k sits below every bad line with threshold <= k.
  await connection.run(
    parseErrors
      ? `CREATE OR REPLACE TEMP TABLE ${SHIFT} AS SELECT line - ${source.firstDataLine} - (row_number() OVER (ORDER BY line) - 1) AS threshold FROM (SELECT DISTINCT line FROM ${REJECT_ERRORS_TABLE})`
      : `CREATE OR REPLACE TEMP TABLE ${SHIFT} (threshold BIGINT)`,
  );
}

export async function dropRejectTables(connection: DuckDBConnection): Promise<void> {
  await connection.run(`DROP TABLE IF EXISTS ${REJECTS}; DROP TABLE IF EXISTS ${SHIFT}`);
}

/**
 * The file line of staging row `row` (an expression), given the staged _line when the reader had one.
 * Lines count physical lines; a quoted field that spans lines, or a blank line, moves later rows down
 * (the report says so when the file has either).
 */
export function lineOf(source: ImportSource, row: string, stagedLine: string, hasParseErrors: boolean, firstRowId: bigint): string {
  // Rows written inside a transaction have row ids from a large base: the index is the distance from the first.
  const index = `(${row} - ${firstRowId.toString()})`;
  const shift = hasParseErrors ? ` + (SELECT count(*) FROM ${SHIFT} WHERE threshold <= ${index})` : '';
  return `coalesce(${stagedLine}, ${source.firstDataLine} + ${index}${shift})`;
}

/** Rows (staging rowids) already rejected, for NOT IN filters. */
export const REJECTED_ROWS = `(SELECT _row FROM ${REJECTS} WHERE _row IS NOT NULL)`;
