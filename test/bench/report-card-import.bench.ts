// Report-card import benchmark: a 1M-row wide report card in NYC DOE's school demographic snapshot layout
// (DBN, Year, Total Enrollment, then "# Group" and "% Group" per group), generated once into the temp
// folder by DuckDB, imported end to end (detect the wide layout, map, validate, one record per group and
// row, load), beside DuckDB's own CREATE TABLE ... AS SELECT * FROM read_csv on the same file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Benchmark, BenchRow } from './bench-types';
import { BENCH_CACHE_DIR } from './import-district';

const ROWS = 1_000_000;
const GROUPS = ['Asian and Pacific Islander', 'Black', 'Hispanic', 'Multi-Racial', 'Native American', 'White', 'Missing Race/Ethnicity Data'];

interface ChildResult {
  seconds: number;
  rowsRead: number;
  maxRssBytes: number;
}

/** The file, written once: every group's count is a share of the row's total, its percent count / total. */
async function ensureFile(): Promise<{ file: string; generatedSeconds: number | null }> {
  const file = path.join(BENCH_CACHE_DIR, `demographic-snapshot-wide-${ROWS}-v1.csv`);
  if (fs.existsSync(`${file}.complete`)) return { file, generatedSeconds: null };
  fs.mkdirSync(BENCH_CACHE_DIR, { recursive: true });
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const counts = GROUPS.map((g, i) => `(total * ${i + 1} // 28)::INTEGER AS "# ${g}", round((total * ${i + 1} // 28) / total, 3) AS "% ${g}"`).join(', ');
  await connection.run(
    `COPY (SELECT printf('%02dX%06d', i % 32 + 1, i) AS "DBN", 'School ' || i AS "School Name", '2025-26' AS "Year", total AS "Total Enrollment", ${counts}
           FROM (SELECT range AS i, (200 + hash(range) % 1800)::INTEGER AS total FROM range(${ROWS})))
     TO '${file.replace(/'/g, "''")}' (HEADER)`,
  );
  connection.closeSync();
  instance.closeSync();
  fs.writeFileSync(`${file}.complete`, new Date().toISOString());
  return { file, generatedSeconds: (performance.now() - started) / 1000 };
}

function child(script: string, file: string, project: string): ChildResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('test/bench', script), file, project], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status})`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as ChildResult;
}

const reportCardBenchmark: Benchmark = {
  name: 'Import, 1M-row wide report card',
  async run() {
    const rows: BenchRow[] = [];
    const { file, generatedSeconds } = await ensureFile();
    if (generatedSeconds !== null) rows.push({ measure: 'generate the 1M-row wide report card (once, cached)', value: generatedSeconds, unit: 's' });
    const project = path.join(BENCH_CACHE_DIR, 'report-card-bench.duckdb');
    const baseline = child('duckdb-baseline.ts', file, project);
    const imported = child('import-one-file.ts', file, project);
    rows.push(
      { measure: `rows read (${(imported.rowsRead / 1e6).toFixed(2)}M, ${GROUPS.length} groups each)`, value: imported.rowsRead, unit: 'rows' },
      { measure: "DuckDB's CREATE TABLE AS SELECT * FROM read_csv", value: baseline.seconds, unit: 's' },
      { measure: 'import end to end (wide layout: one record per group)', value: imported.seconds, unit: 's' },
      { measure: 'import time / DuckDB time', value: imported.seconds / baseline.seconds, unit: 'x' },
      { measure: 'import throughput', value: imported.rowsRead / imported.seconds, unit: 'rows/s' },
      { measure: 'import peak memory (resident, whole process)', value: imported.maxRssBytes / 1024 ** 2, unit: 'MB', budget: '< 1.5 GB', ratio: imported.maxRssBytes / (1.5 * 1024 ** 3) },
    );
    return rows;
  },
};

export const benchmarks: Benchmark[] = [reportCardBenchmark];
