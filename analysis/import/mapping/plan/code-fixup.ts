// Codes the profile did not see (rows later in a big file): after staging, each distinct one is read with
// the same rules as the rest (resolveValue), and the staged rows holding it are updated in one statement.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportMapping } from '../../../api';
import { appliedValue, choicesFor, NOT_REPORTED, resolveValue } from '../../values/code-resolution';
import type { Slot } from './slots';
import { SqlParams } from './sql-params';
import { STAGE_TABLE, stagedType } from './stage-sql';

/** Distinct unseen values read per column; a column with more is not a code column (they stay unmapped). */
const MAX_DISTINCT = 100_000;
const BATCH = 1000;
const FIXES = 'import_code_fixes';

export async function fixUnseenCodes(connection: DuckDBConnection, mapping: ImportMapping, slots: readonly Slot[]): Promise<void> {
  for (const slot of slots.filter((s) => s.coded)) {
    const reader = await connection.runAndReadAll(`SELECT DISTINCT b_${slot.id} FROM ${STAGE_TABLE} WHERE b_${slot.id} IS NOT NULL LIMIT ${MAX_DISTINCT}`);
    const choices = choicesFor(slot.field.field, mapping.codes);
    const fixes = reader
      .getRowsJS()
      .map(([raw]) => ({ raw: String(raw), applied: appliedValue(resolveValue(slot.field, String(raw), choices, mapping.schoolYearIs)) }))
      .filter((f): f is { raw: string; applied: string } => f.applied !== null);
    if (fixes.length === 0) continue;
    await connection.run(`CREATE OR REPLACE TEMP TABLE ${FIXES} (raw VARCHAR, value VARCHAR)`);
    for (let start = 0; start < fixes.length; start += BATCH) {
      const params = new SqlParams();
      const rows = fixes.slice(start, start + BATCH).map((f) => `(${params.text(f.raw)}, ${params.text(f.applied)})`);
      await connection.run(`INSERT INTO ${FIXES} VALUES ${rows.join(', ')}`, params.values);
    }
    const params = new SqlParams();
    const type = stagedType(mapping.kind, slot.field);
    await connection.run(
      `UPDATE ${STAGE_TABLE} SET v_${slot.id} = TRY_CAST(nullif(f.value, ${params.text(NOT_REPORTED)}) AS ${type}), b_${slot.id} = NULL
       FROM ${FIXES} f WHERE ${STAGE_TABLE}.b_${slot.id} = f.raw AND (f.value = ${params.text(NOT_REPORTED)} OR TRY_CAST(f.value AS ${type}) IS NOT NULL)`,
      params.values,
    );
  }
  await connection.run(`DROP TABLE IF EXISTS ${FIXES}`);
}
