// Every Explore chart's query on the sample district: p95 latency against the 50 ms budget.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { metricRequest, DEFAULT_VIEW, VIEW_KINDS } from '../../renderer/src/screens/explore/view-state';
import type { Benchmark, BenchRow } from './bench-types';

const RUNS = 40;

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;

export const benchmarks: Benchmark[] = [
  {
    name: 'explore chart queries (sample district)',
    async run(): Promise<BenchRow[]> {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'equitylens-bench-explore-'));
      const service = createService({ dataDir, sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'bench', host: 'cli' });
      try {
        const opened = await service.openSampleProject({});
        if (!opened.ok) throw new Error(opened.error.message);
        const latest = opened.value.schoolYears.at(-1)!;
        const rows: BenchRow[] = [];
        // The exact requests the Explore screen sends for each chart of its default metric.
        for (const view of VIEW_KINDS) {
          const request = metricRequest({ ...DEFAULT_VIEW, view }, latest);
          const times: number[] = [];
          for (let i = 0; i < RUNS; i++) {
            const started = performance.now();
            const result = await service.getMetricTable(request);
            times.push(performance.now() - started);
            if (!result.ok) throw new Error(`${view}: ${result.error.message}`);
          }
          rows.push({ measure: `${view} chart query p95 (${request.groupBy.join(' x ')})`, value: p95(times), unit: 'ms', budget: '< 50 ms', ratio: p95(times) / 50 });
        }
        return rows;
      } finally {
        await service.dispose();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  },
];
