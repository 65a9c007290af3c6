// Browser scenario: a reviewer opens "What the data say" on the sample district, finds the documented
// suspension disparity of Black students listed with the engine's sentence, and adds it as evidence.
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
  session = await openBrowserSession('signals', { width: 1440, height: 1000 });
  ({ page, problems } = session);
  await page.goto(session.app.host.url);
  await page.getByRole('button', { name: 'Open sample district' }).click();
  await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor({ timeout: 90_000 });
});
afterAll(() => session?.close());

/** The documented disparity (sample-data/README.md): Black students' OSS risk ratio 2.12 in 2023-24. */
const suspension = () => page.locator('article.signal-card').filter({ has: page.getByRole('heading', { name: /^Out-of-school suspension: Black or African American$/, level: 4 }) });

describe('What the data say', () => {
  it('lists the built-in suspension disparity under its criterion, with its sentence, figures and chart', { timeout: 240_000 }, async () => {
    await page.getByRole('link', { name: 'What the data say' }).click();
    await page.getByRole('heading', { name: 'What the data say', level: 1 }).waitFor();
    await suspension().waitFor({ timeout: 120_000 });
    // The family and its settings are stated on the screen.
    expect(await page.locator('.signal-settings').textContent()).toMatch(/False-discovery rate \(q threshold\) 0\.05; practical floor 3 percentage points or a risk ratio of 1\.5/);
    const sentence = await suspension().locator('.signal-sentence').textContent();
    expect(sentence).toMatch(/^Black or African American students were suspended out of school at 2\.1 times the rate of all other students in 2023-24 \(\d+\.\d% against \d+\.\d%\), a gap unlikely to be noise \(q < 0\.001\); [\d,]+ fewer students suspended out of school would bring the ratio under 1\.5\.$/);
    // Grouped under the discipline cluster and the criterion whose rating rule reads suspensions.
    const section = page.locator('section.signal-section').filter({ has: suspension() });
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toMatch(/^Domain 1 · /);
    expect(await section.locator('section').filter({ has: suspension() }).getByRole('heading', { level: 3 }).textContent()).toMatch(/^1\.2\.3 /);
    expect(await suspension().locator('dd').first().textContent()).toMatch(/^\d+\.\d% of [\d,]+ against \d+\.\d%$/);
    expect(await suspension().locator('.plot-chart svg g[aria-label="dot"] circle').count()).toBe(2);
    expect(await suspension().getByRole('link', { name: 'Open in Explore' }).getAttribute('href')).toMatch(/metric=out_of_school_suspension.*by=race_ethnicity/);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('adds the signal as evidence, proposing the discipline criterion', { timeout: 240_000 }, async () => {
    await suspension().getByRole('button', { name: 'Add as evidence…' }).click();
    // An error would show beside the button instead of the dialog: fail with it rather than a timeout.
    await Promise.race([page.getByRole('dialog').waitFor({ timeout: 120_000 }), suspension().locator('.action-status').waitFor({ timeout: 120_000 })]);
    expect(await suspension().locator('.action-status').count(), (await suspension().locator('.action-status').allTextContents()).join()).toBe(0);
    const dialog = page.getByRole('dialog');
    // The first read of the review computes its data suggestions: it can take a while on a busy machine.
    await dialog.waitFor({ timeout: 120_000 });
    expect(await dialog.textContent()).toContain('Proposed: Exclusionary discipline across racial and ethnic groups');
    const name = dialog.getByLabel(/Your name/);
    if (await name.count()) await name.fill('Dana Reviewer');
    await dialog.getByRole('button', { name: 'Add as evidence' }).click();
    await suspension().getByText(/^Linked as evidence to “D1 · Exclusionary discipline across racial and ethnic groups/).waitFor();
  });

  it('looks right at 1024 and 1920 pixels', async () => {
    for (const [width, height] of [[1024, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await suspension().scrollIntoViewIfNeeded();
      await session.shot(`screen-${width}`);
      // The whole list is long; the window around the documented signal is what a reviewer sees first.
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `signals-card-${width}.png`) });
    }
    expect(problems).toEqual([]);
  });
});
