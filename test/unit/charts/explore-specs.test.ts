// Explore's chart spec builders: pure data -> Plot options, checked by what the rendered SVG says and
// draws (marks, labels, colours, contrast), never by a snapshot of Plot's class names and coordinates.
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compositionOptions } from '../../../renderer/src/charts/explore/composition-spec';
import { contrastRatio, inkOn } from '../../../renderer/src/charts/explore/contrast';
import { meanFormat, PERCENT, type RateCell } from '../../../renderer/src/charts/explore/explore-data';
import { funnelOptions } from '../../../renderer/src/charts/explore/funnel-spec';
import { formatGap, gapDotsOptions } from '../../../renderer/src/charts/explore/gap-dots-spec';
import { heatmapOptions, heatmapRowOrder, wrapLabel } from '../../../renderer/src/charts/explore/heatmap-spec';
import { rateBarsOptions } from '../../../renderer/src/charts/explore/rate-bars-spec';
import { endLabels, trendOptions } from '../../../renderer/src/charts/explore/trend-spec';

const cell = (group: string, groupLabel: string, value: number | null, extra: Partial<RateCell> = {}): RateCell => ({
  group,
  groupLabel,
  year: 2024,
  value,
  lower: value === null ? null : value - 0.01,
  upper: value === null ? null : value + 0.01,
  n: value === null ? null : 400,
  numeratorText: value === null ? '<10' : String(Math.round(value * 400)),
  denominatorText: value === null ? '40' : '400',
  gap: value === null ? null : value - 0.05,
  reference: value === null ? null : 0.05,
  suppressed: value === null,
  withheld: value === null ? 'count < 10' : null,
  color: { black: '#0072B2', white: '#D55E00', asian: '#009E73' }[group] ?? '#7f7f7f',
  note: value === null ? 'hidden to protect the privacy of a small group' : null,
  ...extra,
});

const CELLS = [cell('black', 'Black or African American', 0.086), cell('white', 'White', 0.038), cell('asian', 'Asian', null)];
const ORDER = ['asian', 'black', 'white'];

function render(options: Plot.PlotOptions): Document {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const chart = Plot.plot({ ...options, document });
  return new JSDOM(chart.outerHTML).window.document;
}
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

