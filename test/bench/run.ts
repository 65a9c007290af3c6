// `npm run bench [-- NAME] [-- --json FILE]`: runs every test/bench/*.bench.ts module (or those whose file
// name contains NAME) in turn and prints one table; --json also writes the record that the README's
// benchmark table is generated from. Performance is measured here, never by timed tests.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadAverage, machineFacts, textTable, type BenchRecord, type RecordedRow } from './bench-record';
import type { Benchmark } from './bench-types';

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArguments(argv: string[]): { only?: string; jsonFile?: string } {
  const options: { only?: string; jsonFile?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') {
      options.jsonFile = argv[++i];
      if (!options.jsonFile) throw new Error('--json needs a file name');
    } else options.only = argv[i];
  }
  return options;
}

async function main(): Promise<void> {
  const { only, jsonFile } = parseArguments(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const startLoad = loadAverage();
  console.error(`[bench] load average at start: ${startLoad.join(' / ')}`);
  const modules = fs
    .readdirSync(here)
    .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
    .sort();
  const rows: RecordedRow[] = [];
  for (const file of modules) {
    const { benchmarks } = (await import(pathToFileURL(path.join(here, file)).href)) as { benchmarks: Benchmark[] };
    for (const benchmark of benchmarks) {
      console.error(`[bench] ${benchmark.name} ...`);
      const started = performance.now();
      for (const row of await benchmark.run()) rows.push({ benchmark: benchmark.name, ...row });
      console.error(`[bench] ${benchmark.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  const endLoad = loadAverage();
  console.log(textTable(rows));
  console.log(`\nload average (1 / 5 / 15 min): ${startLoad.join(' / ')} at the start, ${endLoad.join(' / ')} at the end`);
  if (jsonFile) {
    const record: BenchRecord = { format: 1, startedAt, finishedAt: new Date().toISOString(), machine: machineFacts(), loadAverage: { start: startLoad, end: endLoad }, rows };
    fs.writeFileSync(jsonFile, `${JSON.stringify(record, null, 2)}\n`);
    console.error(`[bench] wrote ${jsonFile}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
