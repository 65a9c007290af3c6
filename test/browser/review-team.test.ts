// Browser scenario: a review team in real Chromium through the web host. Blind mode hides another
// reviewer's rating; the team screen shows agreement and reconciles; the printed report states it.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../analysis/api';
import { SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { playwrightPdfOptions } from '../../analysis/report/print-options';
import { createService } from '../../analysis/service/create-service';
import { seriousAccessibilityProblems } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { flat, pdfInfo, pdfPages } from '../support/poppler';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const project = path.join(temp.dir, 'team.duckdb');
let session: BrowserSession;
let page: Page;

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeAll(async () => {
  // Two reviewers' work, as if merged: they agree on 2.1.2 and disagree on 2.1.1; Ben is at the keyboard.
  const service = createService({ dataDir: path.join(temp.dir, 'setup'), sampleDataDir: SAMPLE_DATA_DIR, appVersion: 'test', host: 'cli' });
  ok(await service.createProject({ path: project, name: 'Team review', districtName: 'Riverside' }));
  ok(await service.rateCriterion({ criterionId: '2.1.1', level: 'developing', rationale: 'A plan exists; two schools use it.', reviewer: 'Ana Ruiz' }));
  ok(await service.rateCriterion({ criterionId: '2.1.2', level: 'established', rationale: 'Minutes show monthly reviews.', reviewer: 'Ana Ruiz' }));
  ok(await service.rateCriterion({ criterionId: '2.1.1', level: 'established', rationale: 'Every principal could describe it.', reviewer: 'Ben Cole' }));
  ok(await service.rateCriterion({ criterionId: '2.1.2', level: 'established', rationale: 'Agree.', reviewer: 'Ben Cole' }));
  ok(await service.setReviewer({ name: 'Ben Cole' }));
  ok(await service.setBlindRating({ on: true }));
  await service.dispose();
  session = await openBrowserSession('team', { width: 1360, height: 1000 });
  page = session.page;
});
afterAll(async () => {
  await session?.close();
  temp.remove();
});

/** Opens the project as a user does: Open review…, type the path, open. */
async function openProject(): Promise<void> {
  await page.goto(session.app.host.url);
  await page.getByRole('button', { name: 'Open review…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Project file on this computer' }).fill(project);
  await dialog.getByRole('button', { name: /^Open/ }).click();
  await page.getByRole('link', { name: 'Review' }).first().waitFor({ timeout: 60_000 });
}

describe('review team in the browser', () => {
  it('in blind mode shows the reviewer only their own ratings', async () => {
    await openProject();
    await page.getByRole('link', { name: 'Review' }).first().click();
    await page.getByRole('tab', { name: /Domain 2/ }).click();
    const card = page.locator('article.criterion-card', { has: page.getByRole('heading', { name: /^2\.1\.1 / }) });
    await card.waitFor({ timeout: 60_000 });
    expect(await card.getByRole('radio', { name: 'Established' }).isChecked()).toBe(true);
    expect(await card.textContent()).toContain('Every principal could describe it.');
    expect(await page.locator('main').textContent()).not.toContain('Ana Ruiz');
    expect(await page.getByRole('link', { name: /Team \(independent rating on\)/ }).count()).toBe(1);
    await session.shot('blind-review');
  }, 180_000);

  it('turns blind mode off, shows agreement and both ratings side by side, and reconciles', async () => {
    await page.getByRole('link', { name: /^Team/ }).click();
    await page.getByRole('heading', { name: 'Review team', level: 1 }).waitFor();
    await page.getByText('Agreement and the reviewers').waitFor();
    await page.getByRole('switch', { name: 'Independent (blind) rating' }).click({ force: true });
    await page.getByRole('heading', { name: 'Agreement', level: 2 }).waitFor();
    const row = page.locator('article.reconcile-row', { has: page.getByRole('heading', { name: /^2\.1\.1 / }) });
    await row.waitFor();
    // Largest disagreement first: 2.1.1 is one level apart, 2.1.2 agreed.
    expect(await page.locator('article.reconcile-row h3').first().textContent()).toMatch(/^2\.1\.1 .*1 level apart$/);
    expect(await row.locator('tbody tr').allTextContents()).toEqual(['Ana RuizDevelopingA plan exists; two schools use it.', 'Ben ColeEstablishedEvery principal could describe it.']);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await session.shot('team-screen');
    await row.locator('label.level-radio', { hasText: /^Developing$/ }).click();
    await row.getByRole('textbox', { name: /Reason for the consensus/ }).fill('Practice is consistent at only two schools.');
    await row.getByRole('button', { name: 'Set consensus' }).click();
    await row.getByText('Consensus Developing, set by Ben Cole').waitFor();
    await session.shot('team-reconciled');
  }, 120_000);

  it('prints the team and its agreement in the methods appendix', async () => {
    await page.evaluate(() => ((globalThis as unknown as { location: { hash: string } }).location.hash = '#/print-report'));
    for (let i = 0; i < 600; i++) {
      const state = await page.evaluate(() => (globalThis as unknown as { document: { body: { dataset: Record<string, string | undefined> } } }).document.body.dataset.reportReady ?? '');
      if (state === 'true') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const file = path.join(temp.dir, 'team-report.pdf');
    fs.writeFileSync(file, await page.pdf(playwrightPdfOptions('letter', 'Team review', false) as Parameters<Page['pdf']>[0]));
    expect(pdfInfo(file).tagged).toBe(true);
    const text = flat(pdfPages(file).join('\n'));
    expect(text).toContain('The review team and its agreement');
    expect(text).toContain('2 reviewers (Ana Ruiz, Ben Cole) rated the criteria independently; 2 criteria were rated by two or more of them.');
    expect(text).toContain('They disagreed on 1 criterion; the lead reviewer set a consensus rating with a written reason for 1 of them.');
    expect(text).toMatch(/Krippendorff's alpha \(ordinal\) -?\d\.\d\d/);
    expect(session.problems).toEqual([]);
  }, 120_000);
});
