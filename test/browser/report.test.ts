// Browser scenario: from the sample district to a printed report in real Chromium through the web host.
// Rate a criterion in every domain, write a finding and a recommendation, seed and add action items,
// preview the report, print the print route to PDF and check it with poppler; then the internal report.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playwrightPdfOptions, printAddress } from '../../analysis/report/print-options';
import { seriousAccessibilityProblems } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { DOMAIN_NAMES, domainRatings, flat, pdfInfo, pdfPages, REPORT_PAGES_DIR, savePageImages } from '../support/poppler';
import { SCREENSHOT_DIR, startWebApp, type RunningWebApp } from '../support/web-app';

let app: RunningWebApp;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const OUTPUT = path.resolve('test-output');

beforeAll(async () => {
  app = await startWebApp();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `report-${name}.png`), fullPage: true });
const origin = () => app.host.url.split('#')[0]!;

/** A service call from the page, as the app makes them (token from the tab's session). */
async function call(method: string, body: unknown): Promise<void> {
  const status = await page.evaluate(
    async ([m, b]) => {
      const w = globalThis as unknown as { sessionStorage: { getItem(k: string): string | null }; fetch: (u: string, i: object) => Promise<{ status: number; arrayBuffer(): Promise<ArrayBuffer> }> };
      const response = await w.fetch(`./api/${m}`, { method: 'POST', headers: { Authorization: `Bearer ${w.sessionStorage.getItem('equitylens.token')}`, 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
      // The envelope's JSON header says whether the call succeeded.
      const bytes = new Uint8Array(await response.arrayBuffer());
      const length = new DataView(bytes.buffer).getUint32(0, true);
      const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))) as { body: string };
      return JSON.parse(header.body).ok === true ? 'ok' : header.body;
    },
    [method, body] as const,
  );
  expect(status, method).toBe('ok');
}

