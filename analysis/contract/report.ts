// The report as data (its model, charts, methods appendix) and the exports of findings and the report.
// Types only (no runtime imports): part of the contract that analysis/api.ts re-exports.
import type { AgreementFigure, ReviewerProfile } from './team';
import type { ActionItemStatus, BenchmarkBaseline, BenchmarkSpec, FindingType, ProgressReport, RecommendationPriority, ReportCover } from './findings';
import type { ImportKind } from './import';
import type { MetricInfo, MetricSettingsInfo } from './metrics';
import type { EvidenceCategory, EvidenceKind, RatingDistribution, RatingLevel, RollupRule } from './review';
import type { SignalSettingsInfo } from './signals';

export interface ReportRequest {
  /** Unsuppressed figures: the report is marked internal and every page carries a watermark. */
  internal?: boolean;
  /**
   * One school's report: the district summary, then the school's own figures (suppressed at its group sizes),
   * findings and plan items.
   */
  schoolId?: string;
  /** Adds the appendix that maps each reviewer's rating of each criterion, disagreements marked. */
  disagreementMap?: boolean;
}

/** A row of a published metric table as the report carries it (see getMetricTable for the columns). */
export interface PublishedMetricRow {
  school_year: number;
  facet_value: string | null;
  facet_label: string | null;
  group_value: string;
  group_label: string;
  group_order: number;
  is_total: boolean;
  internal: boolean;
  numerator: number | null;
  numerator_coded: string | null;
  denominator: number | null;
  denominator_coded: string | null;
  value: number | null;
  value_lower: number | null;
  value_upper: number | null;
  value_coded: string | null;
  value_note: string | null;
  reference_label: string | null;
  reference_value: number | null;
  gap: number | null;
  gap_note: string | null;
  risk_ratio: number | null;
  risk_ratio_note: string | null;
  flagged: boolean | null;
  years_over_threshold: number | null;
  /** Significant disproportionality over years; absent from rows saved before they were published. */
  students_needed?: number | null;
  lowered_two_years?: boolean | null;
  lowered_two_years_by_percent?: boolean | null;
  identified?: boolean | null;
  outcome_share: number | null;
  population_share: number | null;
  composition_index: number | null;
  funnel_target: number | null;
  funnel_lower_95: number | null;
  funnel_upper_95: number | null;
  funnel_lower_998: number | null;
  funnel_upper_998: number | null;
  funnel_position: string | null;
  suppressed: boolean;
  suppression_reason: string | null;
}

export interface ReportDomainRating {
  domainId: string;
  number: number;
  name: string;
  level: RatingLevel | null;
  computed: RatingLevel | null;
  overrideReason: string | null;
  rated: number;
  total: number;
  /** Some criteria are rated and some are not: the rating may change, and prints as "provisional (k of n rated)". */
  provisional: boolean;
  distribution: RatingDistribution;
}

/**
 * How far a criterion's rating stands on evidence: none linked (unsupported), one or two of the three
 * sources (partly supported), or data, stakeholder voice and observation or documents (triangulated).
 */
export type EvidenceSupport = 'not_rated' | 'unsupported' | 'partly_supported' | 'triangulated';

export interface ReportCriterion {
  criterionId: string;
  title: string;
  clusterName: string;
  level: RatingLevel | null;
  rationale: string | null;
  /** Evidence items linked, by leg of the triangulation. */
  evidence: Record<EvidenceCategory, number>;
  support: EvidenceSupport;
  /** The data-suggested level when the project's data suggest one (a suggestion is not evidence). */
  suggestedLevel: RatingLevel | null;
  /** In a follow-up review, the rating in the review it started from (null: not rated then, or no baseline). */
  baselineLevel: RatingLevel | null;
}

/** A chart linked as evidence, redrawn from its Explore address with published figures only. */
export interface ReportChart {
  anchor: string;
  evidenceId: number;
  title: string;
  /** The Explore address query it was made from. */
  query: string;
  /** The Explore view kind (groups, gaps, trend, schools, funnel, composition, intersection). */
  view: string;
  metric: MetricInfo;
  groupType: string;
  groupTypeLabel: string;
  groupType2: string;
  groupType2Label: string;
  /** School year shown (the latest when the view did not name one). */
  year: number;
  criterionIds: string[];
  note: string | null;
  rows: PublishedMetricRow[];
  /** Why the chart could not be drawn (a metric no longer in the data); rows are then empty. */
  error: string | null;
}

