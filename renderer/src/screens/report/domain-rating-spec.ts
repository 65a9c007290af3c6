// The executive summary's domain-rating chart: one bar per domain, its criteria stacked by rating (Not
// rated in grey), so a board sees both where each domain stands and how much of it has been rated.
import * as Plot from '@observablehq/plot';
import type { RatingLevel, ReportDomainRating } from '../../../../analysis/api';
import { LEVEL_LABELS } from '../../../../analysis/shared/review-levels';

const ORDER: (RatingLevel | 'unrated')[] = ['initiating', 'developing', 'established', 'unrated'];
const LABEL = (k: RatingLevel | 'unrated') => (k === 'unrated' ? 'Not rated' : LEVEL_LABELS[k]);
/** The heat map's colours, so the chart and the table read alike. */
const COLOURS = ['#b42318', '#f2c14e', '#12633a', '#d6dbe3'];

export function domainRatingSpec(ratings: readonly ReportDomainRating[], width: number): Plot.PlotOptions {
  const data = ratings.flatMap((d) => ORDER.map((k) => ({ domain: `Domain ${d.number}`, rating: LABEL(k), criteria: d.distribution[k] })).filter((row) => row.criteria > 0));
  return {
    width,
    height: 40 + ratings.length * 34,
    marginLeft: 70,
    style: { fontSize: '10px' },
    x: { label: 'Criteria', grid: true },
    y: { label: null, domain: ratings.map((d) => `Domain ${d.number}`) },
    color: { domain: ORDER.map(LABEL), range: COLOURS, legend: true },
    marks: [Plot.barX(data, { x: 'criteria', y: 'domain', fill: 'rating', order: ORDER.map(LABEL) }), Plot.ruleX([0])],
  };
}

/** The chart in words, for the text alternative. */
export function domainRatingText(ratings: readonly ReportDomainRating[]): string {
  return ratings
    .map((d) => {
      const parts = ORDER.filter((k) => d.distribution[k] > 0).map((k) => `${d.distribution[k]} ${LABEL(k)}`);
      return `Domain ${d.number}: ${d.level ? LEVEL_LABELS[d.level] : 'not rated'}${d.provisional ? ' (provisional)' : ''}, criteria ${parts.join(', ')}`;
    })
    .join('. ');
}
