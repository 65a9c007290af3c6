// Browser scenario: the four-year sample with an action plan made on 2023-24; the Progress screen shows each
// benchmark's status, figures, trend chart and reason, is axe clean, and its print view lays out the progress report.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityProblems } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { fourYearSample } from '../support/four-year-sample';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  const sample = await fourYearSample();
  session = await openBrowserSession('progress', { width: 1360, height: 1000 }, undefined, sample);
  ({ page } = session);
});
afterAll(() => session?.close());

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

describe('the Progress screen', () => {
  it('shows each benchmark re-measured from 2024-25 with its status, figures, chart and reason', async () => {
    await page.goto(session.app.host.url);
    await page.getByRole('button', { name: 'Open sample district' }).click();
    await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor({ timeout: 120_000 });
    await call('setReviewer', { name: 'Dana Reyes' });
    const item = (title: string, benchmark: object) => ({
      item: { domainId: 'd1', criterionId: '1.2.3', title, owner: 'Director of Student Services', timeline: '2024-25 to 2026-27', status: 'planned', benchmark: { groupType: 'race_ethnicity', baselineYear: 2024, targetYear: 2027, ...benchmark } },
    });
    await call('saveActionItem', item('Restorative practice in every school', { metricId: 'out_of_school_suspension', statistic: 'risk_ratio', group: 'black', target: 1.5 }));
    await call('saveActionItem', item('Attendance outreach for Black families', { metricId: 'chronic_absenteeism', statistic: 'value', group: 'black', target: 12 }));
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { name: 'Progress', level: 1 }).waitFor();
    await page.getByText('2 benchmarks against the data through 2024-25: 1 on track, 1 not on track.').waitFor({ timeout: 60_000 });
    const card = page.getByRole('article', { name: 'Restorative practice in every school' });
    expect(await card.getByText('On track', { exact: true }).count()).toBe(1);
    expect(await card.getByText('2.12 in 2023-24', { exact: true }).count()).toBe(1);
    expect(await card.getByText('1.57 in 2024-25', { exact: true }).count()).toBe(1);
    // The trend chart is one image described in words.
    expect(await card.getByRole('img', { name: /Out-of-school suspension, Black or African American \(risk ratio\): 2\.61 in 2021-22; .*2\.12 in 2023-24 \(baseline\); 1\.57 in 2024-25 \(latest\)\. Target 1\.50 by 2026-27\./ }).count()).toBe(1);
    const other = page.getByRole('article', { name: 'Attendance outreach for Black families' });
    expect(await other.getByText('Not on track', { exact: true }).count()).toBe(1);
    expect(await other.getByText(/a change within the noise/).count()).toBe(1);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await session.shot('screen');
  }, 240_000); // Opening the four-year sample builds it the first time: a minute or more on two cores.

  it('opens the progress report’s print view, which lays out every benchmark', async () => {
    await page.getByRole('link', { name: 'Open print view' }).click();
    await page.getByRole('heading', { name: 'Benchmarks', level: 1 }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Restorative practice in every school', 'Attendance outreach for Black families']);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await session.shot('print-view');
    expect(session.problems).toEqual([]);
  }, 120_000);
});
