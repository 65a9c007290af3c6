// Foundation budgets (DESIGN.md section 9): Arrow encode + decode of a 1M-row result, and app start to
// first chart on the sample district (web host + real Chromium, the same renderer as the desktop app).
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { build } from 'vite';
import fs from 'node:fs';
import { queryToArrow } from '../../analysis/arrow/duckdb-to-arrow';
import { BUILT_SAMPLE_DIR } from '../../analysis/app-paths';
import { builtSampleProject } from '../../analysis/service/sample-project';
import { openBrowserSession } from '../support/browser-session';
import { SAMPLE_SOURCE } from '../support/sample-source';
import { makeTempDir } from '../support/temp-dir';
import type { Benchmark, BenchRow } from './bench-types';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const benchmarks: Benchmark[] = [
  {
    name: 'arrow transport (1M rows x 5 columns)',
    async run(): Promise<BenchRow[]> {
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      // The result is made first, so the figure is the transport (read, convert, serialise, decode), not the query's own work.
      await connection.run(
        `CREATE TABLE result AS SELECT i::INTEGER AS id, i / 7.0 AS rate, 'school-' || (i % 24) AS school, i % 3 = 0 AS flag, DATE '2024-01-01' + (i % 365)::INTEGER AS day FROM range(1000000) t(i)`,
      );
      const sql = 'SELECT * FROM result';
      const encode: number[] = [];
      const decode: number[] = [];
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const bytes = tableToIPC(await queryToArrow(connection, sql), 'stream');
        const encoded = performance.now();
        const rows = tableFromIPC(bytes).numRows;
        decode.push(performance.now() - encoded);
        encode.push(encoded - started);
        if (rows !== 1_000_000) throw new Error(`expected 1M rows, got ${rows}`);
      }
      connection.closeSync();
      instance.closeSync();
      const total = median(encode) + median(decode);
      return [
        { measure: 'read + DuckDB vectors to Arrow IPC (median of 3)', value: median(encode), unit: 'ms' },
        { measure: 'decode (tableFromIPC, median of 3)', value: median(decode), unit: 'ms' },
        { measure: 'encode + decode', value: total, unit: 'ms', budget: '< 300 ms', ratio: total / 300 },
      ];
    },
  },
  {
    name: 'app start to first chart (sample district)',
    async run(): Promise<BenchRow[]> {
      await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
      // The package ships the built sample (npm run build:sample); building it is timed on its own.
      fs.rmSync(BUILT_SAMPLE_DIR, { recursive: true, force: true });
      const building = performance.now();
      await builtSampleProject(SAMPLE_SOURCE);
      const buildMs = performance.now() - building;
      // One data folder for every run: after the first, the sample project exists, as it does for a user.
      const temp = makeTempDir('equitylens-bench-start-');
      const times: number[] = [];
      // The first start copies the shipped sample into the data folder; people meet that once, so it is reported on its own.
      let first = 0;
      for (let run = 0; run < 4; run++) {
        const session = await openBrowserSession('bench', undefined, temp.dir);
        try {
          const started = performance.now();
          await session.page.goto(session.app.host.url);
          await session.page.getByRole('button', { name: 'Open sample district' }).click();
          await session.page.locator('figure.chart-figure svg').first().waitFor({ timeout: 120_000 });
          const elapsed = performance.now() - started;
          if (run === 0) first = elapsed;
          else times.push(elapsed);
        } finally {
          await session.close();
        }
      }
      temp.remove();
      return [
        { measure: 'build the sample project (at packaging: npm run build:sample)', value: buildMs, unit: 'ms' },
        { measure: 'first start ever (copies the shipped sample project)', value: first, unit: 'ms', budget: '< 3 s', ratio: first / 3000 },
        { measure: 'start to first chart (median of 3, fresh app each time)', value: median(times), unit: 'ms', budget: '< 2 s', ratio: median(times) / 2000 },
      ];
    },
  },
];
