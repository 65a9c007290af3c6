// Browser scenario: an equity director explores out-of-school suspension in the sample district, checks
// every chart kind for accessibility (text inside the SVG too), narrows to one school and exports it, then
// adds a second school with the multi-select from the keyboard and checks every caption names both.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityProblems } from '../support/axe';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { SCREENSHOT_DIR } from '../support/web-app';

let session: BrowserSession;
let page: Page;
let problems: string[];
/** N of the one-school chart, which two schools together must exceed. */
let oneSchoolN = 0;
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
/** The drop-down with this label: its button is named by its value, then its label. */
const select = (label: string) => page.getByRole('button', { name: new RegExp(`(^| )${label}$`) });
/** The chart itself: Plot draws a colour legend as a first, smaller svg in some kinds. */
const chartSvg = () => figure().locator('.plot-chart svg').last();
async function chooseView(name: string) {
  await page.locator('.view-kinds label.segment').filter({ hasText: new RegExp(`^${name}$`) }).click();
  await figure().locator('svg').first().waitFor();
}

/**
 * Text inside the chart's SVG below AA contrast (4.5:1): axe does not look inside SVG, so this does.
 * The background of each label is the topmost filled rectangle under its centre (a heat-map cell), else white.
 */
async function svgContrastProblems(): Promise<string[]> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: Document }).document;
    const view = doc.defaultView!;
    const rgb = (color: string): number[] => (color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    const failures: string[] = [];
    for (const text of doc.querySelectorAll('figure.chart-figure svg text')) {
      const box = text.getBoundingClientRect();
      if (box.width === 0 || !text.textContent?.trim()) continue;
      const under = doc.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2).find((e) => e.tagName === 'rect' && view.getComputedStyle(e).fill !== 'none');
      const background = under ? view.getComputedStyle(under).fill : 'rgb(255, 255, 255)';
      const ink = view.getComputedStyle(text).fill;
      const value = ratio(ink, background);
      if (value < 4.5) failures.push(`"${text.textContent}" ${ink} on ${background}: ${value.toFixed(2)}:1`);
    }
    return failures;
  });
}

