// Pure parts of the report: words and dates, print addresses and options, benchmark baselines from published
// rows, and how the command line finds a browser to print with.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchmarkSpec, PublishedMetricRow } from '../../../analysis/api';
import { findPrintBrowser, NO_BROWSER_MESSAGE } from '../../../analysis/report/print/find-browser';
import { baselineFromRows } from '../../../analysis/findings/benchmark-baseline';
import { formatFigure } from '../../../analysis/findings/benchmark-format';
import { findMetric } from '../../../analysis/metrics/registry';
import { footerTemplate, headerTemplate, playwrightPdfOptions, printAddress } from '../../../analysis/report/print-options';
import { countText, longDate, reviewPeriod } from '../../../analysis/report/report-text';
import { makeTempDir } from '../../support/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());

const row = (over: Partial<PublishedMetricRow>): PublishedMetricRow => ({
  school_year: 2024, facet_value: null, facet_label: null, group_value: 'black', group_label: 'Black or African American', group_order: 3, is_total: false, internal: false,
  numerator: 389, numerator_coded: null, denominator: 4526, denominator_coded: null, value: 0.0859, value_lower: 0.078, value_upper: 0.094, value_coded: null, value_note: null,
  reference_label: 'All other students', reference_value: 0.044, gap: 0.0451, gap_note: null, risk_ratio: 2.12, risk_ratio_note: null, flagged: true, years_over_threshold: 3,
  outcome_share: null, population_share: null, composition_index: null, funnel_target: null, funnel_lower_95: null, funnel_upper_95: null, funnel_lower_998: null, funnel_upper_998: null,
  funnel_position: null, suppressed: false, suppression_reason: null, ...over,
});
const oss = findMetric('out_of_school_suspension')!;
const spec = (over: Partial<BenchmarkSpec>): BenchmarkSpec => ({ metricId: oss.id, statistic: 'value', groupType: 'race_ethnicity', group: 'black', target: 4, targetYear: 2027, ...over });

describe('report words', () => {
  it('writes dates and review periods the way people do', () => {
    expect(longDate('2024-09-16')).toBe('September 16, 2024');
    expect(longDate('2024-12-13T10:00:00Z')).toBe('December 13, 2024');
    expect(reviewPeriod('2024-09-16', '2024-12-13')).toBe('September 16 to December 13, 2024');
    expect(reviewPeriod('2024-12-02', '2025-01-10')).toBe('December 2, 2024 to January 10, 2025');
    expect(reviewPeriod('2024-12-02', null)).toBe('December 2, 2024');
    expect(reviewPeriod(null, null)).toBe('Not set');
  });

  it('prints a small count of records as "<10" in a public report, as is in an internal one', () => {
    expect(countText(3, 10, false)).toBe('<10');
    expect(countText(0, 10, false)).toBe('0');
    expect(countText(10, 10, false)).toBe('10');
    expect(countText(1226, 10, false)).toBe('1,226');
    expect(countText(3, 10, true)).toBe('3');
  });
});