export interface ReportFinding {
  findingId: number;
  type: FindingType;
  title: string;
  text: string;
  criteria: { criterionId: string; title: string }[];
  evidence: string[];
  /** The charts (linked as evidence) it rests on, printed in this domain's section. */
  charts: { anchor: string; title: string }[];
}

export interface ReportRecommendation {
  recommendationId: number;
  priority: RecommendationPriority;
  text: string;
  findingTitles: string[];
}

export interface ReportDomainSection {
  anchor: string;
  domainId: string;
  number: number;
  name: string;
  description: string | null;
  rating: ReportDomainRating;
  clusters: { clusterId: string; name: string; level: RatingLevel | null; rated: number; total: number; provisional: boolean; overrideReason: string | null; criteria: ReportCriterion[] }[];
  findings: ReportFinding[];
  charts: ReportChart[];
  recommendations: ReportRecommendation[];
  /** Interviews, focus groups, observations and documents cited for the domain's criteria. */
  qualitativeEvidence: { evidenceId: number; kind: EvidenceKind; title: string; source: string | null; date: string | null }[];
}

export interface ReportActionItem {
  actionId: number;
  domainNumber: number;
  domainName: string;
  criterion: { criterionId: string; title: string } | null;
  title: string;
  owner: string;
  timeline: string;
  status: ActionItemStatus;
  benchmark: { spec: BenchmarkSpec; baseline: BenchmarkBaseline | null; targetText: string } | null;
}

export interface ReportDataSource {
  fileName: string;
  table: ImportKind;
  sha256: string;
  rowsRead: number;
  rowsLoaded: number;
  /** As printed: a count below the suppression minimum in a public report reads "<10". */
  rowsRejectedText: string;
  importedAt: string;
  replaced: boolean;
}

export interface ReportMethods {
  ratingScale: { level: RatingLevel; number: number; label: string; description: string }[];
  rollupRule: { rule: RollupRule; label: string; description: string };
  metrics: MetricInfo[];
  statistics: { id: string; label: string; methods: string }[];
  notes: { code: string; text: string }[];
  suppression: {
    minimumN: number;
    codingBands: { minimumN: number; percent: number }[];
    riskRatio: MetricSettingsInfo['riskRatio'];
    chronicAbsence: MetricSettingsInfo['chronicAbsence'];
    /** The rules in sentences, as printed. */
    rules: string[];
  };
  dataSources: ReportDataSource[];
  /** How the review team rated and agreed; null when one reviewer rated alone. */
  reviewTeam: ReportReviewTeam | null;
  /** How gaps were told from noise: the tests, the family, the false-discovery rate and the practical floor. */
  signals: { description: string; settings: SignalSettingsInfo; tests: number; signals: number };
  quality: { summary: string; issues: { fileName: string; severity: 'error' | 'warning' | 'info'; countText: string; message: string }[]; checks: { table: string; severity: string; countText: string; message: string }[] };
}

/** The methods appendix's account of the team: who rated, how far they agreed, how disagreements were settled. */
export interface ReportReviewTeam {
  reviewers: string[];
  /** The reviewers with their role and organisation, in the same order. */
  people: ReviewerProfile[];
  /** Agreement over every criterion rated by two or more reviewers, with bootstrap 95% intervals. */
  items: number;
  figures: AgreementFigure[];
  /** Criteria the reviewers disagreed on, and how many of those the lead reconciled. */
  disagreed: number;
  reconciled: number;
  /** The account in sentences, as printed. */
  sentences: string[];
}

/** One gap between a group and its reference, from a published table, as the summary prints it. */
export interface ReportGap {
  metricId: string;
  metricLabel: string;
  groupType: string;
  groupTypeLabel: string;
  groupLabel: string;
  /** School year (ending year). */
  year: number;
  /** As printed: "31.2% (95% CI 28.0% to 34.6%)". */
  valueText: string;
  referenceLabel: string;
  referenceText: string;
  /** "18.4 percentage points higher" */
  gapText: string;
  /** Percentage points (score points for averages), signed: the group's figure minus all others'. */
  gap: number;
  /** The signals engine's plain sentence for the gap. */
  sentence: string;
  /** Where the report discusses it: a chart linked as evidence, or the domain (or data profile) section. */
  discussedAt: { anchor: string; heading: string; within?: string } | null;
}

