// The methods appendix on the review team: how many reviewers rated, their agreement with intervals, and
// how disagreements were settled, in sentences generated from the actual counts.
import type { ReportReviewTeam } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { agreementReport } from '../review-team/team-agreement';
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
  const sentences = [
    `${plural(report.reviewers.length, 'reviewer')} (${report.reviewers.join(', ')}) rated the criteria independently; ${plural(overall.items, 'criterion', 'criteria')} were rated by two or more of them.`,
    `They gave the same rating in ${exact?.value === null || !exact ? 'an undefined share' : `${Math.round(exact.value * 100)}%`} of pairs` +
      (alpha && alpha.value !== null ? `; Krippendorff's ordinal alpha was ${two(alpha.value)}${alpha.lower !== null ? ` (95% interval ${two(alpha.lower)} to ${two(alpha.upper)})` : ''}.` : '.'),
    disagreed.length === 0
      ? 'The reviewers agreed on every criterion they rated in common.'
      : `They disagreed on ${plural(disagreed.length, 'criterion', 'criteria')}; the lead reviewer set a consensus rating with a written reason for ${reconciled} of them` +
        (reconciled < disagreed.length ? `, and the other ${disagreed.length - reconciled} remain unrated in this report.` : '.'),
    'Each reviewer\'s own ratings stay on record in the project beside the consensus.',
  ];
  return { reviewers: report.reviewers, items: overall.items, figures: overall.figures, disagreed: disagreed.length, reconciled, sentences };
}
