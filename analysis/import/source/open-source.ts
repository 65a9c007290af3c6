// Opens any supported export as an ImportSource: probe the bytes, then the reader for that format.
import type { DuckDBConnection } from '@duckdb/node-api';
import { ImportFailure } from '../import-failure';
import { openCsvSource } from './csv-source';
import { openDuckdbFileSource } from './duckdb-file-source';
import { probeFile } from './file-format';
import type { ImportSource } from './source-types';
import { makeTempFolder } from './temp-files';
import { openXlsxSource } from './xlsx-source';

export async function openSource(connection: DuckDBConnection, file: string, options: { sheet?: string } = {}): Promise<ImportSource> {
  const probe = probeFile(file);
  if (options.sheet !== undefined && probe.format !== 'xlsx') throw new ImportFailure(`${probe.fileName} is not a workbook, so it has no sheets to choose from.`);
  const temp = makeTempFolder();
  try {
    const source =
      probe.format === 'csv'
        ? await openCsvSource(connection, probe, temp)
        : probe.format === 'xlsx'
          ? await openXlsxSource(probe, temp, options.sheet)
          : await openDuckdbFileSource(connection, probe);
    return { ...source, dispose: () => temp.remove() };
  } catch (error) {
    temp.remove();
    throw error;
  }
}