async function downloadText(button: string): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), figure().getByRole('button', { name: button }).click()]);
  const file = await download.path();
  return { download, text: fs.readFileSync(file, 'utf8') };
}

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF), written here so the test does not trust our writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n')) cell += c;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    }
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('Explore in the browser', () => {
  it('shows out-of-school suspension by race/ethnicity with intervals, honest withheld labels and a headline naming the district', async () => {
    await page.getByRole('link', { name: 'Explore' }).click();
    await page.getByRole('option', { name: 'ELA proficiency' }).click();
    await page.waitForURL(/metric=ela_proficiency/);
    await page.getByRole('option', { name: 'Out-of-school suspension' }).click();
    await page.waitForURL(/metric=out_of_school_suspension/);
    await figure().locator('svg').first().waitFor();
    expect(await figure().getByRole('heading', { level: 3 }).textContent()).toBe('Out-of-school suspension by race/ethnicity, Riverside Unified School District (sample), 2023-24');
    await expect.poll(() => figure().locator('g[aria-label="bar"] rect').count()).toBeGreaterThanOrEqual(5);
    await expect.poll(() => figure().locator('g[aria-label="rule"] line').count()).toBeGreaterThanOrEqual(5);
    expect(await figure().locator('.subtitle').textContent()).toMatch(
      /^In Riverside Unified School District \(sample\) in 2023-24, out-of-school suspension was highest for [A-Z][\w ]+ students: \d+\.\d%, against \d+\.\d% for all other students \(\d+\.\d percentage points above\)/,
    );
    expect(await figure().locator('.chart-footer').textContent()).toMatch(/2023-24\. N = [\d,]+ students\./);
    // Never the old literal: a withheld label says whether the group or the count is small.
    expect(await figure().locator('svg').first().textContent()).not.toContain('n<10');
    // Every mark's tooltip is reachable from the keyboard: one tab stop, then the arrow keys.
    const marks = chartSvg().locator('.plot-mark');
    await marks.first().focus();
    const tip = page.locator('.plot-tip');
    await expect.poll(() => tip.textContent()).toMatch(/^Hispanic or Latino\d+\.\d% \(count [\d,]+, n [\d,]+\)95% interval/);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => tip.textContent()).not.toMatch(/^Hispanic or Latino/);
    expect(await marks.evaluateAll((all) => all.filter((m) => m.getAttribute('tabindex') === '0').length)).toBe(1);
    await shot('groups');
  });

  it('has no serious accessibility problem and AA contrast inside the SVG on every chart kind', async () => {
    for (const kind of ['Groups', 'Gaps', 'Trend', 'Schools × groups', 'School funnel', 'Composition', 'Intersection']) {
      await chooseView(kind);
      await expect.poll(() => figure().locator('svg').first().count()).toBe(1);
      expect(await seriousAccessibilityProblems(page), kind).toEqual([]);
      expect(await svgContrastProblems(), kind).toEqual([]);
      expect(await figure().locator('.subtitle').textContent(), kind).toMatch(/^(In|At) /);
      await shot(`kind-${kind.replace(/\W+/g, '-').toLowerCase()}`);
    }
    expect(problems).toEqual([]);
  });

  it('filters to one school and exports PNG, SVG and CSV that name the school and N', async () => {
    await chooseView('Groups');
    await select('School').click();
    await page.getByRole('option', { name: 'Bayview Middle School', exact: true }).click();
    // Several schools can be chosen, so the list stays open until Escape.
    await page.keyboard.press('Escape');
    await page.waitForURL(/school=/);
    await expect.poll(() => figure().getByRole('heading', { level: 3 }).textContent()).toBe('Out-of-school suspension by race/ethnicity, Bayview Middle School, 2023-24');
    expect(await figure().locator('.subtitle').textContent()).toMatch(/^At Bayview Middle School in 2023-24, /);
    const footer = (await figure().locator('.chart-footer').textContent()) ?? '';
    const n = /N = ([\d,]+) students/.exec(footer)?.[1];
    expect(n).toBeDefined();
    oneSchoolN = Number(n!.replace(/,/g, ''));

    const svg = await downloadText('Save SVG');
    expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
    const svgDoc = await page.evaluate((source) => {
      const parsed = new (globalThis as unknown as { DOMParser: typeof DOMParser }).DOMParser().parseFromString(source, 'image/svg+xml');
      const read = (selector: string) => [...parsed.querySelectorAll(selector)].map((t) => t.textContent).join(' ');
      return { title: read('.export-title text'), caption: read('.export-caption text'), width: Number(parsed.documentElement.getAttribute('width')), height: Number(parsed.documentElement.getAttribute('height')) };
    }, svg.text);
    expect(svgDoc.title).toContain('Bayview Middle School');
    expect(svgDoc.title).toContain('At Bayview Middle School in 2023-24');
    expect(svgDoc.caption).toContain(`N = ${n} students`);
    expect(svgDoc.caption).toContain('95% confidence interval');

    const [png] = await Promise.all([page.waitForEvent('download'), figure().getByRole('button', { name: 'Save PNG' }).click()]);
    const bytes = fs.readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The picture is the SVG above at twice the pixels: its title and caption are drawn into it.
    expect(bytes.readUInt32BE(16)).toBe(svgDoc.width * 2);
    expect(bytes.readUInt32BE(20)).toBe(svgDoc.height * 2);

    const csv = await downloadText('Save CSV');
    const rows = parseCsv(csv.text);
    const blank = rows.findIndex((r) => r.every((c) => c === ''));
    const metadata = Object.fromEntries(rows.slice(1, blank).map((r) => [r[0], r[1]]));
    expect(metadata).toMatchObject({ Place: 'Bayview Middle School', 'School year': '2023-24', N: `${n} students` });
    expect(metadata.District).toMatch(/Riverside Unified/);
    const [header, ...data] = rows.slice(blank + 1).filter((r) => r.length > 1);
    for (const column of ['Value (%)', 'Lower 95% (%)', 'Upper 95% (%)', 'Count', 'N']) {
      const i = header!.indexOf(column);
      expect(i, column).toBeGreaterThan(0);
      const filled = data.map((r) => r[i]!).filter((c) => c !== '');
      expect(filled.length, column).toBeGreaterThan(0);
      for (const c of filled) expect(Number.isFinite(Number(c)), `${column}: ${c}`).toBe(true);
    }
    // The all-students N in the table is the N in the caption.
    expect(Number(data.find((r) => r[0] === 'All students')![header!.indexOf('N')])).toBe(Number(n!.replace(/,/g, '')));
    const [xlsx] = await Promise.all([page.waitForEvent('download'), figure().getByRole('button', { name: 'Save XLSX' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.getWorksheet('Data')!;
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    const valueColumn = headings.indexOf('Value (%)') + 1;
    const numbers = [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2).getCell(valueColumn)).filter((c) => c.value !== null);
    expect(numbers.length).toBeGreaterThan(0);
    for (const c of numbers) expect(c.type).toBe(ExcelJS.ValueType.Number);
    expect(workbook.getWorksheet('About')!.getCell('B3').value).toBe('Bayview Middle School');
    await shot('one-school');
  });

  it('adds a second school from the keyboard; the title, headline, caption and exports name both schools', async () => {
    const button = select('School');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const list = page.getByRole('listbox', { name: 'School' });
    await list.waitFor();
    expect(await list.getAttribute('aria-multiselectable')).toBe('true');
    expect(await list.getByRole('option', { name: 'Bayview Middle School', exact: true }).getAttribute('aria-selected')).toBe('true');
    // The open list of check boxes passes axe too.
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await shot('school-multi-select-open');
    // Type-ahead moves to the school; Enter ticks it (a Space right after typing would extend the search);
    // the list stays open for more, and Escape closes it.
    await page.keyboard.type('Eastgate');
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: Document }).document.activeElement?.textContent)).toBe('Eastgate Middle School');
    await page.keyboard.press('Enter');
    await expect.poll(() => list.getByRole('option', { name: 'Eastgate Middle School', exact: true }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    await page.waitForURL(/school=[^&]*%2C/);
    const both = 'Bayview Middle School and Eastgate Middle School';
    await expect.poll(() => figure().getByRole('heading', { level: 3 }).textContent()).toBe(`Out-of-school suspension by race/ethnicity, ${both}, 2023-24`);
    // The button counts the choices; the list and the chart's words name them.
    expect(await button.textContent()).toContain('2 schools');
    expect(await figure().locator('.subtitle').textContent()).toMatch(new RegExp(`^Across ${both} in 2023-24, `));
    const footer = (await figure().locator('.chart-footer').textContent()) ?? '';
    expect(footer).toContain(`${both} (Riverside Unified School District (sample)), 2023-24.`);
    const n = Number(/N = ([\d,]+) students/.exec(footer)![1]!.replace(/,/g, ''));
    // Two schools pool their students: more than the first school alone.
    expect(n).toBeGreaterThan(oneSchoolN);

    const svg = await downloadText('Save SVG');
    const svgText = await page.evaluate((source) => {
      const parsed = new (globalThis as unknown as { DOMParser: typeof DOMParser }).DOMParser().parseFromString(source, 'image/svg+xml');
      const read = (selector: string) => [...parsed.querySelectorAll(selector)].map((t) => t.textContent).join(' ');
      return { title: read('.export-title text'), caption: read('.export-caption text') };
    }, svg.text);
    // The exported picture wraps long lines: compare its words, not its line breaks.
    const words = (text: string) => text.replace(/\s+/g, ' ');
    expect(words(svgText.title)).toContain(`Across ${both} in 2023-24`);
    expect(words(svgText.caption)).toContain(`N = ${n.toLocaleString('en-US')} students`);
    expect(words(svgText.caption)).toContain(both);
    const csv = parseCsv((await downloadText('Save CSV')).text);
    const metadata = Object.fromEntries(csv.slice(1, csv.findIndex((r) => r.every((c) => c === ''))).map((r) => [r[0], r[1]]));
    expect(metadata).toMatchObject({ Place: both, Schools: 'Bayview Middle School; Eastgate Middle School' });
    expect(problems).toEqual([]);
    await shot('two-schools');
  });

  it('shows a chart on the first screen at 1024 px and uses the width at 1920 px', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    // The narrower chart is drawn again for its new width: measure the one that is there now.
    await chartSvg().waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/explore-1024.png` });
    const top = await chartSvg().boundingBox();
    expect(top!.y).toBeLessThan(768);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Clear school' }).click();
    await page.waitForURL((url) => !url.search.includes('school='));
    await chooseView('Schools × groups');
    const wide = await chartSvg().boundingBox();
    // At 1440 px the chart is about 900 px wide; at 1920 px it takes the extra room.
    expect(wide!.width).toBeGreaterThan(1150);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/explore-1920.png` });
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('filters to one school level and opens the data table', async () => {
    await chooseView('Groups');
    await page.getByRole('button', { name: /More filters/ }).click();
    await select('School level').click();
    await page.getByRole('option', { name: 'High', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/level=high/);
    await figure().locator('svg').first().waitFor();
    expect(await figure().getByRole('heading', { level: 3 }).textContent()).toContain('Riverside Unified School District (sample), high schools, 2023-24');
    await page.getByRole('button', { name: 'Show data table' }).click();
    const table = figure().locator('table');
    await table.waitFor();
    const header = await table.locator('thead th').allTextContents();
    expect(header.slice(0, 4)).toEqual(['Group', 'School year', 'Value', '95% interval']);
    await shot('high-schools-table');
    // The source is chosen explicitly and named in the caption.
    expect(await select('Data source').textContent()).toContain('Automatic (student records)');
    expect(await figure().locator('.chart-footer').textContent()).toMatch(/Source: student records \(\w+\)\.$/);
    // High schools in the exploration phase: the sample has none, and the screen says so (not "too small").
    await select('Implementation phase').click();
    await page.getByRole('option', { name: 'Exploration', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByText(/^No school matches these filters/).waitFor();
    await shot('no-school-matches');
    await page.getByRole('button', { name: 'Clear implementation phase' }).click();
    await figure().locator('svg').first().waitFor();
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
    // Proposed from the chart's metric: suspension by race/ethnicity is evidence for the discipline criterion.
    expect(await dialog.getByText(/^Proposed: /).textContent()).toContain('Exclusionary discipline across racial and ethnic groups');
    await dialog.getByRole('button', { name: 'Add as evidence' }).click();
    await page.getByText(/^Linked as evidence to “D1 · Exclusionary discipline across racial and ethnic groups/).waitFor();
    await shot('evidence-linked');
  });

  it('keeps the view in the address, so a reload reopens it', async () => {
    await page.reload();
    await figure().locator('svg').first().waitFor();
    expect(page.url()).toMatch(/level=high/);
    expect(await select('School level').textContent()).toContain('High');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });
});