describe('rate bars and dots', () => {
  it('draws shown groups as bars with intervals, and labels withheld ones honestly instead of drawing zero', () => {
    const doc = render(rateBarsOptions({ cells: CELLS, groupOrder: ORDER, format: PERCENT, reference: { value: 0.052, label: 'All students' }, form: 'bars', width: 640 }));
    expect(doc.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(2);
    // One interval rule per shown group plus the reference and zero lines; two end ticks per interval.
    expect(doc.querySelectorAll('g[aria-label="rule"] line')).toHaveLength(4);
    expect(doc.querySelectorAll('g[aria-label="tick"] line')).toHaveLength(4);
    expect(texts(doc)).toContain('count < 10');
    expect(texts(doc)).toContain('8.6%');
    expect(texts(doc)).toContain('All students: 5.2%');
  });

  it('draws no axis when every figure is withheld, so nothing reads as a zero', () => {
    const withheld = [cell('asian', 'Asian', null), cell('white', 'White', null, { withheld: 'n < 10' })];
    const doc = render(rateBarsOptions({ cells: withheld, groupOrder: ['asian', 'white'], format: PERCENT, reference: null, form: 'bars', width: 640 }));
    expect(texts(doc)).toEqual(expect.arrayContaining(['count < 10', 'n < 10']));
    expect(texts(doc).some((t) => /^\d/.test(t))).toBe(false);
    expect(doc.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(0);
  });

  it('draws means as dots on a scale that does not start at zero, so 2,570 and 2,676 look different', () => {
    const format = meanFormat('Average scale score', 0);
    const cells = [cell('black', 'Black', 2570, { lower: 2560, upper: 2580 }), cell('white', 'White', 2676, { lower: 2668, upper: 2684 })];
    const options = rateBarsOptions({ cells, groupOrder: ['black', 'white'], format, reference: null, form: 'dots', width: 640 });
    const doc = render(options);
    expect(doc.querySelectorAll('g[aria-label="bar"]')).toHaveLength(0);
    const xs = [...doc.querySelectorAll('g[aria-label="dot"] circle')].map((c) => Number(c.getAttribute('cx')));
    expect(xs).toHaveLength(2);
    // Near opposite ends of the plot, not squeezed together near the right edge of a zero-based axis.
    expect(Math.abs(xs[1]! - xs[0]!)).toBeGreaterThan(300);
    expect(options.x).toMatchObject({ zero: false });
  });

  it('draws representation as bars with each group’s share of students as its own tick', () => {
    const doc = render(rateBarsOptions({ cells: CELLS, groupOrder: ORDER, format: PERCENT, reference: null, referenceTicks: 'Share of students', form: 'bars', width: 640 }));
    const red = [...doc.querySelectorAll('g[aria-label="tick"]')].filter((g) => g.getAttribute('stroke') === '#b42318');
    expect(red).toHaveLength(1);
    expect(red[0]!.querySelectorAll('line')).toHaveLength(2);
    expect(texts(doc)).toContain('Red tick: share of students');
  });
});

describe('colour by group identity', () => {
  it('gives a group its own colour whatever the other groups or their order', () => {
    const fillOf = (doc: Document, label: string) => {
      const bars = [...doc.querySelectorAll('g[aria-label="bar"] rect')];
      const titles = bars.map((b) => b.querySelector('title')?.textContent ?? '');
      return bars[titles.findIndex((t) => t.startsWith(label))]?.getAttribute('fill');
    };
    const one = render(rateBarsOptions({ cells: CELLS, groupOrder: ORDER, format: PERCENT, reference: null, form: 'bars', width: 640 }));
    const other = render(rateBarsOptions({ cells: [CELLS[1]!, CELLS[0]!], groupOrder: ['white', 'black'], format: PERCENT, reference: null, form: 'bars', width: 640 }));
    expect(fillOf(one, 'Black or African American')).toBe('#0072B2');
    expect(fillOf(other, 'Black or African American')).toBe('#0072B2');
    expect(fillOf(other, 'White')).toBe('#D55E00');
  });
});

describe('gaps, trend, heat map, funnel, composition', () => {
  it('formats gaps in the shared sign convention (points above or below the comparison group)', () => {
    expect(formatGap(0.036, PERCENT)).toBe('3.6 pts above');
    expect(formatGap(-0.012, PERCENT)).toBe('1.2 pts below');
    const doc = render(gapDotsOptions({ cells: CELLS, groupOrder: ORDER, format: PERCENT, referenceLabel: 'all other students', width: 640 }));
    expect(texts(doc)).toContain('3.6 pts above');
    expect(texts(doc)).toContain('count < 10');
    expect(doc.querySelector('g[aria-label="x-axis label"]')?.textContent).toContain('Gap to all other students (percentage points)');
  });

  it('draws trend lines with interval bands and a dashed all-students line, broken at a withheld year', () => {
    const cells = [2022, 2023, 2024].flatMap((year) => [cell('black', 'Black', year === 2023 ? null : 0.1, { year }), cell('white', 'White', 0.04, { year })]);
    const totals = [2022, 2023, 2024].map((year) => cell('all', 'All students', 0.06, { year, color: '#000000' }));
    const doc = render(trendOptions({ cells, totals, groupOrder: ['black', 'white'], format: PERCENT, width: 640 }));
    expect(texts(doc).some((t) => t.startsWith('Black: withheld'))).toBe(true);
    expect(texts(doc)).toContain('All students');
    const paths = [...doc.querySelectorAll('g[aria-label="line"] path')].map((p) => p.getAttribute('d') ?? '');
    expect(paths.some((d) => (d.match(/M/g) ?? []).length >= 2)).toBe(true);
    expect(doc.querySelector('g[aria-label="line"][stroke-dasharray="6,3"]')).not.toBeNull();
    expect(doc.querySelectorAll('g[aria-label="area"] path').length).toBeGreaterThanOrEqual(2);
  });

  it('moves end labels apart so two close lines never print on top of each other', () => {
    const y = (c: RateCell) => c.value! * 100;
    const labels = endLabels([cell('a', 'A', 0.1), cell('b', 'B', 0.101), cell('c', 'C', 0.102)], y, [0, 20]);
    const positions = labels.map((l) => l.labelY).sort((a, b) => a - b);
    // 14 px at 330 px for 20 points: at least 0.85 points apart.
    for (let i = 1; i < positions.length; i++) expect(positions[i]! - positions[i - 1]!).toBeGreaterThanOrEqual((14 * 20) / 330 - 1e-9);
  });

  it('wraps column names instead of cutting them, labels withheld cells, and sorts rows', () => {
    expect(wrapLabel('Native Hawaiian or Other Pacific Islander')).toBe('Native\nHawaiian or\nOther Pacific\nIslander');
    const cells = [cell('black', 'Black or African American', 0.1, { secondaryLabel: 'Lincoln' }), cell('white', 'White', null, { secondaryLabel: 'Lincoln', withheld: 'n < 10' })];
    const options = heatmapOptions({ cells, groupOrder: ['black', 'white'], rowOrder: ['Lincoln'], format: PERCENT, higherIsBetter: false, width: 640 });
    const doc = render({ ...options, color: { ...options.color, legend: false } });
    expect(texts(doc)).toContain('n < 10');
    expect(doc.querySelector('g[aria-label="x-axis tick label"]')?.textContent).toContain('Black or');
    const rows = [
      { label: 'Oak', value: 0.02, widestGap: 0.01, n: 900 },
      { label: 'Bayview', value: 0.09, widestGap: 0.05, n: 300 },
      { label: 'Maple', value: null, widestGap: null, n: 12 },
    ];
    expect(heatmapRowOrder(rows, 'name', false)).toEqual(['Bayview', 'Maple', 'Oak']);
    expect(heatmapRowOrder(rows, 'value', false)).toEqual(['Bayview', 'Oak', 'Maple']);
    expect(heatmapRowOrder(rows, 'gap', false)).toEqual(['Bayview', 'Oak', 'Maple']);
    expect(heatmapRowOrder(rows, 'n', false)).toEqual(['Oak', 'Bayview', 'Maple']);
  });

  it('keeps every figure in the heat map at AA contrast against its own cell', () => {
    const cells = [0.01, 0.03, 0.05, 0.07, 0.09, 0.11, 0.13].map((v, i) => cell(`g${i}`, `Group ${i}`, v, { secondaryLabel: 'Lincoln' }));
    const options = heatmapOptions({ cells, groupOrder: cells.map((c) => c.group), rowOrder: ['Lincoln'], format: PERCENT, higherIsBetter: false, width: 900 });
    const doc = render({ ...options, color: { ...options.color, legend: false } });
    const fills = [...doc.querySelectorAll('g[aria-label="cell"] rect')].map((r) => r.getAttribute('fill')!);
    const inks = [...doc.querySelectorAll('g[aria-label="text"] text')].map((t) => t.getAttribute('fill') ?? t.parentElement!.getAttribute('fill')!);
    expect(fills).toHaveLength(7);
    fills.forEach((fill, i) => expect(contrastRatio(fill, inks[i]!)).toBeGreaterThanOrEqual(4.5));
    // Plot drew the same colours the ink was chosen for.
    fills.forEach((fill, i) => expect(inks[i]).toBe(inkOn(fill)));
  });

  it('draws the funnel limits and names only the schools beyond the 99.8% limit on the side of concern', () => {
    const schools = [
      { schoolLabel: 'Bayview', value: 0.13, n: 580, position: 'above_998' as const },
      { schoolLabel: 'Maple', value: 0.015, n: 650, position: 'below_998' as const },
      { schoolLabel: 'Oak', value: 0.05, n: 800, position: 'within' as const },
    ];
    const curve = [500, 800, 1200].map((n) => ({ n, lower95: 0.04, upper95: 0.065, lower998: 0.03, upper998: 0.075 }));
    const doc = render(funnelOptions({ schools, curve, target: 0.052, format: PERCENT, higherIsBetter: false, width: 640 }));
    expect(texts(doc)).toContain('Bayview');
    expect(texts(doc)).not.toContain('Maple');
    expect(doc.querySelectorAll('g[aria-label="area"] path')).toHaveLength(2);
    expect(doc.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(3);
  });

  it('shows share of the outcome beside share of enrollment, with the honest withheld label', () => {
    const rows = [
      { group: 'black', groupLabel: 'Black', outcomeShare: 0.42, enrollmentShare: 0.25, withheld: null },
      { group: 'asian', groupLabel: 'Asian', outcomeShare: null, enrollmentShare: 0.08, withheld: 'count < 10' },
    ];
    const doc = render(compositionOptions({ rows, groupOrder: ['black', 'asian'], outcomeLabel: 'suspensions', width: 640 }));
    expect(texts(doc)).toEqual(expect.arrayContaining(['42.0%', '25.0%', 'count < 10']));
  });
});
