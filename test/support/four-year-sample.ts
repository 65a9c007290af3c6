// The sample district with a fourth school year (2024-25): written by the sample generator once per version of
// the generator's code, and built into a project once per version of its files (both cached in the temp folder).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_VERSION, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import type { SampleSource } from '../../analysis/service/sample-project';
import { generate } from '../../sample-data/generator/district-writer';
import { DEFAULT_OUT, DEFAULT_SEED, DEFAULT_STUDENTS } from '../../sample-data/generator/options';
import { newestSource } from './sample-source';

export const FOUR_YEARS = [2022, 2023, 2024, 2025] as const;

const root = path.join(os.tmpdir(), 'equitylens-four-year-sample');
const generatorDir = path.resolve(DEFAULT_OUT, '..', 'generator');

/** A hash of the generator's code: a changed generator writes the district afresh. */
function generatorVersion(): string {
  const hash = crypto.createHash('sha256');
  for (const file of fs.readdirSync(generatorDir).filter((f) => f.endsWith('.ts')).sort()) hash.update(file).update(fs.readFileSync(path.join(generatorDir, file)));
  return hash.digest('hex').slice(0, 12);
}

/** Where the four-year district's files are (written now, in about 4 s, when missing) and where its built project goes. */
export async function fourYearSample(): Promise<SampleSource & { builtDir: string }> {
  const sampleDir = path.join(root, `district-${generatorVersion()}`);
  if (!fs.existsSync(sampleDir)) {
    // Written aside and renamed, so a test file running at the same time never reads half a district.
    const partial = `${sampleDir}.partial-${process.pid}`;
    await generate({ out: partial, students: DEFAULT_STUDENTS, seed: DEFAULT_SEED, years: [...FOUR_YEARS] });
    try {
      fs.renameSync(partial, sampleDir);
    } catch {
      fs.rmSync(partial, { recursive: true, force: true });
    }
  }
  const builtDir = path.join(root, 'built');
  // Built by an older engine: build again, as the global setup does for the committed sample.
  const stale = fs.existsSync(builtDir) && fs.readdirSync(builtDir).some((f) => fs.statSync(path.join(builtDir, f)).mtimeMs < newestSource(sampleDir));
  if (stale) fs.rmSync(builtDir, { recursive: true, force: true });
  return { sampleDir, builtDir, fallbackDir: builtDir, appVersion: APP_VERSION };
}

/**
 * What the district sends a year later: each file's rows of the four-year district that the committed sample does
 * not have (2024-25, and records of earlier hires completed since), header first, written into `dir`. Files with
 * nothing new (the school directory) are left out. Importing them into a project built from the committed sample
 * gives the four-year district.
 */
export async function fourthYearFiles(dir: string): Promise<string[]> {
  const { sampleDir } = await fourYearSample();
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const file of fs.readdirSync(SAMPLE_DATA_DIR).filter((f) => f.endsWith('.csv')).sort()) {
    const before = new Set(fs.readFileSync(path.join(SAMPLE_DATA_DIR, file), 'utf8').split('\n'));
    const [header, ...rows] = fs.readFileSync(path.join(sampleDir, file), 'utf8').split('\n');
    const added = rows.filter((line) => line !== '' && !before.has(line));
    if (added.length === 0) continue;
    fs.writeFileSync(path.join(dir, file), `${[header, ...added].join('\n')}\n`);
    written.push(file);
  }
  return written;
}
