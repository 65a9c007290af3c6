// `npm run bench`: runs every test/bench/*.bench.ts module in turn and prints one table of results.
// Performance is measured here, not by timed tests (DESIGN.md section 8).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark, BenchRow } from './bench-types';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const only = process.argv[2];
  const modules = fs
    .readdirSync(here)
    .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
    .sort();
  const results: (BenchRow & { benchmark: string })[] = [];
  for (const file of modules) {
    const { benchmarks } = (await import(pathToFileURL(path.join(here, file)).href)) as { benchmarks: Benchmark[] };
    for (const benchmark of benchmarks) {
      console.error(`[bench] ${benchmark.name} ...`);
      const started = performance.now();
      for (const row of await benchmark.run()) results.push({ benchmark: benchmark.name, ...row });
      console.error(`[bench] ${benchmark.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  console.log(table(results));
}

function table(rows: (BenchRow & { benchmark: string })[]): string {
  const headers = ['benchmark', 'measure', 'value', 'unit', 'budget', 'ratio'];
  const cells = rows.map((r) => [r.benchmark, r.measure, formatNumber(r.value), r.unit, r.budget ?? '', r.ratio === undefined ? '' : r.ratio.toFixed(2)]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => (i === 2 || i === 5 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

const formatNumber = (value: number): string => (Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