/** Waits for the print route to say every chart has drawn (polled: the app's CSP refuses eval-based waits). */
async function waitForReport(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const state = await page.evaluate(() => {
      const body = (globalThis as unknown as { document: { body: { dataset: Record<string, string | undefined> } } }).document.body;
      return body.dataset.reportReady ?? body.dataset.reportError ?? '';
    });
    if (state === 'true') return;
    if (state) throw new Error(`The report failed: ${state}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The report did not become ready');
}

/** The text of every "Count" and "Of" cell in the report's chart data tables. */
async function countCells(): Promise<string[]> {
  return page.evaluate(() => {
    type El = { textContent: string | null; querySelectorAll(s: string): ArrayLike<El> };
    const doc = (globalThis as unknown as { document: El }).document;
    const all = (el: El, selector: string) => Array.from(el.querySelectorAll(selector));
    return all(doc, 'table.report-table.data').flatMap((table) => {
      const headings = all(table, 'thead th').map((th) => th.textContent ?? '');
      const columns = ['Count', 'Of'].map((h) => headings.indexOf(h)).filter((i) => i >= 0);
      return all(table, 'tbody tr').flatMap((row) => {
        const cells = all(row, 'th, td');
        return columns.map((i) => cells[i]?.textContent ?? '');
      });
    });
  });
}

describe('findings and the report in the browser', () => {
  it('opens the sample district and rates a criterion in every domain', async () => {
    await page.goto(app.host.url);
    await page.getByRole('button', { name: 'Open sample district' }).click();
    await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor({ timeout: 90_000 });
    await page.goto(`${origin()}#/review/d1/d1.engagement`);
    const discipline = page.locator('article.criterion-card', { has: page.getByRole('heading', { name: /^1\.2\.3 / }) });
    await discipline.locator('label.level-radio', { hasText: /^Initiating$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await dialog.getByRole('textbox', { name: 'Your name' }).fill('Dana Reyes');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await discipline.locator('.criterion-saved.saved').waitFor();
    await call('rateCriterion', { criterionId: '2.4.2', level: 'initiating', rationale: 'Fewer than half of new hires are trained within 90 days.' });
    await call('rateCriterion', { criterionId: '3.1.1', level: 'established', rationale: 'Curriculum reviews include representation.' });
    await call('rateCriterion', { criterionId: '4.1.1', level: 'developing', rationale: 'Strong at elementary schools, weaker in high schools.' });
    // A chart from Explore, as "Add as evidence" stores it: the whole Explore address in view.filters.
    await call('addEvidence', {
      evidence: { kind: 'metric_view', view: { metricId: 'out_of_school_suspension', groupType: 'race_ethnicity', filters: { metric: 'out_of_school_suspension', by: 'race_ethnicity' }, chartKind: 'groups', title: 'Out-of-school suspension by race/ethnicity' } },
      criterionIds: ['1.2.3'],
    });
    await call('addEvidence', {
      evidence: { kind: 'metric_view', view: { metricId: 'new_hire_training_90_days', groupType: 'school_level', filters: { metric: 'new_hire_training_90_days', by: 'school_level' }, chartKind: 'groups', title: 'New hires trained within 90 days' } },
      criterionIds: ['2.4.2'],
    });
  }, 180_000); // Opening the sample district builds it: a minute or more on a busy two-core machine.

  it('writes a finding linked to a criterion and a chart, and a recommendation', async () => {
    await page.getByRole('link', { name: 'Findings' }).click();
    await page.getByRole('heading', { name: 'Findings', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add finding' }).click();
    const form = page.getByRole('form', { name: 'New finding' });
    await form.getByRole('radio', { name: 'Factor limiting access and opportunity' }).check({ force: true });
    await form.getByRole('textbox', { name: 'Title' }).fill('Suspension falls hardest on Black students');
    await form.getByRole('textbox', { name: 'Finding' }).fill('Black students are suspended out of school at twice the rate of all other students, three years running.');
    await form.getByRole('checkbox', { name: /^1\.2\.3 Exclusionary discipline/ }).check({ force: true });
    await form.getByRole('checkbox', { name: 'Out-of-school suspension by race/ethnicity' }).check({ force: true });
    await shot('finding-form');
    await form.getByRole('button', { name: 'Save finding' }).click();
    const card = page.locator('.finding-card', { hasText: 'Suspension falls hardest on Black students' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Criteria: 1.2.3 Exclusionary discipline across racial and ethnic groups');
    expect(await card.textContent()).toContain('Evidence: Out-of-school suspension by race/ethnicity');

    await page.getByRole('button', { name: 'Add recommendation' }).click();
    const rec = page.getByRole('form', { name: 'New recommendation' });
    await rec.getByRole('textbox', { name: 'Recommendation' }).fill('Use restorative responses instead of suspension for minor offences.');
    await rec.getByRole('checkbox', { name: 'Suspension falls hardest on Black students' }).check({ force: true });
    await rec.getByRole('button', { name: 'Save recommendation' }).click();
    await page.locator('.recommendation-card', { hasText: 'restorative responses' }).waitFor();
  });

  it('seeds the action plan from the Initiating criteria and adds an item with a benchmark', async () => {
    await page.getByRole('button', { name: 'Seed from Initiating criteria' }).click();
    await page.getByText('Added 2 draft action items: review each owner, timeline and target.').waitFor();
    const rows = page.locator('.action-plan-table tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('Address exclusionary discipline across racial and ethnic groups');
    expect(await rows.first().textContent()).toContain('2.12 in 2023-24');

    await page.getByRole('button', { name: 'Add action item' }).click();
    const form = page.getByRole('form', { name: 'New action item' });
    await form.getByRole('textbox', { name: 'Action' }).fill('Family liaisons in every high school');
    await form.getByRole('textbox', { name: 'Owner' }).fill('Director of Family Engagement');
    await form.getByRole('textbox', { name: 'Timeline' }).fill('2024-25 to 2025-26');
    await form.getByRole('textbox', { name: /^Target( \(|$)/ }).fill('60');
    await form.getByRole('button', { name: 'Save action item' }).click();
    await page.locator('.action-plan-table tbody tr', { hasText: 'Family liaisons in every high school' }).waitFor();
    expect(await rows.count()).toBe(3);
    await shot('findings');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('previews the whole report in the app', async () => {
    await page.getByRole('link', { name: 'Report' }).click();
    await page.getByRole('heading', { name: 'Report', level: 1 }).waitFor();
    const preview = page.getByLabel('Report preview');
    await preview.getByRole('heading', { name: 'Executive summary', level: 1 }).waitFor({ timeout: 60_000 });
    for (const name of DOMAIN_NAMES) await preview.getByRole('heading', { name, level: 1 }).waitFor();
    await preview.getByRole('heading', { name: 'Action plan', level: 1 }).waitFor();
    await preview.getByRole('heading', { name: 'Appendix: Methods and data', level: 1 }).waitFor();
    // The summary's domain-rating chart and the two linked charts, each one Plot drawing (legend swatches aside).
    expect(await preview.locator('.report-figure svg[class^="plot-"]').count()).toBe(3);
    await shot('preview');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('prints the print route to a tagged PDF with every domain, its rating, the plan and the appendix', async () => {
    await page.goto(printAddress(`${origin()}`, 'letter', false));
    await waitForReport();
    expect(await page.locator('.sidebar').count()).toBe(0);
    // No count below the minimum in any chart table: small groups read "<10" (or "*" when hidden to protect another).
    const counts = await countCells();
    expect(counts.length).toBeGreaterThan(10);
    for (const cell of counts) {
      expect(cell).toMatch(/^(|—|<10|\*|>[\d,]+|[\d,]+)$/);
      if (/^[\d,]+$/.test(cell)) expect(Number(cell.replace(/,/g, '')), cell).toBeGreaterThanOrEqual(10);
    }
    expect(counts).toContain('<10');

    // The hand-written item's benchmark: an all-students baseline from the data, and the target.
    expect(await page.locator('.action-table tbody tr', { hasText: 'Family liaisons in every high school' }).textContent()).toMatch(
      /ELA proficiency: rate or average, All tested students\d+\.\d% in 2023-2460\.0% by 2026-27/,
    );
    const file = path.join(OUTPUT, 'report-browser.pdf');
    fs.mkdirSync(OUTPUT, { recursive: true });
    fs.writeFileSync(file, await page.pdf(playwrightPdfOptions('letter', 'Systems Quality Review Through the Lens of Equity · Riverside Unified School District (sample)', false) as Parameters<Page['pdf']>[0]));
    const info = pdfInfo(file);
    expect(info.tagged).toBe(true);
    expect(info.pages).toBeGreaterThanOrEqual(14);
    expect(info.pages).toBeLessThanOrEqual(30);
    const pages = pdfPages(file);
    const text = flat(pages.join('\n'));
    for (const name of DOMAIN_NAMES) expect(text).toContain(name);
    expect(domainRatings(pages)).toEqual(['1 Initiating', '1 Initiating', '3 Established', '2 Developing']);
    expect(text).toContain('Suspension falls hardest on Black students');
    expect(text).toContain('Action plan');
    expect(text).toContain('Family liaisons in every high school');
    // Narrow table cells may break "2023-24" at its hyphen.
    expect(text).toMatch(/2\.12 in 2023-?24/);
    expect(text).toContain('Appendix: Methods and data');
    expect(text).toContain('Data sources');
    expect(text).toContain('<10');
    expect(text).not.toContain('INTERNAL');
    pages.forEach((p, i) => expect(flat(p)).toContain(`Page ${i + 1} of ${info.pages}`));
    savePageImages(file, REPORT_PAGES_DIR, 'browser-letter');
  });

  it('prints a report from the internal view with the watermark on every page', async () => {
    await page.goto(printAddress(`${origin()}`, 'a4', true));
    await waitForReport();
    const file = path.join(OUTPUT, 'report-browser-internal.pdf');
    fs.writeFileSync(file, await page.pdf(playwrightPdfOptions('a4', 'Equity review', true) as Parameters<Page['pdf']>[0]));
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThan(10);
    for (const [i, p] of pages.entries()) expect(flat(p), `page ${i + 1}`).toContain('INTERNAL: unsuppressed figures, not for distribution');
    expect(flat(pages[0]!)).toContain('Internal report: the figures in this document are not suppressed.');
    savePageImages(file, REPORT_PAGES_DIR, 'browser-a4-internal');
    expect(problems).toEqual([]);
  });
});