describe('print options', () => {
  it('addresses the print route with its query where the app’s hash router keeps it', () => {
    expect(printAddress('http://127.0.0.1:4000/', 'a4', true)).toBe('http://127.0.0.1:4000/?paper=a4&internal=1#/print-report');
    expect(printAddress('http://127.0.0.1:4000/#token=abc', 'letter', false)).toBe('http://127.0.0.1:4000/?paper=letter&internal=0#/print-report');
    expect(printAddress('app://equitylens/index.html', 'letter', false)).toBe('app://equitylens/index.html?paper=letter&internal=0#/print-report');
    expect(printAddress('http://127.0.0.1:4000/', 'letter', false, undefined, { disagreementMap: true })).toBe('http://127.0.0.1:4000/?paper=letter&internal=0&disagreementMap=1#/print-report');
  });

  it('asks for a tagged PDF with an outline, page numbers in the footer and the paper chosen', () => {
    const options = playwrightPdfOptions('letter', 'Review · Riverside', false);
    expect(options).toMatchObject({ format: 'Letter', tagged: true, outline: true, displayHeaderFooter: true, printBackground: true, margin: { top: '0.7in', bottom: '0.8in' } });
    expect(options.footerTemplate).toContain('<span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect(playwrightPdfOptions('a4', 't', false).format).toBe('A4');
    expect(headerTemplate(false)).toBe('<span></span>');
  });

  it('escapes the running title and marks internal reports at the top and bottom of every page', () => {
    expect(footerTemplate('<script>alert(1)</script> & co', false)).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(footerTemplate('Review', true)).toContain('INTERNAL: unsuppressed figures, not for distribution');
    expect(headerTemplate(true)).toContain('INTERNAL: unsuppressed figures, not for distribution');
  });
});

describe('benchmark baselines', () => {
  it('reads the group’s figure in the latest year, in the display unit', () => {
    const rows = [row({ school_year: 2023, value: 0.09 }), row({}), row({ group_value: 'white', group_label: 'White', value: 0.038 })];
    expect(baselineFromRows(rows, spec({}), oss, 10)).toEqual({
      year: 2024, value: 8.59, text: '8.6% in 2023-24', suppressed: false, metricLabel: 'Out-of-school suspension', statisticLabel: 'Rate or average', groupLabel: 'Black or African American',
    });
    expect(baselineFromRows(rows, spec({ statistic: 'gap' }), oss, 10).text).toBe('4.5 pts above in 2023-24');
    expect(baselineFromRows(rows, spec({ statistic: 'risk_ratio' }), oss, 10)).toMatchObject({ value: 2.12, text: '2.12 in 2023-24' });
  });

  it('reads the total row for all students', () => {
    const rows = [row({}), row({ is_total: true, group_value: 'all', group_label: 'All students', value: 0.052 })];
    expect(baselineFromRows(rows, spec({ groupType: null, group: null }), oss, 10)).toMatchObject({ value: 5.2, groupLabel: 'All students' });
  });

  it('says when the baseline is withheld, and why a statistic is missing, never printing zero', () => {
    const small = row({ group_value: 'native_hawaiian_pacific_islander', group_label: 'Native Hawaiian or Other Pacific Islander', value: null, value_coded: '<13.7%', numerator: null, numerator_coded: '<10', gap: null, risk_ratio: null, suppressed: true, suppression_reason: 'small_count' });
    const result = baselineFromRows([small], spec({ group: 'native_hawaiian_pacific_islander' }), oss, 10);
    expect(result).toMatchObject({ value: null, suppressed: true, text: 'withheld to protect a group of fewer than 10 students (<13.7%)' });
    const noRatio = row({ risk_ratio: null, risk_ratio_note: 'insufficient_cell_size' });
    expect(baselineFromRows([noRatio], spec({ statistic: 'risk_ratio' }), oss, 10).text).toBe('not available (insufficient cell size)');
    expect(baselineFromRows([], spec({}), oss, 10)).toMatchObject({ year: null, value: null, text: 'no data for this group' });
  });

  it('formats targets like baselines', () => {
    expect(formatFigure(4, oss, 'value')).toBe('4.0%');
    expect(formatFigure(-7.5, oss, 'gap')).toBe('7.5 pts below');
    expect(formatFigure(1.5, oss, 'risk_ratio')).toBe('1.50');
  });
});

describe('finding a browser to print with', () => {
  const fakeRoot = path.join(temp.dir, 'app');
  const binary = (file: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '');
    return file;
  };

  it('prefers a browser named in CHROME_PATH or CHROMIUM_PATH', () => {
    const chrome = binary(path.join(temp.dir, 'bin', 'chrome'));
    expect(findPrintBrowser({ CHROME_PATH: chrome }, 'plan9', fakeRoot)).toEqual({ kind: 'chromium', executable: chrome });
    expect(findPrintBrowser({ CHROMIUM_PATH: chrome }, 'plan9', fakeRoot)).toEqual({ kind: 'chromium', executable: chrome });
    expect(findPrintBrowser({ CHROME_PATH: path.join(temp.dir, 'missing') }, 'plan9', fakeRoot)).toBeNull();
  });

  it('uses an installed Electron binary with the bundled print script, else nothing on an unknown platform', () => {
    expect(findPrintBrowser({}, 'plan9', fakeRoot)).toBeNull();
    fs.mkdirSync(path.join(fakeRoot, 'node_modules', 'electron'), { recursive: true });
    fs.writeFileSync(path.join(fakeRoot, 'node_modules', 'electron', 'path.txt'), 'electron');
    const electron = binary(path.join(fakeRoot, 'node_modules', 'electron', 'dist', 'electron'));
    // Without the print script, Electron alone cannot print.
    expect(findPrintBrowser({}, 'plan9', fakeRoot)).toBeNull();
    const script = binary(path.join(fakeRoot, 'dist-electron', 'print-cli.cjs'));
    expect(findPrintBrowser({}, 'plan9', fakeRoot)).toEqual({ kind: 'electron', executable: electron, script });
  });

  it('says in one line what to install', () => {
    expect(NO_BROWSER_MESSAGE).not.toContain('\n');
    expect(NO_BROWSER_MESSAGE).toMatch(/install Google Chrome or Chromium .* or set CHROME_PATH/);
  });
});
