// Every agreement statistic the review reports, for one set of items (a criterion's cluster, a domain or
// the whole review), each with its bootstrap 95% interval and the number of items it rests on.
import { bootstrapInterval, type Interval } from './bootstrap';
import { fleissKappa, gwetAc1, percentAgreement } from './chance-corrected';
import { cohenKappa } from './cohen-kappa';
import { krippendorffAlpha } from './krippendorff-alpha';
import type { RatingMatrix } from './rating-matrix';

export type AgreementStatisticId =
  | 'exact_agreement'
  | 'adjacent_agreement'
  | 'cohen_kappa_linear'
  | 'cohen_kappa_quadratic'
  | 'fleiss_kappa'
  | 'krippendorff_alpha_ordinal'
  | 'gwet_ac1';

export interface AgreementStatistic {
  id: AgreementStatisticId;
  label: string;
  /** null when undefined for these data (for example every rating identical). */
  value: number | null;
  interval: Interval | null;
}

export interface AgreementSummary {
  /** Items rated by at least two raters: the items every statistic here rests on. */
  items: number;
  raters: number;
  statistics: AgreementStatistic[];
}

type Statistic = (matrix: RatingMatrix) => number | null;

const STATISTICS: { id: AgreementStatisticId; label: string; twoRatersOnly?: boolean; compute: Statistic }[] = [
  { id: 'exact_agreement', label: 'Exact agreement', compute: (m) => percentAgreement(m, 'identity') },
  { id: 'adjacent_agreement', label: 'Agreement within one level', compute: (m) => percentAgreement(m, 'adjacent') },
  { id: 'cohen_kappa_linear', label: "Cohen's kappa, linear weights", twoRatersOnly: true, compute: (m) => cohenKappa(m, 'linear')?.kappa ?? null },
  { id: 'cohen_kappa_quadratic', label: "Cohen's kappa, quadratic weights", twoRatersOnly: true, compute: (m) => cohenKappa(m, 'quadratic')?.kappa ?? null },
  { id: 'fleiss_kappa', label: "Fleiss' kappa", compute: (m) => fleissKappa(m)?.coefficient ?? null },
  { id: 'krippendorff_alpha_ordinal', label: "Krippendorff's alpha (ordinal)", compute: (m) => krippendorffAlpha(m, 'ordinal') },
  { id: 'gwet_ac1', label: "Gwet's AC1", compute: (m) => gwetAc1(m)?.coefficient ?? null },
];

export function summariseAgreement(matrix: RatingMatrix, options: { replicates?: number; seed?: number } = {}): AgreementSummary {
  const raters = matrix.rows[0]?.length ?? 0;
  const items = matrix.rows.filter((row) => row.filter((rating) => rating !== null).length >= 2).length;
  const statistics = STATISTICS.filter((statistic) => !statistic.twoRatersOnly || raters === 2).map(({ id, label, compute }) => ({
    id,
    label,
    value: compute(matrix),
    interval: bootstrapInterval(matrix, compute, options.replicates, options.seed),
  }));
  return { items, raters, statistics };
}
