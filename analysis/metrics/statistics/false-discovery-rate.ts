// Benjamini-Hochberg false-discovery-rate control: q-values (BH-adjusted p-values) for a family of tests.

/**
 * The BH q-value of each p-value: q_(i) = min over j >= i of m p_(j) / j, capped at 1 (as R's
 * p.adjust(method = "BH")). Rejecting every test with q <= alpha keeps the expected share of false
 * discoveries at or below alpha for independent or positively dependent tests. NaN p-values are not
 * part of the family and get NaN.
 */
export function benjaminiHochberg(pValues: ArrayLike<number>): Float64Array {
  const q = new Float64Array(pValues.length).fill(NaN);
  const order: number[] = [];
  for (let i = 0; i < pValues.length; i++) if (Number.isFinite(pValues[i]!)) order.push(i);
  order.sort((a, b) => pValues[b]! - pValues[a]!);
  const m = order.length;
  let running = 1;
  order.forEach((index, k) => {
    const rank = m - k;
    running = Math.min(running, (m * pValues[index]!) / rank);
    q[index] = running;
  });
  return q;
}
