// Entry point: writes a fictional district's SIS-style exports, byte-for-byte identical for a given seed.
// usage: npx tsx sample-data/generator/generate.ts --out DIR [--students N] [--seed S] [--years 2022,2023,2024]
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseOptions } from './options';
import { generate } from './district-writer';
import { DISTRICT_NAME } from './names';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  console.log(`${DISTRICT_NAME}: ~${options.students} students a year, ${options.years.join(', ')}, seed ${options.seed}`);
  const files = await generate(options);
  let bytes = 0;
  for (const f of files) {
    const size = (await stat(f.file)).size;
    bytes += size;
    console.log(`${basename(f.file).padEnd(20)} ${String(f.rows).padStart(10)} rows ${(size / 1e6).toFixed(2).padStart(9)} MB`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${'total'.padEnd(20)} ${''.padStart(15)} ${(bytes / 1e6).toFixed(2).padStart(9)} MB in ${seconds} s -> ${options.out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
