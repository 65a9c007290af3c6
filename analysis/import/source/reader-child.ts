// Entry of the isolated reader process: settles how to read one untrusted file with a DuckDB of its own,
// under its own memory limit, and writes the plan (or the reason it refused) as JSON. If a native reader
// crashes, only this process dies; the service turns that into an import error.
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ServiceFailure } from '../../engine/service-failure';
import { MAX_TEMP_BYTES, READER_DUCKDB_MEMORY } from './limits';
import { planSource } from './plan-source';
import type { ReaderRequest, ReaderResponse } from './reader-protocol';
import { tempFolderAt } from './temp-files';

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as ReaderRequest;
  const temp = tempFolderAt(request.tempDir);
  const respond = (response: ReaderResponse) => fs.writeFileSync(path.join(request.tempDir, 'reader-response.json'), JSON.stringify(response));
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: READER_DUCKDB_MEMORY,
    temp_directory: path.join(request.tempDir, 'duckdb-spill'),
    max_temp_directory_size: `${Math.floor(MAX_TEMP_BYTES / 1024 ** 2)}MB`,
    autoinstall_known_extensions: 'false',
    allow_community_extensions: 'false',
  });
  const connection = await instance.connect();
  try {
    respond({ ok: true, plan: await planSource(connection, request.path, request.sheet, temp) });
  } catch (error) {
    // Only our own messages cross back: others can quote the file's contents.
    if (error instanceof ServiceFailure) respond({ ok: false, code: error.code, message: error.message });
    else respond({ ok: false, code: 'internal', message: null, memory: /out of memory|memory limit/i.test(error instanceof Error ? error.message : '') });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

// Not top-level await: the packaged app bundles this entry as CommonJS.
void main();
