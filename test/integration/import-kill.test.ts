// Crash safety: an import killed at a random moment (the whole process group, as a crash or a power cut
// would) leaves the project exactly as it was before the import or exactly as a finished import leaves it,
// never in between; and the next start removes the scratch the killed import left behind.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { isRunning } from '../../analysis/import/source/temp-files';
import { createService } from '../../analysis/service/create-service';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir('equitylens-kill-');
const CLI = path.resolve('analysis/cli/equitylens.mjs');
const env = { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') };
const BASE = path.join(temp.dir, 'base.duckdb');
const FILE = path.join(temp.dir, 'enrollment.csv');
/** Kill points, as fractions of a whole import's duration; a fixed seed keeps the run repeatable. */
const KILLS = 8;

/** The project's data tables by content; the import log by row count (its times differ run to run). */
async function state(file: string): Promise<string> {
  const database = await ProjectDatabase.open(file);
  try {
    const rows = await database.connection.runAndReadAll(
      "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema IN ('main', 'app') AND table_name NOT LIKE 'metric_%' ORDER BY 1",
    );
    const parts: string[] = [];
    for (const [name] of rows.getRowsJS()) {
      const table = String(name);
      const byContent = table.startsWith('main.');
      const sql = byContent ? `SELECT count(*), coalesce(bit_xor(hash(t)), 0) FROM ${table} t` : `SELECT count(*), 0 FROM ${table}`;
      const [count, hash] = (await database.connection.runAndReadAll(sql)).getRowsJS()[0] ?? [];
      parts.push(`${table}=${String(count)}:${String(hash)}`);
    }
    return parts.join('\n');
  } finally {
    database.close();
  }
}

function copyProject(target: string): string {
  fs.copyFileSync(BASE, target);
  return target;
}

let before: string;
let after: string;
let importSeconds: number;

beforeAll(async () => {
  const lines = ['StudentID,SchoolYear,SchoolCode,Grade,Gender'];
  for (let i = 0; i < 300_000; i++) lines.push(`${100000 + i},2023-24,${101 + (i % 5)},${i % 13},${i % 2 ? 'F' : 'M'}`);
  fs.writeFileSync(FILE, `${lines.join('\n')}\n`);
  expect(spawnSync(process.execPath, [CLI, 'init', BASE], { env }).status).toBe(0);
  expect(spawnSync(process.execPath, [CLI, 'import', BASE, path.resolve('test/fixtures/bad-input/header-quotes.csv')], { env }).status).toBe(0);
  before = await state(BASE);
  const finished = copyProject(path.join(temp.dir, 'finished.duckdb'));
  const started = Date.now();
  const run = spawnSync(process.execPath, [CLI, 'import', finished, FILE], { env, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  importSeconds = (Date.now() - started) / 1000;
  after = await state(finished);
  expect(after).not.toBe(before);
}, 300_000);
afterAll(() => temp.remove());

describe('an import killed at random points', () => {
  it(`leaves the project exactly before or exactly after, ${KILLS} times`, async () => {
    let seed = 12;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const outcomes = { before: 0, after: 0 };
    const killedPids: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      const project = copyProject(path.join(temp.dir, `killed-${k}.duckdb`));
      const child = spawn(process.execPath, [CLI, 'import', project, FILE], { env, stdio: 'ignore', detached: true });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, random() * importSeconds * 1000 * 1.1));
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // It had already finished: the "after" state.
      }
      await exited;
      killedPids.push(child.pid!);
      const now = await state(project);
      expect([before, after]).toContain(now);
      outcomes[now === before ? 'before' : 'after']++;
    }
    // The kills landed at different moments: at least one before the commit.
    expect(outcomes.before).toBeGreaterThan(0);
    // A new start sweeps what the killed imports left in the temp folder (it can hold student rows).
    await createService({ dataDir: env.EQUITYLENS_DATA_DIR, sampleDataDir: path.join(temp.dir, 'none'), builtSampleDir: path.join(temp.dir, 'none'), appVersion: 'test', host: 'cli' }).dispose();
    const left = fs.readdirSync(os.tmpdir()).filter((name) => killedPids.some((pid) => name.startsWith(`equitylens-import-${pid}-`)));
    expect(left).toEqual([]);
    for (const pid of killedPids) expect(isRunning(pid)).toBe(false);
  }, 600_000);
});
