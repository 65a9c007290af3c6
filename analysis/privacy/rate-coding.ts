// Top and bottom coding of percentages (DESIGN.md section 4): an extreme rate is shown as a bound
// ("<=1%", ">=99%") rather than a figure that would tell readers nearly every student's outcome.

/**
 * Coding bands by group size: a rate within `percent` points of 0% or 100% is shown as a bound.
 * Larger groups get narrower bands because one student moves their rate less. With the default
 * minimum of 10, any rate whose count or complement is below 10 is coded anyway (see
 * smallCountBound), so these bands matter for groups of a few hundred students and up.
 */
export const CODING_BANDS: readonly { minimumN: number; percent: number }[] = [
  { minimumN: 300, percent: 1 },
  { minimumN: 100, percent: 2 },
  { minimumN: 40, percent: 5 },
  { minimumN: 0, percent: 10 },
];

export const bandPercent = (n: number): number => CODING_BANDS.find((band) => n >= band.minimumN)!.percent;

/**
 * The smallest bound, in percent to one decimal, that every count below the minimum stays under:
 * a group of 300 with fewer than 10 students is "<3.4%", so the bound tells no more than "<10".
 */
export const smallCountBound = (n: number, minimumN: number): number => Math.ceil((1000 * minimumN) / n) / 10;

export type RateCoding = 'exact' | 'bottom' | 'top' | 'hidden';

export interface CodedRate {
  coding: RateCoding;
  /** The bound in percent, for bottom and top coding. */
  bound: number;
  /** What is shown instead of the rate ("<3.4%", ">=99%", "*"); null when the rate is shown. */
  text: string | null;
}

const trim = (percent: number): string => (Number.isInteger(percent) ? String(percent) : percent.toFixed(1));

/** Bottom coding: the wider of the band and the small-count bound, so neither says more than the other. */
export function bottomCoded(n: number, minimumN: number): CodedRate {
  const band = bandPercent(n);
  const small = smallCountBound(n, minimumN);
  return band >= small ? { coding: 'bottom', bound: band, text: `<=${trim(band)}%` } : { coding: 'bottom', bound: small, text: `<${trim(small)}%` };
}

export function topCoded(n: number, minimumN: number): CodedRate {
  const band = bandPercent(n);
  const small = smallCountBound(n, minimumN);
  return band >= small
    ? { coding: 'top', bound: 100 - band, text: `>=${trim(100 - band)}%` }
    : { coding: 'top', bound: Math.round((100 - small) * 10) / 10, text: `>${trim(Math.round((100 - small) * 10) / 10)}%` };
}

/** Whether a rate x/n falls in its band's coded extremes (only asked when x and n - x are not small). */
export function isExtremeRate(x: number, n: number): 'bottom' | 'top' | null {
  const band = bandPercent(n) / 100;
  if (x / n <= band) return 'bottom';
  if (x / n >= 1 - band) return 'top';
  return null;
}
