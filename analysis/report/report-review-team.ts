// The methods appendix on the review team: who the reviewers were, how they calibrated, their agreement
// with intervals, and how disagreements were settled, in sentences generated from the actual counts.
import type { CalibrationReport, ReportReviewTeam, ReviewerProfile } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { calibrationReport } from '../review-team/calibration';
import { readReviewerProfiles } from '../review-team/reviewer-profiles';
import { agreementReport } from '../review-team/team-agreement';
import { describeReviewer } from '../shared/reviewer-text';
import { plural } from './report-text';

const two = (value: number | null) => (value === null ? 'not defined' : value.toFixed(2));

export async function reportReviewTeam(database: ProjectDatabase): Promise<ReportReviewTeam | null> {
  const report = await agreementReport(database);
  if (report.reviewers.length < 2) return null;
  const overall = report.scopes.find((s) => s.scope === 'overall')!;
  const disagreed = report.criteria.filter((c) => c.spread > 0);
  const reconciled = disagreed.filter((c) => c.consensus !== null).length;
  const figure = (id: string) => overall.figures.find((f) => f.id === id);
  const alpha = figure('krippendorff_alpha_ordinal');
  const exact = figure('exact_agreement');
  const known = new Map((await readReviewerProfiles(database.connection)).map((p) => [p.name, p]));
  const people: ReviewerProfile[] = report.reviewers.map((name) => known.get(name) ?? { name, role: null, organisation: null });
  const calibration = calibrationSentence(await calibrationReport(database), new Set(report.reviewers));
  const sentences = [
    `${plural(report.reviewers.length, 'reviewer')} (${report.reviewers.join(', ')}) rated the criteria independently; ${plural(overall.items, 'criterion', 'criteria')} were rated by two or more of them.`,
    ...(people.some((p) => p.role !== null || p.organisation !== null) ? [`The team: ${people.map(describeReviewer).join('; ')}.`] : []),
    `They gave the same rating in ${exact?.value === null || !exact ? 'an undefined share' : `${Math.round(exact.value * 100)}%`} of pairs` +
      (alpha && alpha.value !== null ? `; Krippendorff's ordinal alpha was ${two(alpha.value)}${alpha.lower !== null ? ` (95% interval ${two(alpha.lower)} to ${two(alpha.upper)})` : ''}.` : '.'),
    disagreed.length === 0
      ? 'The reviewers agreed on every criterion they rated in common.'
      : `They disagreed on ${plural(disagreed.length, 'criterion', 'criteria')}; the lead reviewer set a consensus rating with a written reason for ${reconciled} of them` +
        (reconciled < disagreed.length ? `, and the other ${disagreed.length - reconciled} remain unrated in this report.` : '.'),
    ...(calibration ? [calibration] : []),
    'Each reviewer\'s own ratings stay on record in the project beside the consensus.',
  ];
  return { reviewers: report.reviewers, people, items: overall.items, figures: overall.figures, disagreed: disagreed.length, reconciled, sentences };
}

/** How the raters calibrated before the review, or null when none of them did. */
function calibrationSentence(calibration: CalibrationReport, raters: ReadonlySet<string>): string | null {
  const calibrated = calibration.reviewers.filter((r) => raters.has(r.reviewer));
  if (calibrated.length === 0) return null;
  const rated = calibrated.reduce((sum, r) => sum + r.rated, 0);
  const exact = calibrated.reduce((sum, r) => sum + r.exactMatches, 0);
  const distance = calibrated.reduce((sum, r) => sum + r.meanAbsoluteDistance! * r.rated, 0) / rated;
  return (
    `Before the review, ${plural(calibrated.length, 'reviewer')} rated ${plural(calibration.vignettes.length, 'calibration vignette')} with agreed answers; ` +
    `${exact} of their ${plural(rated, 'rating')} matched the agreed level, and their mean absolute distance from it was ${distance.toFixed(2)} levels on the three-level scale.`
  );
}
