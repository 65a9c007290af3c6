// Browser scenario: Export PDF on the web host. A reviewed sample-district project is opened in the app, the
// Report screen's Export PDF button is clicked, the browser receives the file as a download, and poppler
// reads it as a reader's tools would: tagged, "Page N of M" on every page, the cover on page 1, nothing from
// the app's frame, and contents lines whose page numbers are the pages their headings are on.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService } from '../../analysis/service/create-service';
import { launchChromium } from '../support/chromium';
import { contentsLines, flat, loose, pdfInfo, pdfLayoutPage, pdfPages, REPORT_PAGES_DIR, savePageImages } from '../support/poppler';
import { buildReviewedProject, ok } from '../support/reviewed-project';
import { makeTempDir } from '../support/temp-dir';
import { SCREENSHOT_DIR, startWebApp, type RunningWebApp } from '../support/web-app';

const temp = makeTempDir('equitylens-export-');
const project = path.join(temp.dir, 'riverside.duckdb');
const OUTPUT = path.resolve('test-output');
let app: RunningWebApp;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const service = createService({ dataDir: path.join(temp.dir, 'setup'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
  ok(await service.createProject({ path: project, name: 'Riverside equity review', districtName: 'Riverside Unified School District', withSampleData: true }));
  await buildReviewedProject(service);
  await service.dispose();
  app = await startWebApp();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 }, acceptDownloads: true });
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  temp.remove();
});

describe('Export PDF on the web host', () => {
  let file = '';

  it('downloads the PDF the service printed when Export PDF is clicked', async () => {
    await page.goto(app.host.url);
    // The project was built by the service beforehand; a reviewer opens it by its path.
    await page.getByRole('button', { name: 'Open review…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Project file on this computer' }).fill(project);
    await dialog.getByRole('button', { name: /^Open/ }).click();
    await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor({ timeout: 90_000 });
    await page.getByRole('link', { name: 'Report' }).click();
    await page.getByRole('heading', { name: 'Report', level: 1 }).waitFor();
    await page.getByLabel('Report preview').getByRole('heading', { name: 'Executive summary', level: 1 }).waitFor({ timeout: 90_000 });
    const download = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const received = await download;
    expect(received.suggestedFilename()).toBe('riverside-equity-review-report.pdf');
    fs.mkdirSync(OUTPUT, { recursive: true });
    file = path.join(OUTPUT, 'report-web-export.pdf');
    await received.saveAs(file);
    await page.getByRole('status').filter({ hasText: 'Saved riverside-equity-review-report.pdf.' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'report-export.png') });
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  }, 300_000);

  it('is tagged, numbered "Page N of M", and opens on the cover with nothing from the app frame', () => {
    const info = pdfInfo(file);
    expect(info.tagged).toBe(true);
    expect(info.pageSize).toMatch(/^612 x 792 pts/);
    const pages = pdfPages(file);
    expect(pages).toHaveLength(info.pages);
    pages.forEach((text, i) => expect(flat(text), `page ${i + 1}`).toContain(`Page ${i + 1} of ${info.pages}`));
    const cover = flat(pages[0]!);
    for (const words of ['Riverside Unified School District', 'Systems Quality Review Through the Lens of Equity', 'Review period', 'September 16 to December 13, 2024', 'Riverside Board of Education']) {
      // Labels print upper-cased by their style ("REVIEW PERIOD").
      expect(cover.toLowerCase()).toContain(words.toLowerCase());
    }
    const all = flat(pages.join(' '));
    for (const frame of ['Close review', 'Export PDF', 'Open print view', 'Back to the Report screen', 'Overview Data Explore Review Findings Report', 'Findings and plan (XLSX)', 'Internal view']) {
      expect(all).not.toContain(frame);
    }
  });

  it('has contents lines ending in the page numbers where their headings are', () => {
    const lines = contentsLines(file);
    expect(lines.map((l) => l.title)).toEqual([
      'Executive summary',
      'Domain 1: Student Learning and Development Outcomes',
      'Domain 2: Leadership, Management, and Accountability',
      'Domain 3: Curriculum, Instruction, and Assessment',
      'Domain 4: Engagement of Families, the Community, and Other Stakeholders',
      'Action plan',
      'Appendix: Methods and data',
    ]);
    const pageCount = pdfInfo(file).pages;
    let previous = 2;
    for (const line of lines) {
      expect(line.page, line.title).toBeGreaterThan(previous);
      expect(line.page).toBeLessThanOrEqual(pageCount);
      // Each section starts its page: its heading is the page's first text.
      // A long name wraps, and the layout puts blank lines between its parts.
      const top = loose(pdfLayoutPage(file, line.page).split('\n').filter((l) => l.trim() !== '').slice(0, 3).join(' '));
      expect(top.startsWith(loose(line.title)), `${line.title} on page ${line.page}`).toBe(true);
      // And it is on no earlier page.
      for (let p = previous; p < line.page; p++) expect(loose(pdfLayoutPage(file, p).trim().split('\n')[0] ?? '').startsWith(loose(line.title))).toBe(false);
      previous = line.page;
    }
    savePageImages(file, REPORT_PAGES_DIR, 'web-export', 70);
    expect(problems).toEqual([]);
  });
});
