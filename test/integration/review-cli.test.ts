// `equitylens review` and `equitylens template export|import` as a user runs them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());
const BIN = path.resolve('analysis/cli/equitylens.mjs');
const project = path.join(temp.dir, 'cli-review.duckdb');

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: path.join(temp.dir, 'data') }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeAll(async () => {
  // A review with a rating, an override and evidence, made through the service and then closed.
  const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
  ok(await service.createProject({ path: project, name: 'CLI review', districtName: 'Riverside', withSampleData: true }));
  ok(await service.setReviewer({ name: 'Sam Okafor' }));
  ok(await service.rateCriterion({ criterionId: '1.2.3', level: 'initiating', rationale: 'Matches the data.' }));
  ok(await service.overrideRollup({ scope: 'domain', id: 'd1', level: 'developing', reason: 'Strong recent progress.' }));
  ok(await service.addEvidence({ evidence: { kind: 'interview', title: 'Dean of students', source: 'Dean, Central High', date: '2024-03-01' }, criterionIds: ['1.2.3', '1.2.4'] }));
  await service.dispose();
});

describe('equitylens review', () => {
  it('--json gives ratings, rationales, evidence counts, roll-ups and progress', () => {
    const result = equitylens('review', project, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.format).toBe(1);
    expect(json.template).toEqual({ templateId: 'district-equity-sqr', version: 1, name: 'District Systems Quality Review: Equity Lens' });
    expect(json.reviewer).toBe('Sam Okafor');
    expect(json.progress.rated).toBe(1);
    expect(json.progress.total).toBe(41);
    expect(json.domains.map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4]);
    const d1 = json.domains[0];
    expect(d1.rollup).toMatchObject({ computed: 'initiating', effective: 'developing', override: { level: 'developing', reason: 'Strong recent progress.' } });
    const criterion = d1.clusters[1].criteria.find((c: { id: string }) => c.id === '1.2.3');
    expect(criterion.rating).toMatchObject({ level: 'initiating', rationale: 'Matches the data.', suggestedLevel: 'initiating', reviewer: 'Sam Okafor' });
    expect(criterion.suggestion.level).toBe('initiating');
    expect(criterion.evidence).toEqual({ total: 1, quantitative: 0, stakeholder_voice: 1, observation_document: 0 });
    expect(criterion.missingEvidence).toEqual(['quantitative', 'observation_document']);
    expect(json.evidence).toEqual({ total: 1, byKind: { interview: 1 } });
  });

  it('prints a readable summary', () => {
    const result = equitylens('review', project);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Domain 1: Student Learning and Development Outcomes - Developing \(override; computed Initiating: Strong recent progress\.\) \(1 of 13 rated\)/);
    expect(result.stdout).toMatch(/1\.2\.3\s+Initiating\s+Exclusionary discipline across racial and ethnic groups \[1 evidence\]/);
  });
});

describe('equitylens template', () => {
  it('exports the review template and imports it back as a new template', () => {
    const file = path.join(temp.dir, 'template.json');
    const exported = equitylens('template', 'export', project, file);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const template = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(template).toMatchObject({ schemaVersion: 1, id: 'district-equity-sqr', name: 'District Systems Quality Review: Equity Lens' });
    const imported = equitylens('template', 'import', project, file);
    expect(imported.code).toBe(0);
    expect(imported.stdout.trim()).toBe('Imported "District Systems Quality Review: Equity Lens" as template district-equity-sqr-2 version 1 (41 criteria in 4 domains).');
  });

  it('refuses a malformed template with the bad field named, and bad arguments, with exit 2', () => {
    const bad = path.join(temp.dir, 'bad.json');
    const template = JSON.parse(fs.readFileSync(path.join(temp.dir, 'template.json'), 'utf8'));
    delete template.domains[1].clusters[0].criteria[1].descriptors.developing;
    fs.writeFileSync(bad, JSON.stringify(template));
    const result = equitylens('template', 'import', project, bad);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('equitylens: The template was not imported. domains[1].clusters[0].criteria[1].descriptors.developing: required');
    for (const args of [
      ['template', 'import', project, path.join(temp.dir, 'missing.json')],
      ['template', 'export', project, path.join(temp.dir, 'no-such-folder', 't.json')],
      ['template', 'frobnicate', project, bad],
      ['template', 'export', project],
      ['review'],
      ['review', path.join(temp.dir, 'missing.duckdb')],
    ]) {
      const failure = equitylens(...args);
      expect(failure.code, args.join(' ')).toBe(2);
      expect(failure.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
