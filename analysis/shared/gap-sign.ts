// The one sign convention for gaps, shared by suggestions, Explore, benchmarks and the report: a gap is
// the group's figure minus the comparison group's, read as "N points below/above the comparison group".
// Whether "below" is worse comes from the metric's direction, never from the sign alone.

export type GapDirection = 'higher_is_better' | 'lower_is_better';

/** Percentage points from a gap held as a proportion (0.19 -> 19); other units pass through. */
export function gapPoints(gap: number, unit: string): number {
  return unit === 'percent' ? gap * 100 : gap;
}

/**
 * How far the group is behind its comparison group, in the gap's own units: positive when the group is
 * worse off (below on a higher-is-better metric, above on a lower-is-better one), negative when better off.
 * Suggestion thresholds ("a gap of more than 15 points") are read against this.
 */
export function shortfall(gap: number, direction: GapDirection): number {
  return direction === 'higher_is_better' ? -gap : gap;
}

/** The inverse of shortfall: the signed gap (group minus comparison) for a given shortfall. */
export function gapFromShortfall(value: number, direction: GapDirection): number {
  return direction === 'higher_is_better' ? -value : value;
}

/** "above" or "below" the comparison group, or "level with" it when the gap rounds to zero. */
export function gapSide(gap: number, digits = 1): 'above' | 'below' | 'level with' {
  const rounded = Number(Math.abs(gap).toFixed(digits));
  if (rounded === 0) return 'level with';
  return gap > 0 ? 'above' : 'below';
}

/**
 * "19.0 points below the comparison group"; `unitWord` lets a scale-score gap say "scale points".
 * The number is always written without a sign: the side says which way it goes.
 */
export function gapPhrase(gap: number, options: { digits?: number; unitWord?: string; comparison?: string | null } = {}): string {
  const digits = options.digits ?? 1;
  const unit = options.unitWord ?? 'points';
  // null leaves the comparison out, for a phrase in brackets after the two figures it compares.
  const comparison = options.comparison === null ? '' : ` ${options.comparison ?? 'the comparison group'}`;
  const side = gapSide(gap, digits);
  if (side === 'level with') return comparison ? `level with${comparison}` : 'level';
  const size = Math.abs(gap).toFixed(digits);
  return `${size} ${size === (1).toFixed(digits) ? unit.replace(/s$/, '') : unit} ${side}${comparison}`;
}

/** Short form for tables and axes: "19.0 pts below", "2.5 pts above", "level". */
export function gapShort(gap: number, digits = 1): string {
  const side = gapSide(gap, digits);
  if (side === 'level with') return 'level';
  return `${Math.abs(gap).toFixed(digits)} pts ${side}`;
}

/** Whether a gap leaves the group worse off than its comparison, given the metric's direction. */
export function gapIsAdverse(gap: number, direction: GapDirection): boolean {
  return shortfall(gap, direction) > 0;
}
