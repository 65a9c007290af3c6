// The funnel's control limits as smooth curves across the whole axis, from the limits the service
// published at each school's size. Limits narrow as 1/sqrt(n) (exactly for means, very nearly for the
// exact binomial limits of rates), so each limit's distance from the target times sqrt(n) is interpolated
// between schools and held at the ends: the curve passes through every published limit, and its shape
// between them is the funnel's, not a straight segment.
import type { FunnelCurvePoint } from './funnel-spec';

const KEYS = ['lower95', 'upper95', 'lower998', 'upper998'] as const;

export function funnelCurve(published: readonly FunnelCurvePoint[], target: number, range: [number, number], options: { points?: number; bounded?: boolean } = {}): FunnelCurvePoint[] {
  const known = [...published].filter((p) => p.n > 0).sort((a, b) => a.n - b.n);
  if (known.length === 0) return [];
  const spread = known.map((p) => Object.fromEntries(KEYS.map((k) => [k, (p[k] - target) * Math.sqrt(p.n)])) as Record<(typeof KEYS)[number], number>);
  const count = options.points ?? 80;
  const [from, to] = [Math.max(1, range[0]), Math.max(range[0] + 1, range[1])];
  const clamp = (v: number) => (options.bounded === false ? v : Math.min(1, Math.max(0, v)));
  return Array.from({ length: count + 1 }, (_, i) => {
    // Denser where the funnel bends most: even steps in 1/sqrt(n).
    const t = i / count;
    const n = 1 / (1 / Math.sqrt(from) + t * (1 / Math.sqrt(to) - 1 / Math.sqrt(from))) ** 2;
    const j = known.findIndex((p) => p.n >= n);
    const [a, b] = j <= 0 ? [j === 0 ? 0 : known.length - 1, j === 0 ? 0 : known.length - 1] : [j - 1, j];
    const w = a === b ? 0 : (n - known[a]!.n) / (known[b]!.n - known[a]!.n);
    const point = { n } as FunnelCurvePoint;
    for (const k of KEYS) point[k] = clamp(target + (spread[a]![k] + w * (spread[b]![k] - spread[a]![k])) / Math.sqrt(n));
    return point;
  });
}
