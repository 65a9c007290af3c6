// Signal cells from computed frames: a mean metric goes through Welch's t (R's answer on Student's
// sleep data, end to end through the metrics engine), and sentences read as the board would hear them.
import { describe, expect, it } from 'vitest';
import { computeMetric } from '../../../analysis/metrics/compute/compute-metric';
import type { Grouping } from '../../../analysis/metrics/compile/metric-query';
import { DEFAULT_METRIC_OPTIONS } from '../../../analysis/metrics/metric-settings';
import type { PanelFrame } from '../../../analysis/metrics/panel-frames';
import { findMetric } from '../../../analysis/metrics/registry';
import type { MetricDefinition } from '../../../analysis/metrics/registry/metric-types';
import { frameSignalCells } from '../../../analysis/signals/find-signals';
import { controlFamily } from '../../../analysis/signals/signal-family';
import { DEFAULT_SIGNAL_SETTINGS } from '../../../analysis/signals/signal-settings';
import { signalSentence } from '../../../analysis/signals/signal-sentence';
import { baseCellsOf } from '../../support/base-cells';

const settings = { ...DEFAULT_METRIC_OPTIONS, minimumN: 10 };

function frame(metric: MetricDefinition, groupType: Grouping['primary'], groups: { group: string; values?: number[]; n?: number; x?: number }[]): PanelFrame {
  const rows = groups.map((g) => ({
    group: g.group,
    total: false,
    n: g.values ? g.values.length : g.n!,
    y: g.values ? g.values.reduce((s, v) => s + v, 0) : g.x!,
    yy: g.values ? g.values.reduce((s, v) => s + v * v, 0) : g.x!,
  }));
  rows.push({ group: 'all', total: true, n: rows.reduce((s, r) => s + r.n, 0), y: rows.reduce((s, r) => s + r.y, 0), yy: rows.reduce((s, r) => s + r.yy, 0) });
  const cells = baseCellsOf(rows.map((r) => ({ year: 2024, group: r.group, total: r.total, n: r.n, y: r.y, ...(metric.kind === 'mean' ? { yy: r.yy } : {}) })));
  const grouping: Grouping = { primary: groupType, facet: null };
  return { metric, grouping, computed: computeMetric(cells, metric, grouping, { settings, reference: { kind: 'all_others' }, requestedYears: null, state: null }) };
}

describe('signal cells', () => {
  it("tests a mean with Welch's t through the whole engine (R: t = -1.8608, df = 17.776, p = 0.07939)", () => {
    const sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const [cell] = frameSignalCells(frame(findMetric('ela_scale_score')!, 'swd', [{ group: 'true', values: sleep1 }, { group: 'false', values: sleep2 }]), 0, { year: null }, DEFAULT_SIGNAL_SETTINGS);
    expect(cell).toMatchObject({ kind: 'gap', group: 'true', n: 10, referenceN: 10 });
    expect(cell!.test.method).toBe('welch_t');
    expect(cell!.test.statistic).toBeCloseTo(-1.8608, 4);
    expect(cell!.test.df).toBeCloseTo(17.776, 3);
    expect(cell!.test.p).toBeCloseTo(0.07939, 5);
    // R's 95% interval for the difference: -3.3654832 to 0.2054832.
    expect(cell!.effectLower).toBeCloseTo(-3.3654832, 5);
    expect(cell!.effectUpper).toBeCloseTo(0.2054832, 5);
  });

  it('tests a yes/no group once, and writes the parity sentence for a favourable outcome', () => {
    const metric = findMetric('gifted_identification')!;
    // 30 of 1,000 against 120 of 1,000: a gap of 9 points; 90 more would close it.
    const cells = frameSignalCells(frame(metric, 'econ_disadv', [{ group: 'true', n: 1000, x: 30 }, { group: 'false', n: 1000, x: 120 }]), 0, { year: null }, DEFAULT_SIGNAL_SETTINGS);
    expect(cells.filter((c) => c.kind === 'gap')).toHaveLength(1);
    controlFamily(cells, DEFAULT_SIGNAL_SETTINGS);
    const cell = cells[0]!;
    expect(cell).toMatchObject({ group: 'true', adverse: true, signal: true, neededParity: 90 });
    // Inside the margin: 1.96 sqrt(0.25 / 1000) = 3.099 points; (12% - 3% - 3.099%) x 1,000 = 59.01, so 60 more.
    expect(cell.neededInsideMargin).toBe(Math.ceil((0.12 - (0.03 + 1.96 * Math.sqrt(0.25 / 1000))) * 1000));
    expect(signalSentence(cell, { falseDiscoveryRate: 0.05, floorRatio: 1.5, schoolNames: new Map() })).toBe(
      'Economically disadvantaged students were identified as gifted at a rate 9.0 points below all other students in 2023-24 (3.0% against 12.0%), ' +
        'a gap unlikely to be noise (q < 0.001); 90 more students identified as gifted would close the gap (60 to come within the margin of error).',
    );
  });

  it('keeps a significant but tiny gap out of the signals (the practical floor)', () => {
    // 50.0% against 51.5% on 40,000 each: z is about 4.2, but 1.5 points and a ratio of 0.97 are below the floors.
    const cells = frameSignalCells(frame(findMetric('ela_proficiency')!, 'sex', [{ group: 'female', n: 40000, x: 20000 }, { group: 'male', n: 40000, x: 20600 }]), 0, { year: null }, DEFAULT_SIGNAL_SETTINGS);
    controlFamily(cells, DEFAULT_SIGNAL_SETTINGS);
    const female = cells.find((c) => c.group === 'female')!;
    expect(female.q).toBeLessThan(0.001);
    expect(female.size).toBeLessThan(1);
    expect(female.signal).toBe(false);
  });
});
