// Browser scenario: the Settings screen shows every setting that changes a figure (the reasonable-progress
// standard among them) with its default and range, refuses values out of range, saves to the project, and the figures follow the new minimum.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityProblems } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession('settings', { width: 1360, height: 1000 });
  ({ page } = session);
});
afterAll(() => session?.close());

describe('settings in the browser', () => {
  it('shows each setting with its default and range, and refuses an out-of-range value', async () => {
    await page.goto(session.app.host.url);
    await page.getByRole('button', { name: 'Open sample district' }).click();
    await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor({ timeout: 90_000 });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    const minimum = page.getByRole('textbox', { name: 'Minimum group size to publish' });
    expect(await minimum.inputValue()).toBe('10');
    expect(await page.getByText(/Default 30; allowed 1 to 1000\./).count()).toBe(1);
    expect(await page.getByRole('radio', { name: /Absent at least 10% of the days enrolled/ }).isChecked()).toBe(true);
    await minimum.fill('150');
    await page.getByText('Enter a whole number from 1 to 100.').waitFor();
    expect(await page.getByRole('button', { name: 'Save settings' }).isDisabled()).toBe(true);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  }, 180_000); // Opening the sample district builds it: a minute or more on a busy two-core machine.

  it('saves to the project, and Explore then withholds by the new minimum', async () => {
    await page.getByRole('textbox', { name: 'Minimum group size to publish' }).fill('15');
    await page.getByRole('radio', { name: /Absent 15 or more school days/ }).check({ force: true });
    expect(await page.getByRole('radio', { name: /^Not used \(default\)/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /A percentage reduction in each of the two prior years/ }).check({ force: true });
    await page.getByRole('textbox', { name: /Reasonable progress: least reduction/ }).fill('12.5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/^Saved\. Every chart/).waitFor();
    await session.shot('saved');
    // Still there after reloading the app: the settings live in the project file.
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('textbox', { name: 'Minimum group size to publish' }).inputValue()).toBe('15');
    expect(await page.getByRole('radio', { name: /Absent 15 or more school days/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /A percentage reduction in each of the two prior years/ }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: /Reasonable progress: least reduction/ }).inputValue()).toBe('12.5');
    // A chart of small groups now marks them by the new minimum ("n < 15" in the chart, "n<15" as published).
    // Explore keeps its view in the query string, before the route's hash (wouter's hash location).
    const explore = new URL(session.app.host.url);
    explore.search = 'metric=out_of_school_suspension&by=race_ethnicity';
    explore.hash = '/explore';
    await page.goto(explore.href);
    await page.locator('figure').first().waitFor({ timeout: 60_000 });
    await page.getByText(/n ?< ?15/).first().waitFor({ timeout: 60_000 });
    expect(await page.getByText(/n ?< ?10\b/).count()).toBe(0);
    expect(session.problems).toEqual([]);
  });
});
