// The 1M-student synthetic district for the import benchmarks: generated once into os.tmpdir() (the same
// cache, keyed the same way, as the metrics benchmarks) and reused while the generator is unchanged.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BENCH_STUDENTS = 1_000_000;
export const BENCH_CACHE_DIR = path.join(os.tmpdir(), 'equitylens-bench');

function districtKey(): string {
  const dir = path.resolve('sample-data/generator');
  const hash = crypto.createHash('sha256');
  for (const file of fs.readdirSync(dir).sort()) hash.update(file).update(fs.readFileSync(path.join(dir, file)));
  return `district-s${BENCH_STUDENTS}-seed1729-y2022-2024-${hash.digest('hex').slice(0, 10)}`;
}

/** The district's folder, generating it first when it is not cached (about a minute on 2 cores). */
export function ensureBenchDistrict(): { dir: string; generatedSeconds: number | null } {
  const dir = path.join(BENCH_CACHE_DIR, districtKey());
  if (fs.existsSync(path.join(dir, '.complete'))) return { dir, generatedSeconds: null };
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('npx', ['tsx', 'sample-data/generator/generate.ts', '--out', dir, '--students', String(BENCH_STUDENTS)], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`The generator failed (exit ${result.status})`);
  fs.writeFileSync(path.join(dir, '.complete'), new Date().toISOString());
  return { dir, generatedSeconds: (performance.now() - started) / 1000 };
}