export interface ReportProfileCluster {
  anchor: string;
  clusterId: string;
  name: string;
  /** Charts drawn from the registry metrics behind the cluster's criteria, with published figures only. */
  charts: ReportChart[];
}

/** The whole report as data: built in analysis/ from the review, the findings and published metric tables. */
export interface ReportModel {
  format: 1;
  /** Built from unsuppressed figures: every page carries the internal watermark. */
  internal: boolean;
  /** ISO 8601 */
  generatedAt: string;
  appVersion: string;
  cover: ReportCover & { districtName: string; reviewName: string; templateName: string; reviewPeriod: string; siteVisit: string | null };
  /** Each title is the text of the heading it points to, so printers can find its page. */
  contents: { anchor: string; title: string; level: 1 | 2 }[];
  /** 'data_profile' while nothing is rated: the report then shows what the data say, titled as such. */
  kind: 'review' | 'data_profile';
  summary: {
    paragraphs: string[];
    /** The reviewer's findings, domain by domain, most pressing first (limiting factors, areas for growth, strengths). */
    keyFindings: { domainNumber: number; domainName: string; anchor: string; findings: { findingId: number; type: FindingType; title: string }[] }[];
    /** The largest gaps in the published data, largest first (three to five when the data hold them). */
    gaps: ReportGap[];
    domainRatings: ReportDomainRating[];
    /** Criteria by rating, domain by domain: the rubric heat map. */
    heatmap: { domainId: string; number: number; name: string; criteria: ReportCriterion[] }[];
    counts: {
      criteriaRated: number;
      criteriaTotal: number;
      /** Rated criteria by how far their evidence reaches. */
      unsupported: number;
      partlySupported: number;
      triangulated: number;
      strengths: number;
      areasForGrowth: number;
      limitingFactors: number;
      recommendations: number;
      actionItems: number;
      evidence: number;
    };
  };
  /** What the data show for each Domain 1 cluster: the whole report while nothing is rated, else empty. */
  dataProfile: ReportProfileCluster[];
  domains: ReportDomainSection[];
  actionPlan: ReportActionItem[];
  /**
   * Every benchmark re-measured from the published figures (always suppressed, even in an internal report). The
   * review report prints it once a year after a baseline is loaded; the progress report is this alone.
   */
  progress: ProgressReport;
  /** In a follow-up review, the review it started from: each criterion prints its baseline rating beside the current one. */
  baseline: { label: string; dataThrough: number | null } | null;
  /** A school's report: the school, and its findings by domain (the district's report: null). */
  school: { schoolId: string; schoolName: string; findings: { number: number; name: string; findings: ReportFinding[] }[] } | null;
  methods: ReportMethods;
  /** The optional disagreement appendix: null unless asked for and two or more reviewers rated. */
  disagreementMap: ReportDisagreementMap | null;
}

/** Criteria by reviewers, each cell the reviewer's own level: where the team disagreed, at a glance. */
export interface ReportDisagreementMap {
  reviewers: string[];
  /** Every criterion rated by two or more reviewers, in the template's order. */
  criteria: {
    criterionId: string;
    title: string;
    domainNumber: number;
    /** One per reviewer, in the order of `reviewers`; null where they did not rate it. */
    levels: (RatingLevel | null)[];
    /** Levels between the lowest and highest rating; above 0 is a disagreement. */
    spread: number;
    /** The lead's consensus, where there is one. */
    consensus: RatingLevel | null;
  }[];
  disagreed: number;
}

/** A file an export produced, for the host to save (a download in the browser, a save dialog on the desktop). */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export type FindingsTable = 'findings' | 'recommendations' | 'action_plan' | 'ratings';

export interface ExportFindingsRequest {
  format: 'xlsx' | 'csv';
  /** CSV holds one table (required); XLSX holds them all, one sheet each. */
  table?: FindingsTable;
  internal?: boolean;
}

export type PaperSize = 'letter' | 'a4';

/** Which document a PDF export prints: the review report, or the progress report for the board. */
export type ReportDocumentKind = 'review' | 'progress';

export interface ExportReportPdfRequest {
  paper: PaperSize;
  internal: boolean;
  /** Prints the disagreement appendix (see ReportRequest). */
  disagreementMap?: boolean;
  /** Absent: the review report. */
  document?: ReportDocumentKind;
  /** One school's report (see ReportRequest.schoolId). */
  schoolId?: string;
}
