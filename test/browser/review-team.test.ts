// Browser scenario: a review team in real Chromium through the web host. Blind mode hides another
// reviewer's rating; the team screen names the reviewers, calibrates, shows agreement and reconciles;
// the printed report states it, with the disagreement appendix when asked for.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { playwrightPdfOptions } from '../../analysis/report/print-options';
import { createService } from '../../analysis/service/create-service';
import { seriousAccessibilityProblems } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { flat, pdfInfo, pdfPages } from '../support/poppler';
import { makeTempDir } from '../support/temp-dir';
import { SCREENSHOT_DIR } from '../support/web-app';

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
  const service = createService({ dataDir: path.join(temp.dir, 'setup'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
  ok(await service.createProject({ path: project, name: 'Team review', districtName: 'Riverside' }));
  ok(await service.rateCriterion({ criterionId: '2.1.1', level: 'developing', rationale: 'A plan exists; two schools use it.', reviewer: 'Ana Ruiz' }));
  ok(await service.rateCriterion({ criterionId: '2.1.2', level: 'established', rationale: 'Minutes show monthly reviews.', reviewer: 'Ana Ruiz' }));
  ok(await service.rateCriterion({ criterionId: '2.1.1', level: 'established', rationale: 'Every principal could describe it.', reviewer: 'Ben Cole' }));
  ok(await service.rateCriterion({ criterionId: '2.1.2', level: 'established', rationale: 'Agree.', reviewer: 'Ben Cole' }));
  // Ana calibrated before the review: Developing on all four scenarios (agreed: Initiating, Developing, Developing, Established).
  for (const vignetteId of ['cal-1', 'cal-2', 'cal-3', 'cal-4']) ok(await service.rateCalibration({ vignetteId, level: 'developing', reviewer: 'Ana Ruiz' }));
  ok(await service.setReviewer({ name: 'Ana Ruiz', role: 'equity consultant', organisation: 'Great Lakes Equity Center' }));
  ok(await service.setReviewer({ name: 'Ben Cole', role: 'lead reviewer', organisation: 'Riverside Unified School District' }));
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

  it('names the reviewers with role and organisation, and calibrates Ben against the agreed answers', async () => {
    await page.getByRole('link', { name: /^Team/ }).click();
    await page.getByRole('heading', { name: 'Review team', level: 1 }).waitFor();
    const people = page.locator('ul.team-people li');
    await people.first().waitFor();
    expect(await people.allTextContents()).toEqual(['Ana Ruiz, equity consultant, Great Lakes Equity Center', 'Ben Cole, lead reviewer, Riverside Unified School District (you)']);
    expect(await page.getByRole('textbox', { name: 'Your role in the review' }).inputValue()).toBe('lead reviewer');
    const calibration = page.locator('section', { has: page.getByRole('heading', { name: 'Calibration', level: 2 }) });
    await calibration.getByText("The team's results appear once you have rated every scenario.").waitFor();
    // Ben's answers; the agreed ones are Initiating, Developing, Developing, Established.
    const answers: [string, string][] = [['cal-1', 'Initiating'], ['cal-2', 'Developing'], ['cal-3', 'Initiating'], ['cal-4', 'Established']];
    for (const [id, level] of answers) {
      // CSS locators, not roles: the last rating folds the scenarios away, out of the accessibility tree.
      const vignette = calibration.locator('article.vignette', { has: page.locator('h3', { hasText: new RegExp(`^${id} `) }) });
      expect(await vignette.getByRole('note').count()).toBe(0);
      await vignette.locator('label.level-radio', { hasText: new RegExp(`^${level}$`) }).click();
      await vignette.getByRole('button', { name: 'Record calibration rating' }).click();
      await vignette.locator('.vignette-answer').waitFor({ state: 'attached' });
    }
    const scenarios = calibration.locator('details.calibration-scenarios');
    expect(await scenarios.evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(false);
    await scenarios.locator('summary', { hasText: 'Scenarios: 4 of 4 rated by you' }).click();
    expect(await calibration.locator('article.vignette').nth(2).getByRole('note').textContent()).toMatch(/^Agreed answer: Developing, 1 level from yours\. Results are reported publicly/);
    expect(await calibration.locator('article.vignette').nth(0).getByRole('note').textContent()).toMatch(/^Agreed answer: Initiating, the same as yours\./);
    // The team's table, worked by hand: Ana 2 of 4 (distances 1, 0, 0, 1), Ben 3 of 4 (0, 0, 1, 0).
    const rows = calibration.locator('table tbody tr');
    await rows.first().waitFor();
    expect((await rows.allTextContents()).map((t) => t.replace(/\s+/g, ' '))).toEqual([
      'Ana Ruiz2 of 40.50Developing (1 level apart)Developing (match)Developing (match)Developing (1 level apart)',
      'Ben Cole3 of 40.25Initiating (match)Developing (match)Initiating (1 level apart)Established (match)',
    ]);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await session.shot('team-calibration');
  }, 180_000);

  it('turns blind mode off, shows agreement and both ratings side by side, and reconciles', async () => {
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

  it('previews the disagreement appendix when asked for, and prints it with the team and its agreement', async () => {
    await page.getByRole('link', { name: 'Report' }).first().click();
    await page.getByRole('heading', { name: 'Report', level: 1 }).waitFor();
    await page.locator('label.checkbox', { hasText: 'Appendix: where the reviewers disagreed' }).click();
    const appendix = page.locator('section#disagreement-map');
    await appendix.getByRole('heading', { name: 'Appendix: Where the reviewers disagreed', level: 1 }).waitFor({ timeout: 60_000 });
    expect(await appendix.locator('svg g[aria-label="cell"] rect').count()).toBeGreaterThan(0);
    expect((await appendix.locator('table tbody tr').allTextContents())).toEqual(['2.1.1 An equity vision aligned with the strategic planDevelopingEstablished1 level apartDeveloping', '2.1.2 Board and public accountability for equity goalsEstablishedEstablishedagree—']);
    await appendix.scrollIntoViewIfNeeded();
    await appendix.screenshot({ path: path.join(SCREENSHOT_DIR, 'team-disagreement-map.png') });
    await page.getByRole('link', { name: 'Open print view' }).click();
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
    expect(text).toContain('The team: Ana Ruiz, equity consultant, Great Lakes Equity Center; Ben Cole, lead reviewer, Riverside Unified School District.');
    // Ana 2 and Ben 3 matches of 8; distances 2 + 1 over 8 ratings.
    expect(text).toContain('5 of their 8 ratings matched the agreed level, and their mean absolute distance from it was 0.38 levels on the three-level scale.');
    expect(text).toContain('Appendix: Where the reviewers disagreed');
    expect(text).toContain('2 criteria rated by two or more of 2 reviewers; they disagreed on 1. 2.1.1: Ana Ruiz Developing, Ben Cole Established; consensus Developing.');
    expect(session.problems).toEqual([]);
  }, 120_000);
});
