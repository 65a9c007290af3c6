// Explore's chart spec builders: pure data -> Plot options, checked as options and as rendered SVG.
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compositionOptions } from '../../../renderer/src/charts/explore/composition-spec';
import { PERCENT, type RateCell } from '../../../renderer/src/charts/explore/explore-data';
import { funnelOptions } from '../../../renderer/src/charts/explore/funnel-spec';
import { gapDotsOptions, formatGap } from '../../../renderer/src/charts/explore/gap-dots-spec';
import { groupColorScale } from '../../../renderer/src/charts/explore/group-colors';
import { heatmapOptions } from '../../../renderer/src/charts/explore/heatmap-spec';
import { hiddenLabel, rateBarsOptions } from '../../../renderer/src/charts/explore/rate-bars-spec';
import { trendOptions } from '../../../renderer/src/charts/explore/trend-spec';

const cell = (group: string, groupLabel: string, value: number | null, extra: Partial<RateCell> = {}): RateCell => ({
  group,
  groupLabel,
  year: 2024,
  value,
  lower: value === null ? null : value - 0.01,
  upper: value === null ? null : value + 0.01,
  n: value === null ? null : 400,
  // Withheld text as the service publishes it, here under a minimum of 15 set in the project.
  numeratorText: value === null ? '<15' : String(Math.round(value * 400)),
  valueText: value === null ? 'n<15' : null,
  denominatorText: value === null ? '40' : '400',
  gap: value === null ? null : value - 0.05,
  suppressed: value === null,
  note: value === null ? 'hidden to protect the privacy of a small group' : null,
  ...extra,
});

const CELLS = [cell('black', 'Black or African American', 0.086), cell('white', 'White', 0.038), cell('asian', 'Asian', null)];
const ORDER = ['asian', 'black', 'white'];

/** Renders options to SVG text in a DOM made for the test (Plot needs a document, not a browser). */
function render(options: Plot.PlotOptions): string {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const chart = Plot.plot({ ...options, document });
  return chart.outerHTML;
}

