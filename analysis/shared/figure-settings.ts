// The settings that change a published figure: each with its federal default, its allowed range and
// what it does, for the Settings screen (and anything else that explains them). Ranges match the
// service's validation (analysis/metrics/metric-settings.ts and the project's suppression setting).
import type { MetricSettingsInfo } from '../api';

export interface NumericSetting {
  id: 'minimumN' | 'minimumCellSize' | 'minimumNSize' | 'threshold' | 'consecutiveYears' | 'progressPercent' | 'minimumDaysEnrolled';
  label: string;
  min: number;
  max: number;
  step: number;
  /** The federal default, or the common practice where the law sets a maximum. */
  defaultValue: number;
  effect: string;
  read(settings: MetricSettingsInfo): number;
}

export const NUMERIC_SETTINGS: readonly NumericSetting[] = [
  {
    id: 'minimumN',
    label: 'Minimum group size to publish',
    min: 1,
    max: 100,
    step: 1,
    defaultValue: 10,
    effect: 'Counts below this are shown as withheld, rates and averages of smaller groups are not published, and other figures are withheld where they would let a small one be worked out.',
    read: (s) => s.minimumN,
  },
  {
    id: 'minimumCellSize',
    label: 'Risk ratio: minimum cell size',
    min: 1,
    max: 100,
    step: 1,
    defaultValue: 10,
    effect: 'A risk ratio needs at least this many students with the outcome in the group and in its comparison group (34 CFR 300.647 allows at most 10).',
    read: (s) => s.riskRatio.minimumCellSize,
  },
  {
    id: 'minimumNSize',
    label: 'Risk ratio: minimum n-size',
    min: 1,
    max: 1000,
    step: 1,
    defaultValue: 30,
    effect: 'A risk ratio needs at least this many students in the group and in its comparison group (34 CFR 300.647 allows at most 30).',
    read: (s) => s.riskRatio.minimumNSize,
  },
  {
    id: 'threshold',
    label: 'Risk ratio threshold',
    min: 1,
    max: 20,
    step: 0.1,
    defaultValue: 2,
    effect: 'A group whose risk ratio is above this is over the threshold; suggestions and flags read it.',
    read: (s) => s.riskRatio.threshold,
  },
  {
    id: 'consecutiveYears',
    label: 'Years over the threshold before a flag',
    min: 1,
    max: 10,
    step: 1,
    defaultValue: 3,
    effect: 'A group is flagged only after this many years in a row over the threshold, as states do for significant disproportionality.',
    read: (s) => s.riskRatio.consecutiveYears,
  },
  {
    id: 'progressPercent',
    label: 'Reasonable progress: least reduction each year (percent)',
    min: 0,
    max: 100,
    step: 0.5,
    defaultValue: 10,
    effect: "Under the percentage standard, a flagged group's ratio must fall by at least this share of the year before's ratio in each of the two prior years.",
    read: (s) => s.riskRatio.progressPercent,
  },
  {
    id: 'minimumDaysEnrolled',
    label: 'Chronic absence: minimum days enrolled',
    min: 0,
    max: 365,
    step: 1,
    defaultValue: 10,
    effect: 'Students enrolled fewer days than this are left out of chronic absence, because a few absences in a short enrollment would count as chronic.',
    read: (s) => s.chronicAbsence.minimumDaysEnrolled,
  },
];

export const CHRONIC_DEFINITIONS: readonly { id: MetricSettingsInfo['chronicAbsence']['definition']; label: string; effect: string }[] = [
  { id: 'ten_percent', label: 'Absent at least 10% of the days enrolled (default)', effect: 'The definition most states use for accountability.' },
  { id: 'fifteen_days', label: 'Absent 15 or more school days', effect: 'The federal Civil Rights Data Collection definition.' },
];

export const PROGRESS_STANDARDS: readonly { id: MetricSettingsInfo['riskRatio']['reasonableProgress']; label: string; effect: string }[] = [
  { id: 'none', label: 'Not used (default)', effect: 'A group over the threshold for the set number of years is identified.' },
  { id: 'any_reduction', label: 'Any reduction in each of the two prior years', effect: 'A flagged group whose ratio fell in each of the two years before is not identified (34 CFR 300.647(d)(2)).' },
  { id: 'percent_reduction', label: 'A percentage reduction in each of the two prior years', effect: 'As above, with each fall at least the percentage set above.' },
];

/** The reasonable-progress standard in words, as the report's settings table and the disparity command print it. */
export function progressStandardText(riskRatio: Pick<MetricSettingsInfo['riskRatio'], 'reasonableProgress' | 'progressPercent'>): string {
  if (riskRatio.reasonableProgress === 'none') return 'not used (a flagged group is identified)';
  if (riskRatio.reasonableProgress === 'any_reduction') return 'any reduction in each of the two prior years';
  return `a reduction of at least ${riskRatio.progressPercent}% in each of the two prior years`;
}

/** A setting's value clamped into its range, or null when the text is not a number. */
export function settingValue(setting: NumericSetting, text: string): number | null {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return null;
  if (setting.step === 1 && !Number.isInteger(value)) return null;
  return value >= setting.min && value <= setting.max ? value : null;
}
