// What the isolated reader settles about a file (plain data, so it crosses the process boundary), and the
// ImportSource the importer reads through, built from it without touching the file again.
import type { ImportFileFormat } from '../../api';
import type { CsvPlan } from './csv-dialect';
import { csvSource } from './csv-source';
import { duckdbFileSource, type DuckdbFilePlan } from './duckdb-file-source';
import type { ImportSource } from './source-types';
import type { TempFolder } from './temp-files';
import { xlsxSource, type XlsxPlan } from './xlsx-source';

export interface ProbedFile {
  path: string;
  fileName: string;
  bytes: number;
  format: ImportFileFormat;
}

export type SourcePlan =
  | { file: ProbedFile; kind: 'csv'; csv: CsvPlan }
  | { file: ProbedFile; kind: 'xlsx'; xlsx: XlsxPlan }
  | { file: ProbedFile; kind: 'duckdb'; duckdb: DuckdbFilePlan };

export function sourceFromPlan(plan: SourcePlan, temp: TempFolder): ImportSource {
  switch (plan.kind) {
    case 'csv':
      return csvSource(plan.file, plan.csv, temp);
    case 'xlsx':
      return xlsxSource(plan.file, plan.xlsx, temp);
    default:
      return duckdbFileSource(plan.file, plan.duckdb);
  }
}
