// How far each reviewer's calibration ratings lie from the agreed answers, in levels of the three-level
// ordinal scale (Initiating 1, Developing 2, Established 3): exact matches and the mean absolute distance.
import type { CalibrationVignette, RatingLevel, ReviewerCalibration } from '../api';
import { RATING_LEVELS } from '../shared/review-levels';

const position = (level: RatingLevel): number => RATING_LEVELS.indexOf(level);

/** Ratings of vignettes the template no longer has are left out: there is no agreed answer to measure from. */
export function calibrationDistances(vignettes: readonly CalibrationVignette[], ratings: readonly { reviewer: string; vignetteId: string; level: RatingLevel }[]): ReviewerCalibration[] {
  const agreed = new Map(vignettes.map((v) => [v.id, v.agreedLevel]));
  const order = new Map(vignettes.map((v, i) => [v.id, i]));
  const byReviewer = new Map<string, ReviewerCalibration>();
  for (const rating of ratings) {
    const answer = agreed.get(rating.vignetteId);
    if (!answer) continue;
    const entry = byReviewer.get(rating.reviewer) ?? { reviewer: rating.reviewer, rated: 0, exactMatches: 0, meanAbsoluteDistance: null, answers: [] };
    entry.answers.push({ vignetteId: rating.vignetteId, level: rating.level, distance: Math.abs(position(rating.level) - position(answer)) });
    byReviewer.set(rating.reviewer, entry);
  }
  return [...byReviewer.values()].map((entry) => {
    const answers = [...entry.answers].sort((a, b) => order.get(a.vignetteId)! - order.get(b.vignetteId)!);
    const total = answers.reduce((sum, a) => sum + a.distance, 0);
    return { ...entry, answers, rated: answers.length, exactMatches: answers.filter((a) => a.distance === 0).length, meanAbsoluteDistance: total / answers.length };
  });
}
