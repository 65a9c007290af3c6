// Guided review (issue 6): rubric templates, ratings, evidence, roll-ups and the audit log.
// Types only (no runtime imports): part of the contract that analysis/api.ts re-exports.

import type { TeamState } from './team';

/** The three-point scale of DESIGN.md section 1: 1 Initiating, 2 Developing, 3 Established. */
export type RatingLevel = 'initiating' | 'developing' | 'established';
/** The triangulation of DESIGN.md section 1: every rating should stand on all three. */
export type EvidenceCategory = 'quantitative' | 'stakeholder_voice' | 'observation_document';
export type QualitativeNoteKind = 'interview' | 'focus_group' | 'listening_session' | 'observation' | 'document_review';
export type EvidenceKind = 'metric_view' | QualitativeNoteKind | 'document';
export type RollupRule = 'median' | 'rounded_mean' | 'lowest';

/** Figures the data-suggested ratings read (Domain 1); each one is per group per year. */
export type SuggestionMetricId =
  | 'oss_risk_ratio'
  | 'ela_proficiency_gap'
  | 'math_proficiency_gap'
  | 'chronic_absence_gap'
  | 'advanced_course_composition'
  | 'graduation_gap';
/** race_ethnicity: the federal groups; program: a yes/no student group (swd, ell, econ_disadv, homeless). */
export type SuggestionGroupType = 'race_ethnicity' | 'program';

/** A rule that suggests a rating from a metric: worse than a threshold in each of the last `years` years. */
export interface MetricRule {
  metric: SuggestionMetricId;
  groupType: SuggestionGroupType;
  /** Group codes to check; the worst of them decides. */
  groups: string[];
  /** 'above': higher values are worse (risk ratios, gaps); 'below': lower values are worse (composition index). */
  direction: 'above' | 'below';
  thresholds: { initiating: number; developing: number };
  /** Consecutive most recent years that must all be past a threshold. */
  years: number;
}

export interface RubricCriterion {
  id: string;
  title: string;
  /** What the reviewer looks for. */
  looksFor: string;
  descriptors: Record<RatingLevel, string>;
  evidenceTypes: EvidenceCategory[];
  metricRules?: MetricRule[];
}

export interface RubricCluster {
  id: string;
  name: string;
  criteria: RubricCriterion[];
}

export interface RubricDomain {
  id: string;
  /** 1-4 for the standard domains. */
  number: number;
  name: string;
  description?: string;
  clusters: RubricCluster[];
}

/**
 * A short scenario the team rates before the review, to check they read the scale alike: it illustrates
 * one criterion and carries the level the template's authors agreed on, with their reason.
 */
export interface CalibrationVignette {
  id: string;
  criterionId: string;
  scenario: string;
  agreedLevel: RatingLevel;
  reason: string;
}

/** A rubric template as JSON (DESIGN.md section 5); schemaVersion is the format's version. */
export interface RubricTemplate {
  schemaVersion: 1;
  id: string;
  name: string;
  description?: string;
  domains: RubricDomain[];
  /** Calibration vignettes, rated apart from the review's ratings. */
  calibration?: CalibrationVignette[];
}

export interface TemplateSummary {
  templateId: string;
  /** Edits make a new version; a project records which version its review used. */
  version: number;
  name: string;
  builtin: boolean;
  inUse: boolean;
  domains: number;
  criteria: number;
  /** ISO 8601 */
  createdAt: string;
}

export interface TemplateRecord extends TemplateSummary {
  template: RubricTemplate;
}

/** What a linked chart or metric view shows; the Explore screen makes these ("Add as evidence"). */
export interface MetricViewDescriptor {
  metricId: string;
  groupType: string;
  filters?: Record<string, string>;
  /** School year (ending year); absent means every year. */
  year?: number;
  chartKind: string;
  title: string;
}

export type NewEvidence =
  | { kind: 'metric_view'; view: MetricViewDescriptor; note?: string }
  | { kind: QualitativeNoteKind; title: string; source: string; date: string; note?: string }
  | { kind: 'document'; title: string; reference: string; date?: string; note?: string };

export interface EvidenceItem {
  evidenceId: number;
  kind: EvidenceKind;
  category: EvidenceCategory;
  title: string;
  note: string | null;
  /** Who was heard or what was observed (notes). */
  source: string | null;
  /** ISO date (YYYY-MM-DD) of the interview, observation or document. */
  date: string | null;
  /** Where a document is (a path, URL or filing reference). */
  reference: string | null;
  view: MetricViewDescriptor | null;
  criterionIds: string[];
  createdBy: string;
  /** ISO 8601 */
  createdAt: string;
}

export interface CriterionRating {
  criterionId: string;
  level: RatingLevel;
  rationale: string;
  /** The data-suggested level when the rating was made, if any. */
  suggestedLevel: RatingLevel | null;
  reviewer: string;
  /** ISO 8601 */
  ratedAt: string;
}

export interface CriterionSuggestion {
  criterionId: string;
  /** null when the data cannot support a suggestion (missing years, suppressed groups). */
  level: RatingLevel | null;
  /** A sentence: "Suggested: Initiating. Out-of-school suspension risk ratio for ..." */
  reason: string;
  /** Every figure the rules read, as the metrics engine published it (in the suggestion's units). */
  figures: SuggestionFigure[];
}

