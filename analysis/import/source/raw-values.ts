// How a source column's text becomes a "raw value" everywhere (profiles, staging): trimmed, and missing
// when blank or a null word, so that "NA", "" and "  " all mean no value.
import { quotedIdentifier } from '@duckdb/node-api';
import { NULL_WORDS, type ImportSource } from './source-types';

const NULL_LIST = NULL_WORDS.filter((w) => w !== '').map((w) => `'${w.replace(/'/g, "''")}'`).join(', ');

export function rawValueSql(source: ImportSource, column: string): string {
  const trimmed = `trim(${quotedIdentifier(column)})`;
  // The CSV reader already turned exact null words into NULL; other readers did not.
  return source.nullWordsHandled ? `nullif(${trimmed}, '')` : `CASE WHEN ${trimmed} IN ('', ${NULL_LIST}) THEN NULL ELSE ${trimmed} END`;
}
