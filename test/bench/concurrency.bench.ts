// Reads beside writes: the Explore chart query's latency on the sample district alone, while a 1M-row
// import runs into the same project, and when 50 requests arrive at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { metricRequest, DEFAULT_VIEW } from '../../renderer/src/screens/explore/view-state';
import type { Benchmark, BenchRow } from './bench-types';

const IMPORT_ROWS = 1_000_000;
const CONCURRENT = 50;

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * q) - 1)]!;

/** A 1M-row enrollment export for a school year the sample does not have (so it imports, not "duplicate"). */
function writeImportFile(dir: string): string {
  const file = path.join(dir, 'enrollment-1m.csv');
  const out = fs.openSync(file, 'w');
  try {
    fs.writeSync(out, 'StudentID,SchoolYear,SchoolCode,Grade,Gender,Race\n');
    for (let start = 0; start < IMPORT_ROWS; start += 100_000) {
      const lines: string[] = [];
      for (let i = start; i < start + 100_000; i++) lines.push(`${5000000 + i},2030-31,${101 + (i % 9)},${i % 13},${i % 2 ? 'F' : 'M'},${'ABHIPTW'[i % 7]}`);
      fs.writeSync(out, `${lines.join('\n')}\n`);
    }
  } finally {
    fs.closeSync(out);
  }
  return file;
}

/** The review screen's call: ratings, evidence and the data suggestions (metric queries) in one answer. */
async function timeReview(service: EquityLensService): Promise<number> {
  const started = performance.now();
  const result = await service.getReview({});
  if (!result.ok) throw new Error(result.error.message);
  return performance.now() - started;
}

async function timeChart(service: EquityLensService, request: ReturnType<typeof metricRequest>): Promise<number> {
  const started = performance.now();
  const result = await service.getMetricTable(request);
  if (!result.ok) throw new Error(result.error.message);
  return performance.now() - started;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'chart queries beside an import and under concurrent requests',
    async run(): Promise<BenchRow[]> {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'equitylens-bench-concurrency-'));
      const service = createService({ dataDir, sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'bench', host: 'cli' });
      try {
        const opened = await service.openSampleProject({});
        if (!opened.ok) throw new Error(opened.error.message);
        const request = metricRequest(DEFAULT_VIEW, opened.value.schoolYears.at(-1)!);
        const file = writeImportFile(dataDir);

        const alone: number[] = [];
        for (let i = 0; i < 30; i++) alone.push(await timeChart(service, request));

        const reviewAlone: number[] = [];
        for (let i = 0; i < 10; i++) reviewAlone.push(await timeReview(service));

        // A chart, then the review, one after another for as long as the import runs.
        let importing = true;
        const started = performance.now();
        const imported = service.runImport({ taskId: 'bench-import-1m', path: file, kind: 'enrollment' }).finally(() => (importing = false));
        const during: number[] = [];
        const reviewDuring: number[] = [];
        while (importing) {
          during.push(await timeChart(service, request));
          if (importing) reviewDuring.push(await timeReview(service));
        }
        const result = await imported;
        if (!result.ok) throw new Error(result.error.message);
        const importSeconds = (performance.now() - started) / 1000;

        const together: number[] = [];
        for (let round = 0; round < 4; round++) together.push(...(await Promise.all(Array.from({ length: CONCURRENT }, () => timeChart(service, request)))));

        return [
          { measure: 'chart query p95, alone', value: quantile(alone, 0.95), unit: 'ms', budget: '< 50 ms', ratio: quantile(alone, 0.95) / 50 },
          { measure: `chart query p95 while a ${IMPORT_ROWS.toLocaleString('en-US')}-row import runs (${during.length} charts in ${importSeconds.toFixed(1)} s)`, value: quantile(during, 0.95), unit: 'ms', budget: '< 1 s', ratio: quantile(during, 0.95) / 1000 },
          { measure: 'chart query max while the import runs', value: Math.max(...during), unit: 'ms' },
          { measure: 'review state (getReview, with data suggestions) p95, alone', value: quantile(reviewAlone, 0.95), unit: 'ms' },
          { measure: `review state p95 while the import runs (${reviewDuring.length} calls)`, value: quantile(reviewDuring, 0.95), unit: 'ms', budget: '< 1 s', ratio: quantile(reviewDuring, 0.95) / 1000 },
          { measure: `chart query p50, ${CONCURRENT} requests at once`, value: quantile(together, 0.5), unit: 'ms' },
          { measure: `chart query p95, ${CONCURRENT} requests at once`, value: quantile(together, 0.95), unit: 'ms' },
        ];
      } finally {
        await service.dispose();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
];
