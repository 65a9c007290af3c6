// Browser scenario: a chart linked through the Review's "Link chart view" dialog is drawn in the
// exported PDF, with its title and its data table, because the dialog stores the same view descriptor
// (registry metric, view, grouping) as Explore's "Add as evidence".
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playwrightPdfOptions, printAddress } from '../../analysis/report/print-options';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { flat, pdfPages } from '../support/poppler';

let session: BrowserSession;
let page: Page;
const OUTPUT = path.resolve('test-output');
const TITLE = 'Chronic absence gap: low-income students';

beforeAll(async () => {
  session = await openBrowserSession('linked-chart', { width: 1360, height: 1000 });
  ({ page } = session);
});
afterAll(() => session?.close());

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

describe('a chart linked in the Review is drawn in the PDF', () => {
  it('links the low-income chronic absence gap to criterion 1.2.2 through the dialog', async () => {
    await page.goto(session.app.host.url);
    await page.getByRole('button', { name: 'Open sample district' }).click();
    await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor({ timeout: 90_000 });
    await page.goto(`${session.app.host.url.split('#')[0]}#/review/d1/d1.engagement`);
    const criterion = page.locator('article.criterion-card', { has: page.getByRole('heading', { name: /^1\.2\.2 / }) });
    await criterion.getByRole('button', { name: 'Link chart view to 1.2.2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link a chart view' });
    await dialog.waitFor();
    // The criterion's own rule reads the chronic absence gap of program groups; its first is low income.
    expect(await dialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(TITLE);
    await session.shot('dialog');
    await dialog.getByRole('button', { name: 'Link view' }).click();
    const who = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await who.waitFor();
    await who.getByRole('textbox', { name: 'Your name' }).fill('Dana Reyes');
    await who.getByRole('button', { name: 'Continue' }).click();
    await criterion.locator('.evidence-item', { hasText: TITLE }).waitFor();
    // With nothing rated the report is a data profile with no domain sections; a rating makes it a review.
    await criterion.locator('label.level-radio', { hasText: /^Initiating$/ }).click();
    // The card redraws once the rating is saved (or asks for a rationale); act on the settled card.
    await criterion.locator('.criterion-saved.saved').or(criterion.getByText(/Explain why your rating differs/)).first().waitFor();
    await criterion.getByRole('textbox', { name: /Rationale/ }).fill('The low-income gap in chronic absence is wide in every year.');
    await criterion.getByRole('button', { name: 'Save rationale' }).click();
    await criterion.locator('.criterion-saved.saved', { hasText: 'Saved' }).waitFor();
  }, 180_000); // Opening the sample district builds it: a minute or more on a busy two-core machine.

  it('prints the report with that chart, its title and its data table', async () => {
    await page.goto(printAddress(session.app.host.url.split('#')[0]!, 'letter', false));
    await waitForReport();
    const figure = page.locator('.report-figure', { hasText: 'Data for' });
    expect(await figure.count()).toBe(1);
    expect(await figure.locator('svg').count()).toBeGreaterThan(0);
    expect(await figure.locator('.muted').count()).toBe(0);
    const file = path.join(OUTPUT, 'linked-chart.pdf');
    fs.mkdirSync(OUTPUT, { recursive: true });
    fs.writeFileSync(file, await page.pdf(playwrightPdfOptions('letter', 'Linked chart', false) as Parameters<Page['pdf']>[0]));
    const text = flat(pdfPages(file).join('\n'));
    expect(text).not.toContain('is not available in this version');
    // The chart's title and its data table: both groups, each year's rate, the gap in the shared convention.
    expect(text).toMatch(/Data for “Chronic absenteeism[^”]*”/);
    expect(text).toContain('Economically disadvantaged');
    expect(text).toContain('Not economically disadvantaged');
    expect(text).toMatch(/Economically disadvantaged 2023-24 \d+\.\d% \d+\.\d% to \d+\.\d% [\d,]+ [\d,]+ \d+\.\d pts above/);
    expect(session.problems).toEqual([]);
  });
});
