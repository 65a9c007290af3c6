// Wilson score interval for a proportion x/n (Wilson 1927; recommended by Newcombe 1998 and by
// Brown, Cai & DasGupta 2001 because it keeps its coverage for small n and for rates near 0 or 1).

/** Standard normal quantiles for the two intervals we publish (to 16 digits, from the normal table). */
export const Z95 = 1.959963984540054;
export const Z998 = 3.090232306167813;

/** Lower Wilson limit; NaN when n is not positive. Exactly 0 when x is 0. */
export function wilsonLower(x: number, n: number, z = Z95): number {
  if (!(n > 0)) return NaN;
  if (x <= 0) return 0;
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - half) / (1 + z2 / n));
}

/** Upper Wilson limit; NaN when n is not positive. Exactly 1 when x equals n. */
export function wilsonUpper(x: number, n: number, z = Z95): number {
  if (!(n > 0)) return NaN;
  if (x >= n) return 1;
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.min(1, (centre + half) / (1 + z2 / n));
}

export interface Interval {
  lower: number;
  upper: number;
}

export const wilsonInterval = (x: number, n: number, z = Z95): Interval => ({ lower: wilsonLower(x, n, z), upper: wilsonUpper(x, n, z) });
