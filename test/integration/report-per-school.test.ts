// `equitylens report --per-school` on the sample district: one tagged PDF per school (24), each naming its school,
// carrying that school's findings and plan items and no other school's, and no count below the minimum group size.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchoolSummary } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { flat, pdfInfo, pdfPages, REPORT_PAGES_DIR, savePageImages } from '../support/poppler';
import { buildReviewedProject, ok } from '../support/reviewed-project';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const BIN = path.resolve('analysis/cli/equitylens.mjs');
const project = path.join(temp.dir, 'riverside.duckdb');
const dataDir = path.join(temp.dir, 'data');
const out = path.join(temp.dir, 'schools');
let service: EquityLensService;
let schools: SchoolSummary[] = [];
let stdout = '';

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: dataDir }, timeout: 600_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  service = createService({ dataDir, sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
  schools = ok(await service.createProject({ path: project, name: 'Riverside equity review', districtName: 'Riverside Unified School District', withSampleData: true })).schools;
  await buildReviewedProject(service);
  // A school team's own finding and plan item, at Frederick Douglass Elementary (0105).
  ok(await service.saveFinding({ finding: { domainId: 'd1', type: 'strength', title: 'Douglass cut suspensions with restorative circles', text: 'Referrals fell by a third after circles began.', criterionIds: ['1.2.3'], evidenceIds: [], schoolId: '0105' } }));
  ok(await service.saveActionItem({ item: { domainId: 'd1', criterionId: '1.2.3', title: 'Train every Douglass teacher in restorative circles', owner: 'Principal, Douglass Elementary', timeline: '2024-25', status: 'planned', benchmark: null, schoolId: '0105' } }));
  ok(await service.closeProject({}));
  const run = equitylens('report', project, '--per-school', '--out', out);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  stdout = run.stdout;
}, 900_000);
afterAll(async () => {
  await service?.dispose();
  temp.remove();
});

const fileOf = (school: SchoolSummary) => path.join(out, fs.readdirSync(out).find((f) => f.startsWith(`${school.schoolId}-`))!);

describe('equitylens report --per-school', () => {
  it('writes one tagged PDF per school, each naming its school on the cover and in its title', () => {
    expect(schools).toHaveLength(24);
    expect(stdout).toMatch(new RegExp(`^Wrote 24 school reports to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} in [\\d.]+ s:\\n`));
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.pdf'))).toHaveLength(24);
    for (const school of schools) {
      const file = fileOf(school);
      expect(stdout).toContain(`  ${path.basename(file)}  ${school.schoolName}, `);
      const info = pdfInfo(file);
      expect(info.tagged, school.schoolId).toBe(true);
      expect(info.title).toBe(`Systems Quality Review Through the Lens of Equity · ${school.schoolName} · Riverside Unified School District`);
      const pages = pdfPages(file);
      expect(flat(pages[0]!)).toContain(`School report: ${school.schoolName}`);
      expect(flat(pages.join(' '))).toContain(`School profile: ${school.schoolName}`);
    }
    expect(path.basename(fileOf(schools.find((s) => s.schoolId === '0103')!))).toBe('0103-cesar-chavez-elementary-school.pdf');
  });

  it('carries the school’s own findings and plan items, and no other school’s', () => {
    const douglass = flat(pdfPages(fileOf(schools.find((s) => s.schoolId === '0105')!)).join(' '));
    expect(douglass).toContain('Douglass cut suspensions with restorative circles');
    expect(douglass).toContain('Train every Douglass teacher in restorative circles');
    // The district summary opens it: the district's ratings and key findings.
    expect(douglass).toContain('Out-of-school suspension falls hardest on Black students');
    const other = flat(pdfPages(fileOf(schools.find((s) => s.schoolId === '0301')!)).join(' '));
    expect(other).not.toContain('Douglass cut suspensions');
    expect(other).not.toContain('Train every Douglass teacher');
    expect(other).toContain('No findings are recorded for this school yet.');
    savePageImages(fileOf(schools.find((s) => s.schoolId === '0105')!), REPORT_PAGES_DIR, 'school-0105');
  });

  it('shows no count below the minimum group size: every figure in every school’s report is published at the school’s size', async () => {
    const minimumN = 10;
    // Opened here and closed after: the command line cannot open a project another process holds.
    ok(await service.openProject({ path: project }));
    for (const school of schools) {
      // The printed tables are these rows: each count is withheld (null, printed coded) or at least the minimum.
      const model = ok(await service.getReportModel({ schoolId: school.schoolId }));
      expect(model.methods.suppression.minimumN).toBe(minimumN);
      const rows = model.dataProfile.flatMap((cluster) => cluster.charts.flatMap((chart) => chart.rows));
      expect(rows.length, school.schoolId).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.internal).toBe(false);
        for (const count of [row.numerator, row.denominator]) if (count !== null) expect(count, `${school.schoolId} ${row.group_label}`).toBeGreaterThanOrEqual(minimumN);
      }
      // And the PDF's own words: every "N = ..." a caption prints is at least the minimum.
      const text = flat(pdfPages(fileOf(school)).join(' '));
      for (const match of text.matchAll(/\bN = ([\d,]+)/g)) expect(Number(match[1]!.replace(/,/g, '')), school.schoolId).toBeGreaterThanOrEqual(minimumN);
    }
    ok(await service.closeProject({}));
  }, 300_000);

  it('prints one school with --school, and refuses an unknown school or a file for --out', () => {
    const one = path.join(temp.dir, 'one');
    const run = equitylens('report', project, '--per-school', '--school', '0105', '--out', one);
    expect(run.code).toBe(0);
    expect(fs.readdirSync(one)).toEqual(['0105-frederick-douglass-elementary-school.pdf']);
    const unknown = equitylens('report', project, '--per-school', '--school', '9999', '--out', one);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('equitylens: There is no school "9999" in this project. `equitylens info` lists them.\n');
    expect(equitylens('report', project, '--per-school', '--out', path.join(temp.dir, 'x.pdf')).stderr).toMatch(/--out names a folder/);
  }, 120_000);
});
