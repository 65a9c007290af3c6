// Composite marks shared by the Explore specs: a 95% interval (a rule with end ticks, or a shaded band)
// and the label drawn where a withheld figure would be, composed as Plot composes its Bollinger band.
import * as Plot from '@observablehq/plot';
import type { RateCell } from './explore-data';

/** Ink for withheld labels: #475569 keeps 4.5:1 (AA) on white and on the pale grey of withheld cells. */
export const WITHHELD_INK = '#475569';
/** Ink for interval lines: dark enough to read over any group colour. */
export const INTERVAL_INK = '#1f2937';

type Channel<T> = keyof T | ((d: T) => unknown);

const hasInterval = (c: RateCell) => c.lower !== null && c.upper !== null;

/** A horizontal 95% interval per cell: a rule from lower to upper with a tick at each end. */
export function intervalX(cells: readonly RateCell[], options: { y: Channel<RateCell>; fy?: Channel<RateCell>; scale: number; stroke?: string }): Plot.CompoundMark {
  const drawn = cells.filter(hasInterval);
  const stroke = options.stroke ?? INTERVAL_INK;
  const lower = (c: RateCell) => c.lower! * options.scale;
  const upper = (c: RateCell) => c.upper! * options.scale;
  const place = { y: options.y, ...(options.fy ? { fy: options.fy } : {}) } as Plot.TickXOptions;
  return Plot.marks(
    Plot.ruleY(drawn, { ...place, x1: lower, x2: upper, stroke, strokeWidth: 1.5 } as Plot.RuleYOptions),
    Plot.tickX(drawn, { ...place, x: lower, stroke }),
    Plot.tickX(drawn, { ...place, x: upper, stroke }),
  );
}

/** A vertical 95% band per series (the trend), drawn under its line. */
export function intervalBandY(cells: readonly RateCell[], options: { x: (c: RateCell) => unknown; scale: number; z: Channel<RateCell>; fill: Channel<RateCell> }): Plot.CompoundMark {
  return Plot.marks(
    Plot.areaY(cells, {
      x: options.x,
      // NaN where a figure is withheld breaks the band, as it breaks the line.
      y1: (c: RateCell) => (hasInterval(c) && c.value !== null ? c.lower! * options.scale : NaN),
      y2: (c: RateCell) => (hasInterval(c) && c.value !== null ? c.upper! * options.scale : NaN),
      z: options.z,
      fill: options.fill,
      fillOpacity: 0.14,
    } as Plot.AreaYOptions),
  );
}

/** The honest label in place of a withheld figure ("n < 15", "count < 15", "* withheld" under a minimum of 15), never a bar of zero. */
export function withheldText(cells: readonly RateCell[], options: Plot.TextOptions): Plot.CompoundMark {
  const withheld = cells.filter((c) => c.value === null);
  return Plot.marks(
    Plot.text(withheld, {
      text: (c: RateCell) => c.withheld ?? c.note ?? 'not available',
      fill: WITHHELD_INK,
      fontStyle: 'italic',
      fontSize: 11,
      ...options,
    }),
  );
}
