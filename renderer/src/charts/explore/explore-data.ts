// The shapes Explore charts draw: one published cell per group (and year, school), already suppressed.

/** A figure as the service published it: null value means suppressed or not computable (see note). */
export interface RateCell {
  group: string;
  groupLabel: string;
  year: number;
  /** Rate as a proportion (0-1) or a mean, in the metric's unit; null when hidden or not computable. */
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** Denominator when it may be shown; null when suppressed. */
  n: number | null;
  /** Text for the count cells ("1,234", or the code the service published in place of a withheld count). */
  numeratorText: string;
  /** The service's text in place of a withheld value ("n<15", "<3.4%", "*"). */
  valueText?: string | null;
  denominatorText: string;
  /** Gap to the reference in the metric's display unit (percentage points for rates). */
  gap: number | null;
  /** The comparison's value for this group (all others, or its share of students for representation). */
  reference: number | null;
  suppressed: boolean;
  /** The short label drawn in place of a withheld figure ("n < 15", "count < 15", "* withheld" under a minimum of 15); null when shown. */
  withheld: string | null;
  /** The group's own colour (by identity, the same in every chart). */
  color: string;
  /** Why the value is missing, or a small-n / wide-interval warning; null when nothing to say. */
  note: string | null;
  /** Second grouping (intersections) or school, when the view has one. */
  secondary?: string;
  secondaryLabel?: string;
}

export interface ValueFormat {
  /** "23.4%" for rates, "245.1" for scale scores. */
  format(value: number): string;
  /** Axis label for the value. */
  axisLabel: string;
  /** Multiply a value by this to draw it (100 for proportions drawn as percent). */
  scale: number;
  /** "percentage points" or "points": how gaps are spoken of. */
  gapUnit: string;
}

export const PERCENT: ValueFormat = {
  format: (value) => `${(value * 100).toFixed(1)}%`,
  axisLabel: 'Percent',
  scale: 100,
  gapUnit: 'percentage points',
};

export function meanFormat(axisLabel: string, digits = 1): ValueFormat {
  return { format: (value) => value.toFixed(digits), axisLabel, scale: 1, gapUnit: 'points' };
}

/** Cells that may be drawn as marks; the rest are labelled, never drawn as zero. */
export const drawable = (cells: readonly RateCell[]) => cells.filter((c): c is RateCell & { value: number } => c.value !== null);
export const hidden = (cells: readonly RateCell[]) => cells.filter((c) => c.value === null);
