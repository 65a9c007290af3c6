// Browser scenario: a follow-up review and a school's finding on the sample district. Start a follow-up from the
// Review screen's dialog, see the baseline rating beside the criterion as it is re-rated, and record a finding for one
// school on the Findings screen; axe clean, screenshots looked at.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityProblems } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession('follow-up', { width: 1360, height: 1000 });
  ({ page } = session);
});
afterAll(() => session?.close());

const card = (id: string): Locator => page.locator('article.criterion-card', { has: page.getByRole('heading', { name: new RegExp(`^${id.replaceAll('.', '\\.')} `) }) });

/** A service call from the page, as the app makes them (the token from the tab's session). */
async function call(method: string, body: unknown): Promise<void> {
  const ok = await page.evaluate(
    async ([m, b]) => {
      const w = globalThis as unknown as { sessionStorage: { getItem(k: string): string | null }; fetch: (u: string, i: object) => Promise<{ arrayBuffer(): Promise<ArrayBuffer> }> };
      const response = await w.fetch(`./api/${m}`, { method: 'POST', headers: { Authorization: `Bearer ${w.sessionStorage.getItem('equitylens.token')}`, 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const length = new DataView(bytes.buffer).getUint32(0, true);
      return (JSON.parse(JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + length))).body) as { ok: boolean }).ok;
    },
    [method, body] as const,
  );
  expect(ok, method).toBe(true);
}

describe('a follow-up review in the browser', () => {
  it('starts a follow-up from the Review screen and shows the baseline beside the criterion', async () => {
    await page.goto(session.app.host.url);
    await page.getByRole('button', { name: 'Open sample district' }).click();
    await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor({ timeout: 120_000 });
    await call('setReviewer', { name: 'Dana Reyes' });
    await call('rateCriterion', { criterionId: '1.2.3', level: 'initiating', rationale: '' });
    await page.getByRole('link', { name: 'Review' }).click();
    await page.getByRole('heading', { name: 'Review', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Start a follow-up…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a follow-up review' });
    await dialog.getByRole('textbox', { name: 'Name of the baseline' }).fill('2023-24 review');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await session.shot('dialog');
    await dialog.getByRole('button', { name: 'Start the follow-up' }).click();
    await page.getByText('Follow-up of “2023-24 review”').waitFor();
    await page.getByRole('link', { name: /^Next: Attendance and discipline/ }).click();
    const discipline = card('1.2.3');
    expect(await discipline.locator('.baseline-rating').textContent()).toBe('2023-24 review Initiating');
    expect(await discipline.locator('.descriptor.initiating .baseline-tag').textContent()).toBe('2023-24 review');
    // Re-rated in the follow-up; the baseline stays.
    await discipline.locator('label.level-radio', { hasText: /^Developing$/ }).click();
    await discipline.getByRole('textbox', { name: /Rationale/ }).fill('District-wide restorative practice has begun.');
    await discipline.getByRole('button', { name: 'Save rationale' }).click();
    await discipline.locator('.criterion-saved.saved').waitFor();
    expect(await discipline.locator('.baseline-rating').textContent()).toBe('2023-24 review Initiating');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await session.shot('criterion');
  }, 240_000);

  it('records a finding for one school on the Findings screen', async () => {
    await page.getByRole('link', { name: 'Findings' }).click();
    await page.getByRole('heading', { name: 'Findings', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add finding' }).click();
    const form = page.getByRole('form', { name: 'New finding' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Douglass cut suspensions with restorative circles');
    await form.getByRole('textbox', { name: 'Finding' }).fill('Referrals fell by a third after circles began.');
    await form.getByRole('button', { name: /School/ }).click();
    await page.getByRole('option', { name: 'Frederick Douglass Elementary School' }).click();
    await form.getByRole('button', { name: 'Save finding' }).click();
    await page.locator('.finding-card-type', { hasText: /· Frederick Douglass Elementary School$/ }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await session.shot('school-finding');
    expect(session.problems).toEqual([]);
  }, 120_000);
});
