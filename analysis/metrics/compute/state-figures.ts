// State-level counts from the aggregates table, for the alternate and weighted risk ratios.

export interface StateCounts {
  x: number;
  n: number;
}

/** year -> group value (and 'all') -> counts. */
export type StateFigures = ReadonlyMap<number, ReadonlyMap<string, StateCounts>>;

/** All other students in the state: the state total less the group. NaN when either is missing. */
export function stateComparison(state: StateFigures | null, year: number, group: string): StateCounts {
  const byGroup = state?.get(year);
  const all = byGroup?.get('all');
  const own = byGroup?.get(group);
  if (!all || !own) return { x: NaN, n: NaN };
  return { x: all.x - own.x, n: all.n - own.n };
}

/** The group's share of the state's students (its weight in the weighted risk ratio). */
export function stateShare(state: StateFigures | null, year: number, group: string): number {
  const byGroup = state?.get(year);
  const all = byGroup?.get('all');
  const own = byGroup?.get(group);
  return all && own && all.n > 0 ? own.n / all.n : NaN;
}
