// Which rows of a computed metric frame a signal may be published from: the same small-cell decisions
// as the metric table itself (analysis/privacy/metric-publication.ts), so a signal never shows a figure
// the metric table withholds, nor says anything about a group too small to publish.
import type { ComputedMetric } from '../metrics/compute/compute-metric';
import { applyMetricSuppression } from './metric-publication';
import type { SuppressionSettings } from './suppression';

/** 1 for each row whose own figure or whose all-others comparison is withheld from publication. */
export function withheldRows(computed: ComputedMetric, settings: SuppressionSettings): Uint8Array {
  const raw = computed.frame;
  const published = applyMetricSuppression(raw, computed.comparisonCount, settings);
  const withheld = new Uint8Array(raw.rows);
  const lost = (column: 'value' | 'comparisonValue', r: number) => Number.isFinite(raw.stats[column][r]!) && !Number.isFinite(published.frame.stats[column][r]!);
  for (let r = 0; r < raw.rows; r++) {
    if (published.reason[r] !== null || lost('value', r) || lost('comparisonValue', r)) withheld[r] = 1;
  }
  return withheld;
}
