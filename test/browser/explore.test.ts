// Browser scenario: an equity director explores out-of-school suspension by race/ethnicity in the sample.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityProblems } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

let session: BrowserSession;
let page: Page;
let problems: string[];
const shot = (name: string) => session.shot(name);

beforeAll(async () => {
  session = await openBrowserSession('explore', { width: 1440, height: 1000 });
  ({ page, problems } = session);
  await page.goto(session.app.host.url);
  expect(await seriousAccessibilityProblems(page)).toEqual([]);
  await page.getByRole('button', { name: 'Open sample district' }).click();
  await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor({ timeout: 90_000 });
});
afterAll(() => session?.close());

const figure = () => page.locator('figure.chart-figure');
async function chooseView(name: string) {
  await page.locator('.view-kinds label.segment').filter({ hasText: new RegExp(`^${name}$`) }).click();
  await figure().locator('svg').first().waitFor();
}

describe('Explore in the browser', () => {
  it('shows out-of-school suspension by race/ethnicity with intervals and suppression marks', async () => {
    await page.getByRole('link', { name: 'Explore' }).click();
    await page.getByRole('option', { name: 'ELA proficiency' }).click();
    await page.waitForURL(/metric=ela_proficiency/);
    await page.getByRole('option', { name: 'Out-of-school suspension' }).click();
    await page.waitForURL(/metric=out_of_school_suspension/);
    await figure().locator('svg').first().waitFor();
    expect(await figure().getByRole('heading', { level: 3 }).textContent()).toMatch(/^Out-of-school suspension by race\/ethnicity, 2023-24$/);
    // Bars, their interval rules, and the small groups labelled rather than drawn as zero.
    await expect.poll(() => figure().locator('g[aria-label="bar"] rect').count()).toBeGreaterThanOrEqual(5);
    await expect.poll(() => figure().locator('g[aria-label="rule"] line').count()).toBeGreaterThanOrEqual(5);
    await expect.poll(() => figure().locator('svg').first().textContent()).toContain('n<10 (suppressed)');
    expect(await figure().locator('.subtitle').textContent()).toMatch(/Black or African American had the highest rate \(\d+\.\d%\), against \d+\.\d% for all students\. The risk ratio for Black or African American students is \d\.\d\./);
    expect(await figure().locator('.chart-footer').textContent()).toMatch(/2023-24\. N = [\d,]+/);
    await shot('groups');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('switches to the school funnel and to the trend', async () => {
    await chooseView('School funnel');
    expect(await figure().getByRole('heading', { level: 3 }).textContent()).toMatch(/by school, 2023-24/);
    await expect.poll(() => figure().locator('g[aria-label="dot"] circle').count()).toBeGreaterThanOrEqual(10);
    await expect.poll(() => figure().locator('g[aria-label="area"] path').count()).toBe(2);
    await shot('funnel');
    await chooseView('Trend');
    expect(await figure().getByRole('heading', { level: 3 }).textContent()).toMatch(/2021-22 to 2023-24/);
    await expect.poll(() => figure().locator('g[aria-label="line"] path').count()).toBeGreaterThanOrEqual(5);
    await shot('trend');
  });

  it('filters to one school level and opens the data table', async () => {
    await chooseView('Groups');
    await page.getByRole('button', { name: /School level/ }).click();
    await page.getByRole('option', { name: 'High', exact: true }).click();
    await page.waitForURL(/level=high/);
    await figure().locator('svg').first().waitFor();
    await page.getByRole('button', { name: 'Show data table' }).click();
    const table = figure().locator('table');
    await table.waitFor();
    const header = await table.locator('thead th').allTextContents();
    expect(header.slice(0, 4)).toEqual(['Group', 'School year', 'Value', '95% interval']);
    const cells = await table.locator('tbody').textContent();
    expect(cells).toContain('<10');
    await shot('high-schools-table');
    expect(problems).toEqual([]);
  });

  it('pins the view and adds it to a rubric criterion as evidence', async () => {
    await page.getByRole('button', { name: 'Pin view' }).click();
    const saved = page.getByRole('navigation', { name: 'Saved views' });
    await saved.getByRole('link', { name: /Out-of-school suspension by race\/ethnicity/ }).waitFor();
    await page.getByRole('button', { name: 'Add as evidence…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Add this chart as evidence' }).waitFor();
    await dialog.getByLabel(/Your name/).fill('Dana Reviewer');
    await dialog.getByRole('button', { name: 'Add as evidence' }).click();
    await page.getByText(/^Linked as evidence to “D1 · /).waitFor();
    await shot('evidence-linked');
  });

  it('keeps the view in the address, so a reload reopens it', async () => {
    await page.reload();
    await figure().locator('svg').first().waitFor();
    expect(page.url()).toMatch(/level=high/);
    expect(await page.getByRole('button', { name: /School level/ }).textContent()).toContain('High');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});