/** One published figure behind a suggestion: a group's gap, risk ratio or composition index in one year. */
export interface SuggestionFigure {
  metric: SuggestionMetricId;
  /** The registry metric whose published row holds the figure. */
  metricId: string;
  groupType: SuggestionGroupType;
  group: string;
  year: number;
  /** Gaps in percentage points by which the group is worse off (negative: better off); null when withheld or not computed. */
  value: number | null;
  withheld: boolean;
}

export interface Triangulation {
  criterionId: string;
  present: EvidenceCategory[];
  missing: EvidenceCategory[];
  /** Expected by the template but not yet there. */
  missingExpected: EvidenceCategory[];
}

export interface RatingDistribution {
  initiating: number;
  developing: number;
  established: number;
  unrated: number;
}

export interface RollupOverride {
  level: RatingLevel;
  reason: string;
  reviewer: string;
  /** ISO 8601 */
  at: string;
}

export interface RollupResult {
  scope: 'cluster' | 'domain';
  id: string;
  /** The rule's level from the criterion ratings (null while none is rated). */
  computed: RatingLevel | null;
  override: RollupOverride | null;
  /** The override when there is one, else the computed level. */
  effective: RatingLevel | null;
  distribution: RatingDistribution;
}

export interface DomainProgress {
  domainId: string;
  rated: number;
  total: number;
}

export interface AuditEntry {
  auditId: number;
  /** ISO 8601 */
  at: string;
  actor: string;
  action: string;
  targetKind: string;
  targetId: string;
  /** A sentence for people: "Rated 1.2.3 Developing". */
  summary: string;
  before: unknown;
  after: unknown;
  /** The undo entry that reversed this one, if any. */
  undoneBy: number | null;
}

/** A follow-up's baseline: the review as it stood when the follow-up started, read-only. */
export interface ReviewBaseline {
  baselineId: number;
  /** "2023-24 review". */
  label: string;
  /** ISO 8601: when the follow-up started and the baseline was frozen. */
  startedAt: string;
  startedBy: string;
  /** The latest school year in the data then. */
  dataThrough: number | null;
  ratings: { criterionId: string; level: RatingLevel; rationale: string }[];
  counts: { findings: number; recommendations: number; actionItems: number };
}

export interface StartFollowUpRequest {
  /** What the baseline is called wherever it is shown beside the current rating ("2023-24 review"). */
  label: string;
}

export interface ReviewState {
  template: RubricTemplate;
  templateRef: { templateId: string; version: number; name: string };
  /** Who changes are recorded as: this review's reviewer, else the one remembered on this computer; null until someone says. */
  reviewer: string | null;
  /** The name remembered on this computer, offered when asking; never the operating-system account name. */
  suggestedReviewer: string | null;
  rollupRule: RollupRule;
  ratings: CriterionRating[];
  suggestions: CriterionSuggestion[];
  evidence: EvidenceItem[];
  triangulation: Triangulation[];
  rollups: RollupResult[];
  progress: DomainProgress[];
  /** The change "Undo" would reverse, or null. */
  lastChange: AuditEntry | null;
  /** Who is rating, whether ratings are blind, and what awaits reconciliation. */
  team: TeamState;
  /** In a follow-up review, the review it started from (read-only); null otherwise. */
  baseline: ReviewBaseline | null;
}

export interface RateCriterionRequest {
  criterionId: string;
  /** null clears the rating (Not rated). */
  level: RatingLevel | null;
  /** Required when the level differs from the data-suggested level. */
  rationale: string;
  /** Rate as this reviewer instead of the current one (scripts rating on a reviewer's behalf). */
  reviewer?: string;
}

export interface SetRollupRuleRequest {
  rule: RollupRule;
}

export interface OverrideRollupRequest {
  scope: 'cluster' | 'domain';
  id: string;
  /** null removes the override. */
  level: RatingLevel | null;
  reason: string;
}

export interface AddEvidenceRequest {
  evidence: NewEvidence;
  /** Criteria the new item supports straight away (may be empty). */
  criterionIds: string[];
}

export interface AddEvidenceResponse {
  evidence: EvidenceItem;
  review: ReviewState;
}

export interface EvidenceLinkRequest {
  evidenceId: number;
  criterionId: string;
}

export interface ListAuditLogRequest {
  limit?: number;
}

export interface SetReviewerRequest {
  name: string;
  /** As it should print: "lead reviewer". Absent keeps the role on record; '' clears it. */
  role?: string;
  /** Absent keeps the organisation on record; '' clears it. */
  organisation?: string;
}

export interface TemplateRefRequest {
  templateId: string;
  /** Absent means the latest version. */
  version?: number;
}

export interface DuplicateTemplateRequest {
  templateId: string;
  name: string;
}

export interface UpdateTemplateRequest {
  templateId: string;
  template: RubricTemplate;
}

export interface ImportTemplateRequest {
  /** The template file's text. */
  json: string;
}

export interface ExportTemplateResponse {
  fileName: string;
  json: string;
}

export interface UseTemplateRequest {
  templateId: string;
}
