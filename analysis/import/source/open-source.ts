// Opens any supported export as an ImportSource: the isolated reader checks and plans the file in a child
// process; the source built from that plan is what the import reads through.
import type { DuckDBConnection } from '@duckdb/node-api';
import { planIsolated } from './isolated-reader';
import { sourceFromPlan } from './source-plan';
import type { ImportSource } from './source-types';
import { makeTempFolder } from './temp-files';

export async function openSource(_connection: DuckDBConnection, file: string, options: { sheet?: string; signal?: AbortSignal } = {}): Promise<ImportSource> {
  const temp = makeTempFolder();
  try {
    const plan = await planIsolated({ path: file, sheet: options.sheet, tempDir: temp.dir }, options.signal);
    const source = sourceFromPlan(plan, temp);
    return { ...source, dispose: () => temp.remove() };
  } catch (error) {
    temp.remove();
    throw error;
  }
}
