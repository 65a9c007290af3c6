// Probes an untrusted file, holds it to the limits, and settles how to read it (dialect, sheet, columns),
// then reads its first rows once the way the import will: everything that can crash or exhaust a reader
// happens here, inside the isolated reader process.
import type { DuckDBConnection } from '@duckdb/node-api';
import { ImportFailure } from '../import-failure';
import { planCsv } from './csv-dialect';
import { planDuckdbFile } from './duckdb-file-source';
import { probeFile } from './file-format';
import type { SourcePlan } from './source-plan';
import { sourceFromPlan } from './source-plan';
import type { TempFolder } from './temp-files';
// exceljs is loaded only for workbooks: the reader starts for every file, and most are text.

/** Rows read as a trial: enough to run every column's cast and the reader's whole query plan. */
const TRIAL_ROWS = 100;

export async function planSource(connection: DuckDBConnection, path: string, sheet: string | undefined, temp: TempFolder): Promise<SourcePlan> {
  const probe = probeFile(path);
  if (sheet !== undefined && probe.format !== 'xlsx') throw new ImportFailure(`${probe.fileName} is not a workbook, so it has no sheets to choose from.`);
  const file = { path: probe.path, fileName: probe.fileName, bytes: probe.bytes, format: probe.format };
  const plan: SourcePlan =
    probe.format === 'csv'
      ? { file, kind: 'csv', csv: await planCsv(connection, probe, temp) }
      : probe.format === 'xlsx'
        ? { file, kind: 'xlsx', xlsx: await (await import('./xlsx-convert')).planXlsx(probe, temp, sheet) }
        : { file, kind: 'duckdb', duckdb: await planDuckdbFile(connection, probe) };
  const relation = sourceFromPlan(plan, temp).relation({ limit: TRIAL_ROWS });
  await connection.run(`SELECT * FROM (${relation.sql})`, relation.params).catch(() => {
    // A reader that fails on the first rows fails the same way in the import, where the message is made.
  });
  return plan;
}
