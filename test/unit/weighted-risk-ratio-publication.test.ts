// The weighted risk ratio is published as defined, or withheld with a note when a group it averages over
// is withheld: never recomputed without the hidden group (which would be a different number).
import { describe, expect, it } from 'vitest';
import { allocateFrame } from '../../analysis/metrics/compute/metric-frame';
import { NOTE } from '../../analysis/metrics/compute/notes';
import { findMetric } from '../../analysis/metrics/registry';
import { weightedRiskRatio } from '../../analysis/metrics/statistics/risk-ratio';
import { applyMetricSuppression } from '../../analysis/privacy/metric-publication';

/** One year, four groups and the total: n and x per group, state shares (NaN: no state row). */
function frame(groups: { code: string; n: number; x: number; share: number }[]) {
  const metric = findMetric('out_of_school_suspension')!;
  const f = allocateFrame(metric, 'race_ethnicity', null, groups.length + 1);
  const risks = groups.map((g) => g.x / g.n);
  const shares = groups.map((g) => g.share);
  groups.forEach((g, r) => {
    f.year[r] = 2024;
    f.facet[r] = '';
    f.group[r] = g.code;
    f.n[r] = g.n;
    f.x[r] = g.x;
    f.requested[r] = 1;
    f.stats.value[r] = risks[r]!;
    f.stats.stateShare[r] = g.share;
    // The defined value, computed here from every group's risk.
    f.stats.weightedRiskRatio[r] = Number.isFinite(g.share) ? weightedRiskRatio(r, risks, shares) : NaN;
  });
  const t = groups.length;
  f.year[t] = 2024;
  f.facet[t] = '';
  f.group[t] = 'all';
  f.isTotal[t] = 1;
  f.requested[t] = 1;
  f.n[t] = groups.reduce((s, g) => s + g.n, 0);
  f.x[t] = groups.reduce((s, g) => s + g.x, 0);
  f.stats.value[t] = f.x[t]! / f.n[t]!;
  return f;
}

describe('weighted risk ratio publication', () => {
  it('publishes the defined value when every group it averages over is published', () => {
    const f = frame([
      { code: 'black', n: 800, x: 96, share: 0.2 },
      { code: 'white', n: 1500, x: 60, share: 0.5 },
      { code: 'hispanic_latino', n: 900, x: 45, share: 0.2 },
      { code: 'asian', n: 300, x: 12, share: 0.1 },
    ]);
    const published = applyMetricSuppression(f, null, { minimumN: 10 });
    // (0.12 * 0.8) / (0.04 * 0.5 + 0.05 * 0.2 + 0.04 * 0.1) = 0.096 / 0.034.
    expect(published.frame.stats.weightedRiskRatio[0]).toBeCloseTo(0.096 / 0.034, 12);
  });

  it('withholds it with a note when a group with a state share is withheld', () => {
    const f = frame([
      { code: 'black', n: 2000, x: 240, share: 0.2 },
      { code: 'white', n: 1500, x: 60, share: 0.4 },
      { code: 'hispanic_latino', n: 900, x: 45, share: 0.2 },
      // Withheld to protect the small group below (the smallest shown cell).
      { code: 'asian', n: 300, x: 12, share: 0.1 },
      { code: 'native_hawaiian_pacific_islander', n: 40, x: 4, share: 0.1 },
    ]);
    const published = applyMetricSuppression(f, null, { minimumN: 10 });
    expect(Number.isNaN(published.frame.stats.value[4]!)).toBe(true);
    expect(published.frame.stats.value[0]).toBeCloseTo(0.12, 12);
    expect(Number.isNaN(published.frame.stats.weightedRiskRatio[0]!)).toBe(true);
    expect(published.frame.notes.weightedRiskRatio[0]).toBe(NOTE.input_withheld);
  });

  it('a withheld group without a state share does not enter the ratio, which stays as defined', () => {
    const f = frame([
      { code: 'black', n: 2000, x: 240, share: 0.25 },
      { code: 'white', n: 1500, x: 60, share: 0.5 },
      { code: 'hispanic_latino', n: 900, x: 45, share: 0.25 },
      { code: 'asian', n: 300, x: 12, share: NaN },
      { code: 'native_hawaiian_pacific_islander', n: 40, x: 4, share: NaN },
    ]);
    const published = applyMetricSuppression(f, null, { minimumN: 10 });
    expect(published.frame.stats.weightedRiskRatio[0]).toBeCloseTo((0.12 * 0.75) / (0.04 * 0.5 + 0.05 * 0.25), 12);
  });
});
