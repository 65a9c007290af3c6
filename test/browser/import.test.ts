// Browser scenario: a new review, a district export uploaded and imported through the Data screen in real
// Chromium (over the web host), its suggested mapping and codes reviewed, the import run, then its
// data-quality report and the import history.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityProblems } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { SCREENSHOT_DIR } from '../support/web-app';

const TEXAS = path.resolve('../shared/real-data/opensdp_synth_texas_student_level.csv');

let session: BrowserSession;
let page: Page;
let problems: string[];

beforeAll(async () => {
  session = await openBrowserSession('import', { width: 1360, height: 1000 });
  ({ page, problems } = session);
});
afterAll(() => session?.close());

describe('importing a file in the browser', () => {
  it('creates a new, empty review', async () => {
    fs.mkdirSync(session.app.dataDir, { recursive: true });
    await page.goto(session.app.host.url);
    await page.getByRole('button', { name: 'New review' }).click();
    await page.getByLabel('Review name').fill('Texas check');
    await page.getByLabel('District').fill('Synthetic Texas ISD');
    await page.getByLabel('Project file on this computer').fill(path.join(session.app.dataDir, 'texas.duckdb'));
    await page.getByRole('button', { name: 'Create review' }).click();
    await page.getByRole('heading', { name: 'Synthetic Texas ISD', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByRole('heading', { name: 'Data', level: 1 }).waitFor();
  });

  it('uploads a file, detects its kind and suggests the column and code mappings', async () => {
    await page.getByRole('tab', { name: 'Import' }).click();
    await page.getByText('Drop district exports here').waitFor();
    await page.locator('input[type=file]').setInputFiles(TEXAS);
    await page.getByRole('heading', { name: /^1\. The file: opensdp_synth_texas_student_level\.csv/ }).waitFor({ timeout: 60_000 });
    // Kind and column mapping, with confidences.
    expect(await page.getByRole('button', { name: /Enrollment and demographics/ }).count()).toBeGreaterThan(0);
    const row = page.locator('.mapping-table tbody tr', { has: page.locator('th', { hasText: /^sid$/ }) });
    expect(await row.getByRole('button').textContent()).toMatch(/Student ID/);
    expect(await row.locator('.confidence').textContent()).toMatch(/\d+%/);
    // The undefined race code D is listed for the user to decide, with its count.
    const d = page.locator('.code-table tbody tr', { has: page.locator('code', { hasText: /^D$/ }) });
    expect(await d.locator('.status-badge').textContent()).toBe('Unmapped');
    expect(await d.locator('td.numeric').textContent()).toBe('667');
    // The preview shows the ids as the file has them: zero-padded text.
    expect(await page.locator('.preview tbody tr').first().textContent()).toContain('000000069');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-mapping.png'), fullPage: true });
    await page.locator('section', { has: page.getByRole('heading', { name: '2. Columns' }) }).screenshot({ path: path.join(SCREENSHOT_DIR, 'import-columns.png') });
    await page.locator('section', { has: page.getByRole('heading', { name: '3. Codes' }) }).screenshot({ path: path.join(SCREENSHOT_DIR, 'import-codes.png') });
    // Keyboard and screen-reader basics of the whole review screen (axe: no serious or critical problems).
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('lets the user change a code mapping, then imports and shows the quality report', async () => {
    const showAll = page.getByRole('button', { name: /^Show all \d+ codes$/ });
    if (await showAll.count()) await showAll.click();
    const n = page.locator('.code-table tbody tr', { has: page.locator('code', { hasText: /^N$/ }) });
    expect(await n.locator('.status-badge').textContent()).toBe('Not reported');
    // The user decides that D means "not reported" too (keyboard-usable select: open, choose).
    const d = page.locator('.code-table tbody tr', { has: page.locator('code', { hasText: /^D$/ }) });
    await d.getByRole('button', { name: /Value for Race\/ethnicity code D/ }).click();
    await page.getByRole('option', { name: 'Not reported (missing)' }).click();
    expect(await d.locator('.status-badge').textContent()).toBe('Not reported');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Imported', level: 2 }).waitFor({ timeout: 90_000 });
    const report = page.locator('.quality-report');
    const stats = await report.locator('.stat-card dd').allTextContents();
    expect(stats).toEqual(['30,134', '30,134', '0', '30,134']);
    // D was mapped by the user, so no code is left unmapped.
    expect(await report.locator('caption', { hasText: 'Codes no mapping covered' }).count()).toBe(0);
    expect(await report.textContent()).toContain('30,134 rows read = 30,134 loaded + 0 rejected.');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-report.png'), fullPage: true });
  });

  it('lists the import in the history, with its hash and rows, and opens its report', async () => {
    await page.getByRole('tab', { name: /History/ }).click();
    const entry = page.locator('.history-table tbody tr').first();
    await entry.waitFor();
    expect(await entry.textContent()).toMatch(/opensdp_synth_texas_student_level\.csv.*enrollment.*30,134.*30,134.*0/);
    expect(await entry.locator('code').textContent()).toMatch(/^[0-9a-f]{12}$/);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-history.png'), fullPage: true });
    await entry.getByRole('button', { name: /Quality report/ }).click();
    await page.getByRole('heading', { name: 'Checks across the review' }).waitFor();
    await page.locator('.quality-panel .quality-report').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'import-quality.png'), fullPage: true });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    // The Tables tab shows the new rows.
    await page.getByRole('tab', { name: 'Tables' }).click();
    expect(await page.locator('tr', { hasText: 'Enrollment and demographics' }).textContent()).toContain('30,134');
    expect(problems).toEqual([]);
  });
});
