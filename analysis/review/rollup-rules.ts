// Roll-up rules: cluster and domain ratings from criterion ratings (pure; unrated criteria are left out).
import type { RatingDistribution, RatingLevel, RollupRule } from '../api';
import { LEVEL_NUMBERS, RATING_LEVELS } from '../shared/review-levels';

/**
 * Applies a rule to the ratings of one cluster or domain; null while none is rated.
 * Ties break downward (toward the level that signals more support is needed): a median between two
 * levels takes the lower, and a mean of exactly x.5 rounds down. A review that errs, errs toward help.
 */
export function rollUp(rule: RollupRule, ratings: readonly (RatingLevel | null)[]): RatingLevel | null {
  const values = ratings.filter((r): r is RatingLevel => r !== null).map((r) => LEVEL_NUMBERS[r]);
  if (values.length === 0) return null;
  switch (rule) {
    case 'lowest':
      return toLevel(Math.min(...values));
    case 'median': {
      const sorted = [...values].sort((a, b) => a - b);
      // The lower middle for an even count; the middle for an odd count.
      return toLevel(sorted[Math.floor((sorted.length - 1) / 2)]!);
    }
    case 'rounded_mean': {
      const sum = values.reduce((a, b) => a + b, 0);
      // Integer arithmetic: round(sum / n) with halves going down is ceil((2*sum - n) / (2n)).
      return toLevel(Math.ceil((2 * sum - values.length) / (2 * values.length)));
    }
  }
}

export function distributionOf(ratings: readonly (RatingLevel | null)[]): RatingDistribution {
  const distribution: RatingDistribution = { initiating: 0, developing: 0, established: 0, unrated: 0 };
  for (const rating of ratings) distribution[rating ?? 'unrated'] += 1;
  return distribution;
}

function toLevel(value: number): RatingLevel {
  return RATING_LEVELS[value - 1]!;
}

/**
 * What a domain rolls up: each criterion's rating, except that in a cluster the reviewer overrode every
 * criterion counts at the override. The override thus flows up to the domain, weighted by the cluster's size,
 * instead of being lost between the two levels.
 */
export function domainInputs(
  clusters: readonly { id: string; criterionIds: readonly string[] }[],
  rating: (criterionId: string) => RatingLevel | null,
  clusterOverride: (clusterId: string) => RatingLevel | null,
): (RatingLevel | null)[] {
  return clusters.flatMap((cluster) => {
    const override = clusterOverride(cluster.id);
    return cluster.criterionIds.map((id) => override ?? rating(id));
  });
}
