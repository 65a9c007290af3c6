// `npm run bench:readme -- FILE`: regenerates the README's benchmark table from a `npm run bench -- --json FILE` record.
import path from 'node:path';
import { updateReadme, type BenchRecord } from './bench-record';
import fs from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run bench:readme -- <bench-record.json>');
  process.exit(2);
}
const record = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchRecord;
if (record.format !== 1 || !Array.isArray(record.rows)) {
  console.error(`${file} is not a bench record (format 1).`);
  process.exit(2);
}
updateReadme(path.resolve('README.md'), record);
console.error(`README.md: benchmark table regenerated from ${file} (${record.rows.length} figures).`);
