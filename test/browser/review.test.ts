// Browser scenario: the guided review on the sample district in real Chromium, through the web host.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityProblems } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';

let session: BrowserSession;
let page: Page;
let problems: string[];

beforeAll(async () => {
  session = await openBrowserSession('review', { width: 1360, height: 1000 });
  ({ page, problems } = session);
});
afterAll(() => session?.close());

const shot = (name: string) => session.shot(name);
const card = (id: string): Locator => page.locator('article.criterion-card', { has: page.getByRole('heading', { name: new RegExp(`^${id.replaceAll('.', '\\.')} `) }) });
const radio = (c: Locator, label: string) => c.locator('label.level-radio', { hasText: new RegExp(`^${label}$`) });


describe('guided review in the browser', () => {
  it('opens the sample district and steps through Domain 1', async () => {
    await page.goto(session.app.host.url);
    await page.getByRole('button', { name: 'Open sample district' }).click();
    await page.getByRole('heading', { name: /Riverside Unified/, level: 1 }).waitFor({ timeout: 90_000 });
    await page.getByRole('link', { name: 'Review' }).click();
    await page.getByRole('heading', { name: 'Review', level: 1 }).waitFor();
    expect(await page.getByRole('tab', { name: /Domain 1/ }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab').count()).toBe(4);
    expect(await page.getByRole('tab', { name: /Domain 1/ }).textContent()).toContain('0 of 13 rated');
    await page.getByRole('heading', { name: 'Academic achievement', level: 2 }).waitFor();
    await shot('domain1');
    await page.getByRole('link', { name: /^Next: Attendance and discipline/ }).click();
    await page.getByRole('heading', { name: 'Attendance and discipline', level: 2 }).waitFor();
    expect(page.url()).toMatch(/#\/review\/d1\/d1\.engagement$/);
  }, 180_000); // Opening the sample district builds it: a minute or more on a busy two-core machine.

  it('shows the data-suggested level with its reason, and the three descriptors side by side', async () => {
    const discipline = card('1.2.3');
    await discipline.waitFor();
    expect(await discipline.locator('.suggestion').textContent()).toContain(
      'Suggested: Initiating. Out-of-school suspension risk ratio for Black or African American students 2.12 in 2023-24, over 2 in each of 3 years (2.61, 2.34, 2.12).',
    );
    expect(await discipline.locator('.descriptor-level').allTextContents()).toEqual(['1 Initiatingsuggested', '2 Developing', '3 Established']);
    const labels = await discipline.getByRole('radiogroup', { name: 'Rating' }).getByRole('radio').evaluateAll((inputs) => inputs.map((i) => i.closest('label')?.textContent));
    expect(labels).toEqual(['Initiating', 'Developing', 'Established', 'Not rated']);
  });

  it('requires a rationale when the rating differs from the suggestion, asks who is reviewing, then saves', async () => {
    const discipline = card('1.2.3');
    await radio(discipline, 'Developing').click();
    await discipline.getByText(/Explain why your rating differs from the suggested level \(Initiating\)/).waitFor();
    expect(await discipline.getByRole('textbox', { name: /Rationale \(required/ }).getAttribute('aria-invalid')).toBe('true');
    await shot('rationale-required');
    await discipline.getByRole('textbox', { name: /Rationale/ }).fill('Restorative-practice schools have cut the gap to 1.9; the district trend is down each year.');
    await discipline.getByRole('button', { name: 'Save rationale' }).click();
    // The first change asks for the reviewer's name for the audit log.
    const dialog = page.getByRole('dialog', { name: 'Who is reviewing?' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Your name' }).fill('Dana Reyes');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await discipline.locator('.criterion-saved.saved', { hasText: 'Saved' }).waitFor();
    await discipline.getByText(/^Rated by Dana Reyes/).waitFor();
    expect(await discipline.getByRole('radio', { name: 'Developing' }).isChecked()).toBe(true);
    expect(await page.getByRole('tab', { name: /Domain 1/ }).textContent()).toContain('1 of 13 rated');
  });

  it('rates with the keyboard alone when agreeing with the suggestion', async () => {
    const swd = card('1.2.4');
    await swd.getByRole('radio', { name: 'Not rated' }).focus();
    // Arrow keys move through the radio group, as in any native one.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await swd.getByRole('radio', { name: 'Initiating' }).isChecked()).toBe(true);
    await swd.locator('.criterion-saved.saved').waitFor();
    expect(await page.getByRole('tab', { name: /Domain 1/ }).textContent()).toContain('2 of 13 rated');
  });

  it('links a chart view and adds an interview note; the triangulation shows what is still missing', async () => {
    const discipline = card('1.2.3');
    await discipline.getByRole('button', { name: 'Link chart view to 1.2.3' }).click();
    const viewDialog = page.getByRole('dialog', { name: 'Link a chart view' });
    await viewDialog.waitFor();
    expect(await viewDialog.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Out-of-school suspension risk ratio by race/ethnicity');
    await viewDialog.getByRole('button', { name: 'Link view' }).click();
    await viewDialog.waitFor({ state: 'detached' });
    await discipline.locator('.evidence-item', { hasText: 'Out-of-school suspension risk ratio by race/ethnicity' }).waitFor();

    await discipline.getByRole('button', { name: 'Add note to 1.2.3' }).click();
    const noteDialog = page.getByRole('dialog', { name: 'Add a note' });
    await noteDialog.waitFor();
    await noteDialog.getByRole('textbox', { name: 'Title' }).fill('Assistant principals on suspensions');
    await noteDialog.getByRole('textbox', { name: /^Source/ }).fill('Assistant principals, three middle schools');
    await noteDialog.getByLabel('Date').fill('2024-03-12');
    await noteDialog.getByRole('textbox', { name: 'Note' }).fill('Suspension remains the default response to defiance at two of the three schools.');
    await shot('note-dialog');
    await noteDialog.getByRole('button', { name: 'Add note' }).click();
    await noteDialog.waitFor({ state: 'detached' });
    await discipline.locator('.evidence-item', { hasText: 'Assistant principals on suspensions' }).waitFor();
    const badges = await discipline.locator('.tri-badge').allTextContents();
    expect(badges).toEqual(['✓ Quantitative data: present', '✓ Stakeholder voice: present', '○ Observation or document review: missing']);
    await shot('criterion');
  });

  it('has no serious or critical accessibility violations on the Review screen', async () => {
    const serious = await seriousAccessibilityProblems(page);
    expect(serious).toEqual([]);
  });

  it('shows all of it again after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Attendance and discipline', level: 2 }).waitFor({ timeout: 30_000 });
    const discipline = card('1.2.3');
    await discipline.waitFor();
    expect(await discipline.getByRole('radio', { name: 'Developing' }).isChecked()).toBe(true);
    expect(await discipline.getByRole('textbox', { name: /Rationale/ }).inputValue()).toBe(
      'Restorative-practice schools have cut the gap to 1.9; the district trend is down each year.',
    );
    expect(await discipline.locator('.evidence-item .evidence-title').allTextContents()).toEqual([
      'Out-of-school suspension risk ratio by race/ethnicity',
      'Assistant principals on suspensions',
    ]);
    expect(await card('1.2.4').getByRole('radio', { name: 'Initiating' }).isChecked()).toBe(true);
    expect(await page.locator('.review-facts').textContent()).toContain('Dana Reyes');
    await shot('after-reload');
  });

  it('lists the changes in the audit log', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    const changes = await rows.locator('th').allTextContents();
    // Each change in one sentence: who, what (with the level it replaced), when, and the rationale in full.
    const when = String.raw`\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}`;
    const expected = [
      String.raw`Dana Reyes added interview "Assistant principals on suspensions" to 1\.2\.3, ${when}`,
      String.raw`Dana Reyes added chart or metric view "Out-of-school suspension risk ratio by race/ethnicity(, by year)?" to 1\.2\.3, ${when}`,
      String.raw`Dana Reyes rated 1\.2\.4 Initiating \(was not rated\), ${when}`,
      String.raw`Dana Reyes rated 1\.2\.3 Developing \(was not rated\), ${when}, rationale: Restorative-practice schools have cut the gap to 1\.9; the district trend is down\S*.*`,
      String.raw`Dana Reyes set the reviewer to "Dana Reyes", ${when}`,
    ];
    expect(changes).toHaveLength(expected.length);
    changes.forEach((text, i) => expect(text).toMatch(new RegExp(`^${expected[i]}$`)));
    for (const text of changes) expect(text).not.toMatch(/domainId|criterionId|rationale: *$/);
    await shot('audit-log');
  });

  it('lists the templates, duplicates and edits one, and undoes the edit from the review', async () => {
    await page.getByRole('link', { name: 'Review', exact: true }).first().click();
    await page.getByRole('link', { name: 'Templates' }).click();
    await page.getByRole('heading', { name: 'Rubric templates', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Duplicate District Systems Quality Review: Equity Lens' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name of the copy' }).fill('Riverside variant');
    await dialog.getByRole('button', { name: 'Duplicate' }).click();
    // The dialog stays open until the review is read again; the list is read once it has closed.
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Riverside variant/ }).getByRole('button', { name: /^Edit/ }).waitFor();
    expect(await page.getByRole('row', { name: /Riverside variant/ }).getByRole('button', { name: /^Edit/ }).count()).toBe(1);
    // Edit the copy's wording: saved as version 2.
    await page.getByRole('button', { name: 'Edit Riverside variant' }).click();
    const editor = page.locator('section.template-editor');
    await editor.locator('summary', { hasText: 'Domain 1' }).click();
    const title = editor.locator('fieldset', { hasText: '1.1.1' }).getByRole('textbox', { name: 'Title' });
    await title.fill('Reading proficiency by racial and ethnic group');
    await editor.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByText('Saved "Riverside variant" as version 2.').waitFor();
    expect(await page.getByRole('row', { name: /Riverside variant/ }).getByRole('cell').first().textContent()).toBe('v2');
    await page.getByRole('button', { name: 'View District Systems Quality Review: Equity Lens' }).click();
    await page.getByRole('heading', { name: /District Systems Quality Review: Equity Lens v1/, level: 2 }).waitFor();
    await shot('templates');
    await page.goto(`${session.app.host.url.split('#')[0]}#/review/d1/d1.engagement`);
    await page.getByRole('button', { name: 'Undo last change' }).click();
    await page.locator('.save-indicator.saved').waitFor();
    // The edit was the last change; undoing it leaves the duplication as the next to undo.
    expect(await page.locator('#undo-what').textContent()).toBe('Undoes: Duplicated template "District Systems Quality Review: Equity Lens" as "Riverside variant" (district-equity-sqr-copy)');
    expect(problems).toEqual([]);
  });
});
