// Findings, recommendations and the action plan with its benchmarks, and the requests that change them.
// Types only (no runtime imports): part of the contract that analysis/api.ts re-exports.
import type { MetricGroupType } from './metrics';
import type { AuditEntry } from './review';

/** What a finding says about the district: a strength, an area for growth, or a factor that limits access and opportunity. */
export type FindingType = 'strength' | 'area_for_growth' | 'limiting_factor';
export type RecommendationPriority = 'high' | 'medium' | 'low';
/** Seeded items start as drafts: the reviewer confirms each one before it counts as planned. */
export type ActionItemStatus = 'draft' | 'planned';
/** Which figure of a metric a benchmark tracks: the group's own value, its gap, or its risk ratio. */
export type BenchmarkStatistic = 'value' | 'gap' | 'risk_ratio';

export interface FindingInput {
  domainId: string;
  type: FindingType;
  title: string;
  text: string;
  criterionIds: string[];
  evidenceIds: number[];
  /** The school the finding is about; absent or null: district-wide. A school's report prints its own. */
  schoolId?: string | null;
}

export interface Finding extends FindingInput {
  findingId: number;
  author: string;
  /** ISO 8601 */
  updatedAt: string;
}

export interface RecommendationInput {
  domainId: string;
  priority: RecommendationPriority;
  text: string;
  findingIds: number[];
}

export interface Recommendation extends RecommendationInput {
  recommendationId: number;
  author: string;
  /** ISO 8601 */
  updatedAt: string;
}

/** A measurable benchmark: one metric figure for one group (or all students), a target and the year to reach it. */
export interface BenchmarkSpec {
  metricId: string;
  statistic: BenchmarkStatistic;
  /** null: all students (the metric's total). */
  groupType: MetricGroupType | null;
  group: string | null;
  /** In the metric's display unit: percent for rates (12.5 means 12.5%), percentage points for gaps. */
  target: number;
  /** School year (ending year) by which the target is to be met. */
  targetYear: number;
  /**
   * School year (ending year) the baseline is measured in, so a later year's data is compared with it rather than
   * replacing it. Saving a benchmark without one records the latest year with data; absent in benchmarks saved
   * before it was recorded, which read the latest year.
   */
  baselineYear?: number | null;
}

/** The benchmark's starting point, read from the published (suppressed) metric table of the latest year. */
export interface BenchmarkBaseline {
  /** School year (ending year) of the baseline; null when the data have no year for it. */
  year: number | null;
  /** In the same display unit as the target; null when withheld or not computable. */
  value: number | null;
  /** As the report prints it: "8.1%", "<10", "withheld (fewer than 10 students)". */
  text: string;
  suppressed: boolean;
  metricLabel: string;
  groupLabel: string;
  statisticLabel: string;
}

/** A benchmark re-measured from the data: "met", "on track", "not on track", or "not enough data" to judge. */
export type BenchmarkStatus = 'met' | 'on_track' | 'not_on_track' | 'not_enough_data';

/** One year of a benchmark's figure, published through the suppression choke point. */
export interface BenchmarkPoint {
  /** School year (ending year). */
  year: number;
  /** In the target's display unit; null when withheld or not computable (the text says which). */
  value: number | null;
  /** The figure's 95% interval in the same unit; null when the published figures cannot give one. */
  lower: number | null;
  upper: number | null;
  /** As printed: "8.1%", "withheld to protect a group of fewer than 10 students". */
  text: string;
}

/** Where an action item's benchmark stands: baseline, latest, target and a status judged with the intervals. */
export interface BenchmarkProgress {
  actionId: number;
  domainId: string;
  criterionId: string | null;
  title: string;
  owner: string;
  /** A seeded draft the reviewer has not confirmed prints as one. */
  itemStatus: ActionItemStatus;
  benchmark: BenchmarkSpec;
  metricLabel: string;
  groupLabel: string;
  statisticLabel: string;
  /** The figures' unit as printed after them: "%", " pts" or "" (ratios and averages). */
  suffix: string;
  /** Which way is better on the figure's scale: +1 higher, -1 lower (from the metric's direction). */
  better: 1 | -1;
  baseline: BenchmarkPoint | null;
  latest: BenchmarkPoint | null;
  targetText: string;
  /** Where a straight line from the baseline to the target would put the figure in the latest year. */
  expected: number | null;
  /** latest minus baseline, in the display unit; null when either is missing. */
  change: number | null;
  /** Whether the change is larger than the noise of the two years' figures (two-sided, 95%). */
  beyondNoise: boolean | null;
  status: BenchmarkStatus;
  /** One sentence saying why: "Fell 3.2 points, beyond the noise (95% interval 1.9 to 4.5), ahead of the line to the target." */
  reason: string;
  /** Every year with a row for the group, baseline year first or earlier: the small trend chart. */
  series: BenchmarkPoint[];
}

export interface ProgressReport {
  /** Latest school year in the project's data. */
  latestYear: number | null;
  items: BenchmarkProgress[];
  /** How many benchmarks have each status. */
  counts: Record<BenchmarkStatus, number>;
  /** How the statuses are judged, as the progress report's methods note prints it. */
  method: string;
}

export interface ActionItemInput {
  domainId: string;
  /** The criterion the item answers (seeded items name the Initiating criterion they came from). */
  criterionId: string | null;
  title: string;
  owner: string;
  /** In words: "Fall 2025 to spring 2026". */
  timeline: string;
  status: ActionItemStatus;
  benchmark: BenchmarkSpec | null;
  /** The school the item is for; absent or null: district-wide. A school's report prints its own. */
  schoolId?: string | null;
}

export interface ActionItem extends ActionItemInput {
  actionId: number;
  baseline: BenchmarkBaseline | null;
  author: string;
  /** ISO 8601 */
  updatedAt: string;
}

/** The report's cover: who reviewed, when, for whom. Unset fields fall back to what the review records. */
export interface ReportCover {
  title: string;
  /** ISO dates (YYYY-MM-DD). */
  reviewStart: string | null;
  reviewEnd: string | null;
  reviewers: string[];
  preparedFor: string | null;
  /** ISO dates (YYYY-MM-DD) of the site visit, printed on the cover; absent or null when not set. */
  siteVisitStart?: string | null;
  siteVisitEnd?: string | null;
}

export interface FindingsState {
  findings: Finding[];
  recommendations: Recommendation[];
  actionItems: ActionItem[];
  cover: ReportCover;
  /** The change "Undo" would reverse (the review's and the findings' changes share one audit log). */
  lastChange: AuditEntry | null;
}

export interface SaveFindingRequest {
  /** Absent: a new finding. */
  findingId?: number;
  finding: FindingInput;
}

export interface SaveRecommendationRequest {
  recommendationId?: number;
  recommendation: RecommendationInput;
}

export interface SaveActionItemRequest {
  actionId?: number;
  item: ActionItemInput;
}

export interface DeleteFindingsRecordRequest {
  kind: 'finding' | 'recommendation' | 'action_item';
  id: number;
}

export interface SeedActionPlanResponse {
  /** Draft items made, one per Initiating criterion that had none. */
  created: number;
  state: FindingsState;
}
