// Tail probabilities of the standard normal and chi-square distributions, through the regularized
// incomplete gamma function, so that p-values stay accurate far into the tail (q < 0.001 is common).
import { logGamma } from './special-functions';

const EPSILON = 1e-15;
const TINY = 1e-300;

/** Q(a, x) = Γ(a, x) / Γ(a), the upper regularized incomplete gamma (Numerical Recipes, section 6.2). */
export function upperIncompleteGamma(a: number, x: number): number {
  if (!(x > 0)) return 1;
  const front = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) return 1 - front * gammaSeries(a, x);
  return front * gammaFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 1000; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum;
}

/** Lentz's continued fraction for Γ(a, x) e^x x^-a, which converges fast for x > a + 1. */
function gammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return h;
}

/** P(|Z| >= |z|) for a standard normal Z: the two-sided p-value of a z statistic. */
export function normalTwoSidedP(z: number): number {
  if (!Number.isFinite(z)) return Number.isNaN(z) ? NaN : 0;
  return upperIncompleteGamma(0.5, (z * z) / 2);
}

/** P(Z <= z) for a standard normal Z. */
export function normalCdf(z: number): number {
  const tail = normalTwoSidedP(z) / 2;
  return z >= 0 ? 1 - tail : tail;
}

/** P(X >= x) for chi-square with df degrees of freedom. */
export const chiSquareUpperTail = (x: number, df: number): number => upperIncompleteGamma(df / 2, x / 2);