describe('rate bars', () => {
  it('draws shown groups as bars with intervals, and labels hidden ones instead of drawing zero', () => {
    const svg = render(rateBarsOptions({ cells: CELLS, groupOrder: ORDER, format: PERCENT, reference: { value: 0.052, label: 'All students' }, width: 640 }));
    const doc = new JSDOM(svg).window.document;
    expect(doc.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(2);
    // One interval rule per shown group plus the reference and zero lines.
    expect(doc.querySelectorAll('g[aria-label="rule"] line')).toHaveLength(4);
    expect(svg).toContain('n&lt;15 (withheld)');
    expect(svg).toContain('8.6%');
    expect(svg).toContain('All students: 5.2%');
    expect(svg).not.toMatch(/<rect[^>]*width="0"/);
  });

  it('says why a cell is hidden: a small group, or protection of a smaller one', () => {
    expect(hiddenLabel(cell('x', 'X', null))).toBe('n<15 (withheld)');
    expect(hiddenLabel(cell('x', 'X', null, { numeratorText: '*', valueText: '*' }))).toBe('* withheld to protect a smaller group');
    expect(hiddenLabel(cell('x', 'X', null, { suppressed: false, note: 'no comparison group' }))).toBe('no comparison group');
  });

  it('gives every group the same colour on every chart, whatever the data order', () => {
    const a = groupColorScale(['hispanic_latino', 'black', 'white']);
    const b = groupColorScale(['hispanic_latino', 'black', 'white']);
    expect(a).toEqual(b);
    expect(new Set(a.range).size).toBe(3);
    expect(a.range).not.toContain('#000000');
  });
});

describe('gaps, trend, heat map, funnel, composition', () => {
  it('formats gaps in the shared sign convention (points above or below the comparison group)', () => {
    expect(formatGap(0.036, PERCENT)).toBe('3.6 pts above');
    expect(formatGap(-0.012, PERCENT)).toBe('1.2 pts below');
    const svg = render(gapDotsOptions({ cells: CELLS, groupOrder: ORDER, format: PERCENT, referenceLabel: 'all other students', width: 640 }));
    expect(svg).toContain('3.6 pts above');
    expect(svg).toContain('Gap to all other students (percentage points)');
  });

  it('breaks a trend line at a withheld year and says which groups were withheld', () => {
    const cells = [2022, 2023, 2024].flatMap((year) => [cell('black', 'Black', year === 2023 ? null : 0.1, { year }), cell('white', 'White', 0.04, { year })]);
    const options = trendOptions({ cells, groupOrder: ['black', 'white'], format: PERCENT, width: 640 });
    const svg = render(options);
    expect(svg).toContain('Black: withheld');
    // The line for Black has a gap: two separate segments rather than one path through 2022-23.
    const doc = new JSDOM(svg).window.document;
    const paths = [...doc.querySelectorAll('g[aria-label="line"] path')].map((p) => p.getAttribute('d') ?? '');
    expect(paths.some((d) => (d.match(/M/g) ?? []).length >= 2)).toBe(true);
  });

  it('greys out withheld cells of the school grid', () => {
    const cells = [cell('black', 'Black', 0.1, { secondaryLabel: 'Lincoln' }), cell('white', 'White', null, { secondaryLabel: 'Lincoln' })];
    const options = heatmapOptions({ cells, groupOrder: ['black', 'white'], rowOrder: ['Lincoln'], format: PERCENT, higherIsBetter: false, width: 640 });
    expect(options.color).toMatchObject({ type: 'linear', legend: true, reverse: false });
    // The colour ramp legend draws on a canvas, which the test DOM does not have.
    const svg = render({ ...options, color: { ...options.color, legend: false } });
    expect(svg).toContain('n&lt;15');
    expect(svg).toContain('#f1f5f9');
  });

  it('draws the funnel limits and names only the schools beyond the 99.8% limit on the side of concern', () => {
    const schools = [
      { schoolLabel: 'Bayview', value: 0.13, n: 580, position: 'above_998' as const },
      { schoolLabel: 'Maple', value: 0.015, n: 650, position: 'below_998' as const },
      { schoolLabel: 'Oak', value: 0.05, n: 800, position: 'within' as const },
    ];
    const curve = [500, 800, 1200].map((n) => ({ n, lower95: 0.04, upper95: 0.065, lower998: 0.03, upper998: 0.075 }));
    const svg = render(funnelOptions({ schools, curve, target: 0.052, format: PERCENT, higherIsBetter: false, width: 640 }));
    expect(svg).toContain('>Bayview<');
    expect(svg).not.toContain('>Maple<');
    const doc = new JSDOM(svg).window.document;
    expect(doc.querySelectorAll('g[aria-label="area"] path')).toHaveLength(2);
    expect(doc.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(3);
  });

  it('shows share of the outcome beside share of enrollment, withholding what is suppressed', () => {
    const rows = [
      { group: 'black', groupLabel: 'Black', outcomeShare: 0.42, enrollmentShare: 0.25 },
      { group: 'asian', groupLabel: 'Asian', outcomeShare: null, enrollmentShare: 0.08 },
    ];
    const svg = render(compositionOptions({ rows, groupOrder: ['black', 'asian'], outcomeLabel: 'suspensions', width: 640 }));
    expect(svg).toContain('42.0%');
    expect(svg).toContain('25.0%');
    expect(svg).toContain('withheld');
  });
});

describe('SVG snapshots', () => {
  // Plot's output is deterministic for the same options; a change here is a visible change to review.
  it('rate bars', () => {
    expect(render(rateBarsOptions({ cells: CELLS, groupOrder: ORDER, format: PERCENT, reference: { value: 0.052, label: 'All students' }, width: 640 }))).toMatchSnapshot();
  });
  it('gap dots', () => {
    expect(render(gapDotsOptions({ cells: CELLS, groupOrder: ORDER, format: PERCENT, referenceLabel: 'all other students', width: 640 }))).toMatchSnapshot();
  });
});
