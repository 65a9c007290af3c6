// The honest label for a withheld figure: why it is hidden, in the same words the suppression rule uses.
// "n < 15" (under a minimum of 15) means the group itself is small; "count < 15" means the group may be large but fewer than the minimum
// have the outcome, which is a different thing to tell a reader.
import type { PublishedMetricRow } from '../../../../analysis/api';

type SuppressionFields = Pick<PublishedMetricRow, 'suppressed' | 'suppression_reason' | 'numerator_coded' | 'value_coded' | 'denominator'>;

/** A short label drawn where the mark would be; null when the figure is shown. */
export function withheldLabel(row: SuppressionFields, minimumN: number): string | null {
  if (!row.suppressed) return null;
  switch (row.suppression_reason) {
    case 'small_n':
      return `n < ${minimumN}`;
    case 'small_count':
      return `count < ${minimumN}`;
    case 'small_complement':
      return row.denominator !== null ? `count > ${(row.denominator - minimumN).toLocaleString('en-US')}` : `nearly all`;
    case 'extreme_rate':
      // Top- and bottom-coded rates are published as a range ("<=1%"), which says more than "withheld".
      return row.value_coded ? row.value_coded.replace('<=', '≤ ').replace('>=', '≥ ') : 'withheld';
    case 'complementary':
    case 'complementary_n':
      return '* withheld';
    default:
      return 'withheld';
  }
}

/** What each short label means, for the note under a chart and the metadata rows of an export. */
export function withheldExplanation(minimumN: number): string {
  return (
    `Withheld figures protect students, they are not zero: “n < ${minimumN}” marks a group of fewer than ${minimumN}; ` +
    `“count < ${minimumN}” a group in which fewer than ${minimumN} had the outcome; “*” a figure hidden so that a smaller one cannot be worked out from the total.`
  );
}
