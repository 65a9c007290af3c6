// Funnel limits drawn as curves: through the published limits, shaped like the exact limits between them.
import { describe, expect, it } from 'vitest';
import { proportionFunnel } from '../../../analysis/metrics/statistics/funnel';
import { funnelCurve } from '../../../renderer/src/charts/explore/funnel-curve';

const at = (n: number, target: number) => ({ n, ...proportionFunnel(target, n) });

describe('funnel curve', () => {
  it('follows the exact binomial limits between and beyond the schools, not straight segments', () => {
    const target = 0.052;
    const schools = [540, 800, 1250].map((n) => at(n, target));
    const curve = funnelCurve(schools, target, [300, 1300]);
    expect(curve[0]!.n).toBeCloseTo(300, 6);
    expect(curve[curve.length - 1]!.n).toBeCloseTo(1300, 6);
    for (const point of curve) {
      const exact = proportionFunnel(target, point.n);
      // Within a fifth of a percentage point of the exact limits everywhere drawn.
      expect(Math.abs(point.upper998 - exact.upper998)).toBeLessThan(0.002);
      expect(Math.abs(point.lower95 - exact.lower95)).toBeLessThan(0.002);
    }
    // Below the smallest school the funnel keeps widening: a segment would stop at 540.
    expect(curve[0]!.upper998).toBeGreaterThan(schools[0]!.upper998 + 0.01);
  });

  it('is exact for means, whose limits are target ± z·sd/√n', () => {
    const [target, sd, z] = [2550, 90, 1.959964];
    const published = [100, 400].map((n) => ({ n, lower95: target - (z * sd) / Math.sqrt(n), upper95: target + (z * sd) / Math.sqrt(n), lower998: target - (3.090232 * sd) / Math.sqrt(n), upper998: target + (3.090232 * sd) / Math.sqrt(n) }));
    for (const point of funnelCurve(published, target, [50, 500], { bounded: false })) expect(point.upper95).toBeCloseTo(target + (z * sd) / Math.sqrt(point.n), 9);
  });
});
