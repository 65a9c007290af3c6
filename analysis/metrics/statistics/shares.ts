// Composition and representation: how a group's share of an outcome (or of the staff) compares with
// its share of the population (IDEA Data Center's composition measure; staff-student representation).

/**
 * Composition index as a ratio: the group's share of those with the outcome divided by its share of
 * the population. 1 means proportional; 0.5 means half as represented as its enrollment would suggest.
 */
export function compositionIndex(x: number, n: number, totalX: number, totalN: number): number {
  if (!(totalX > 0) || !(totalN > 0) || !(n > 0)) return NaN;
  return x / totalX / (n / totalN);
}

/** Difference, in proportion units, between two shares (for example teachers' share minus students'). */
export const shareGap = (share: number, comparisonShare: number): number => share - comparisonShare;
