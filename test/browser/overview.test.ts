// Browser scenario: open the sample district through the web host in real Chromium and see its overview.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityProblems } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { SCREENSHOT_DIR } from '../support/web-app';

let session: BrowserSession;
let page: Page;
let problems: string[];

beforeAll(async () => {
  session = await openBrowserSession('overview', { width: 1360, height: 1000 });
  ({ page, problems } = session);
});
afterAll(() => session?.close());

describe('overview in the browser', () => {
  it('shows Home with its three ways in', async () => {
    await page.goto(session.app.host.url);
    await page.getByRole('heading', { name: 'EquityLens', level: 1 }).waitFor();
    for (const name of ['New review', 'Open review…', 'Open sample district']) {
      expect(await page.getByRole('button', { name }).isVisible()).toBe(true);
    }
    // The session token has been moved out of the address bar.
    expect(page.url()).not.toContain('token=');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'home.png'), fullPage: true });
  });

  it('opens the sample district and draws enrollment by race/ethnicity and year', async () => {
    await page.getByRole('button', { name: 'Open sample district' }).click();
    await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor({ timeout: 90_000 });
    const figure = page.locator('figure.chart-figure');
    await figure.locator('svg').first().waitFor();
    expect(await figure.getByRole('heading', { level: 3 }).textContent()).toBe('Enrollment by race/ethnicity, 2021-22 to 2023-24');
    // Seven federal groups (plus any not reported) times three years of bars.
    expect(await figure.locator('svg g[aria-label="bar"] rect').count()).toBeGreaterThanOrEqual(18);
    const chartLabel = await figure.getByRole('img').getAttribute('aria-label');
    expect(chartLabel).toMatch(/^Bar chart of students enrolled by race\/ethnicity/);
    expect(await page.getByText('School years').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'overview.png'), fullPage: true });
  }, 180_000); // Opening the sample district builds it: a minute or more on a busy two-core machine.

  it('shows the chart data as a table, and switches the grouping', async () => {
    await page.getByRole('button', { name: 'Show data table' }).click();
    const table = page.locator('figure.chart-figure table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(18);
    expect(await table.locator('thead th').allTextContents()).toEqual(['Group', 'School year', 'Students']);
    // React Aria keeps the radio input visually hidden; people (and the test) press its label.
    await page.locator('label.segment', { hasText: 'School level' }).click();
    expect(await page.getByRole('radio', { name: 'School level' }).isChecked()).toBe(true);
    await page.getByRole('heading', { name: /^Enrollment by school level/ }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'overview-by-level.png'), fullPage: true });
  });

  it('keeps the open project across a reload, and lists every table on Data', async () => {
    await page.reload();
    await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Data', exact: true }).click();
    await page.getByRole('heading', { name: 'Data', level: 1 }).waitFor();
    expect(await page.locator('table tbody tr').count()).toBe(11);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'data.png'), fullPage: true });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
