// The importer's one error type: a sentence the user can act on, safe to show and log (no record data).
import { ServiceFailure } from '../engine/service-failure';
import type { ErrorCode } from '../api';

export class ImportFailure extends ServiceFailure {
  constructor(message: string, code: ErrorCode = 'bad_request') {
    super(code, message);
    this.name = 'ImportFailure';
  }
}

/**
 * An unexpected error while importing, as a sentence: its kind only, because DuckDB's messages can quote
 * the file's data. The transaction is rolled back, so nothing was changed.
 */
export function explainImportError(error: unknown): ServiceFailure {
  if (error instanceof ServiceFailure) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (/INTERRUPT/i.test(text)) return new ImportFailure('Cancelled. Nothing was changed.', 'cancelled');
  if (/out of memory|memory limit/i.test(text)) return new ImportFailure('The computer ran out of memory importing this file. Nothing was changed. Close other programs, or split the file.', 'internal');
  if (/No space left|disk/i.test(text)) return new ImportFailure('The disk is full. Nothing was changed. Free some space and try again.', 'internal');
  if (/CSV|sniff|dialect/i.test(text)) return new ImportFailure('This file could not be read as delimited text. Nothing was changed.');
  if (/JSON/i.test(text)) return new ImportFailure('This file could not be read as JSON records. Nothing was changed.');
  if (/parquet/i.test(text)) return new ImportFailure('This Parquet file could not be read (it may be damaged). Nothing was changed.');
  if (/ENOENT|no such file/i.test(text)) return new ImportFailure('The file is no longer there. Nothing was changed.', 'not_found');
  return new ImportFailure('This file could not be imported because of an unexpected problem reading it. Nothing was changed.', 'internal');
}
