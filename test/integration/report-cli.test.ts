// `equitylens report` as a user runs it: the full sample-district report printed by headless Chromium,
// checked with poppler (pages, tags, text) and saved as page images for people to look at.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { NO_BROWSER_MESSAGE } from '../../analysis/report/print/find-browser';
import { printReportPdf } from '../../analysis/report/print/print-report';
import { createService } from '../../analysis/service/create-service';
import { DOMAIN_NAMES, domainRatings, flat, pdfInfo, pdfPages, REPORT_PAGES_DIR, savePageImages } from '../support/poppler';
import { buildReviewedProject, ok } from '../support/reviewed-project';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const BIN = path.resolve('analysis/cli/equitylens.mjs');
const project = path.join(temp.dir, 'riverside.duckdb');
const dataDir = path.join(temp.dir, 'data');
let hashes: { fileName: string; sha256: string }[] = [];

function equitylens(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, EQUITYLENS_DATA_DIR: dataDir }, timeout: 180_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const service = createService({ dataDir, sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
  ok(await service.createProject({ path: project, name: 'Riverside equity review', districtName: 'Riverside Unified School District', withSampleData: true }));
  await buildReviewedProject(service);
  hashes = ok(await service.listImports({})).map((i) => ({ fileName: i.fileName, sha256: i.sha256 }));
  await service.dispose();
});
afterAll(() => temp.remove());

describe('equitylens report', () => {
  it('prints the full sample-district report: tagged, paged, every domain, its rating, the plan and the appendix', () => {
    const out = path.join(temp.dir, 'report.pdf');
    const run = equitylens('report', project, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*report\.pdf: \d+ pages, \d+ KiB, in [\d.]+ s\.\n$/);
    const info = pdfInfo(out);
    expect(info.tagged).toBe(true);
    expect(info.pageSize).toMatch(/^612 x 792 pts/);
    expect(info.pages).toBeGreaterThanOrEqual(18);
    expect(info.pages).toBeLessThanOrEqual(40);
    expect(run.stdout).toContain(`: ${info.pages} pages,`);
    expect(info.title).toBe('Systems Quality Review Through the Lens of Equity · Riverside Unified School District');

    const pages = pdfPages(out);
    expect(pages).toHaveLength(info.pages);
    const text = flat(pages.join('\n'));
    for (const name of DOMAIN_NAMES) expect(text).toContain(name);
    expect(domainRatings(pages)).toEqual(['1 Initiating', '2 Developing', '1 Initiating', '2 Developing']);
    expect(text).toContain('Executive summary');
    expect(text).toContain('Rubric heat map');
    expect(text).toContain('Action plan');
    expect(text).toContain('Universal gifted screening in grade 2');
    expect(text).toContain('Director of Advanced Learning');
    expect(text).toContain('Appendix: Methods and data');
    expect(text).toContain('Protecting student privacy');
    // The settings table records the state's reasonable-progress standard (the sample keeps the default).
    expect(flat(text)).toContain('Reasonable progress (significant disproportionality) not used (a flagged group is identified)');
    const enrollment = hashes.find((h) => h.fileName === 'enrollment.csv')!;
    expect(text).toContain('enrollment.csv');
    expect(text).toContain(enrollment.sha256.slice(0, 24));
    expect(text).toContain('53,943');
    // Every chart carries its text description (the seven linked charts and the rubric heat map) and its data table, as text.
    expect((text.match(/Text description\./g) ?? []).length).toBe(8);
    expect((text.match(/Data for “/g) ?? []).length).toBe(7);
    // Small groups appear as "<10", explained under the chart, never as their counts.
    expect(text).toContain('<10');
    expect(text).toMatch(/“<10” (and “\*” )?mark figures withheld to protect small groups/);
    // Page numbers in the footer of every page.
    pages.forEach((page, i) => expect(flat(page)).toContain(`Page ${i + 1} of ${info.pages}`));
    expect(text).not.toContain('INTERNAL');
    savePageImages(out, REPORT_PAGES_DIR, 'cli-letter');
  });

  it('prints on A4 from the internal view with the watermark on every page', () => {
    const out = path.join(temp.dir, 'internal-a4.pdf');
    const run = equitylens('report', project, '--out', out, '--paper', 'a4', '--internal');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('(internal: every page watermarked)');
    const info = pdfInfo(out);
    expect(info.pageSize).toMatch(/^59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(info.tagged).toBe(true);
    const pages = pdfPages(out);
    for (const [i, page] of pages.entries()) expect(flat(page), `page ${i + 1}`).toContain('INTERNAL: unsuppressed figures, not for distribution');
    savePageImages(out, REPORT_PAGES_DIR, 'cli-a4-internal');
  });

  it('explains what it needs in one line', () => {
    expect(equitylens('report', project)).toMatchObject({ code: 2, stderr: 'equitylens: Name the PDF to write: --out <file.pdf>.\n' });
    expect(equitylens('report', project, '--out', path.join(temp.dir, 'x.pdf'), '--paper', 'legal')).toMatchObject({ code: 2, stderr: 'equitylens: --paper must be letter or a4, not "legal".\n' });
    expect(equitylens('report', project, '--out', path.join(temp.dir, 'x.txt')).code).toBe(2);
    expect(fs.existsSync(path.join(temp.dir, 'x.pdf'))).toBe(false);
  });

  it('says what to install when there is no browser to print with', async () => {
    const service = createService({ dataDir, sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
    try {
      ok(await service.openProject({ path: project }));
      await expect(printReportPdf(service, { paper: 'letter', internal: false }, null)).rejects.toThrow(NO_BROWSER_MESSAGE);
    } finally {
      await service.dispose();
    }
  });
});
