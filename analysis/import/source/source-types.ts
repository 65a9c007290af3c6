// What every reader gives the importer: the file's columns, and a SELECT over its rows as text, in file order.
import type { DuckDBValue } from '@duckdb/node-api';
import type { ImportFileFormat } from '../../api';

export interface SourceColumn {
  /** The column's name as read (duplicates numbered by DuckDB: id, id_1). */
  name: string;
  /** The type DuckDB sniffed (every value is read as text regardless). */
  type: string;
}

export interface SourceRelation {
  sql: string;
  params: DuckDBValue[];
}

/** Temporary tables where DuckDB's CSV reader puts the lines it could not parse. */
export const REJECT_ERRORS_TABLE = 'import_reject_errors';
export const REJECT_SCANS_TABLE = 'import_reject_scans';

export interface ImportSource {
  path: string;
  fileName: string;
  bytes: number;
  format: ImportFileFormat;
  encoding: string | null;
  delimiter: string | null;
  sheets: string[];
  sheet: string | null;
  headerRow: number | null;
  columns: SourceColumn[];
  notes: string[];
  /** The file line (or sheet row, or record number) of the first data row. */
  firstDataLine: number;
  /** A column of the relation holding each row's line number (XLSX sheet rows); null when rows count up from firstDataLine. */
  lineColumn: string | null;
  /** DuckDB keeps the lines it could not parse in REJECT_ERRORS_TABLE (delimited text only). */
  capturesParseErrors: boolean;
  /** Every column as VARCHAR named as in columns, in file order; with rejects captured when asked. */
  relation(options: { limit?: number; captureRejects?: boolean }): SourceRelation;
  /** Rows from all through a large file (same columns), to profile beside the first rows; null when there is none. */
  spreadSample(): SourceRelation | null;
  /** Readers leave words such as "NA" as text (only blank cells are missing); kept for readers that differ. */
  nullWordsHandled: boolean;
  dispose(): void;
}

/** Words that mean "no value" in exports (R's NA, SQL's NULL, Excel's #N/A, SAS's dot). */
export const NULL_WORDS = ['', 'NA', 'N/A', 'NULL', 'null', '#N/A', '.', 'NaN', 'nan', 'None'];
