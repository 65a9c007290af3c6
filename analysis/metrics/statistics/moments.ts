// Means, standard deviations and intervals from additive sums, so that a group, its complement and a
// partition total can all be described from the same few numbers SQL returns per cell.
import { studentTQuantile } from './distributions';

/** The additive sums of one cell: n units, and sums of x (weight), y (value) and their products. */
export interface Sums {
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
}

/** Sample standard deviation of y from n, sum y and sum y^2. Guarded against tiny negative rounding. */
export function sampleSd(n: number, sumY: number, sumYY: number): number {
  if (!(n > 1)) return NaN;
  const mean = sumY / n;
  return Math.sqrt(Math.max(0, (sumYY - n * mean * mean) / (n - 1)));
}

/** Standard error of a plain mean of y. */
export const meanStandardError = (n: number, sumY: number, sumYY: number): number => sampleSd(n, sumY, sumYY) / Math.sqrt(n);

/**
 * Standard error of a ratio of sums R = sum y / sum x with the unit (student, respondent) as the
 * sampling unit: the linearised (Taylor) variance of a ratio estimator (Cochran 1977, section 6.3),
 *   var(R) = sum (y_i - R x_i)^2 / (n (n - 1) xbar^2),
 * expanded in sums so it needs no second pass. Counting each day or item as independent would
 * understate the uncertainty, because days belong to students.
 */
export function ratioStandardError(s: Sums): number {
  if (!(s.n > 1) || !(s.sumX > 0)) return NaN;
  const r = s.sumY / s.sumX;
  const residual = Math.max(0, s.sumYY - 2 * r * s.sumXY + r * r * s.sumXX);
  const meanX = s.sumX / s.n;
  return Math.sqrt(residual / (s.n * (s.n - 1) * meanX * meanX));
}

/** Half-width of a 95% t interval for an estimate with standard error se from n units. */
export function tHalfWidth(se: number, n: number, confidence = 0.95): number {
  if (!(n > 1) || !Number.isFinite(se)) return NaN;
  return studentTQuantile(1 - (1 - confidence) / 2, n - 1) * se;
}
