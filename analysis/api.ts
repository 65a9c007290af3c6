// The one contract every host exposes (DESIGN.md section 2): method names, request and response types.
// No runtime imports, so the renderer can `import type` it and hosts can share METHOD_NAMES.

/** Every call answers with an envelope: a thrown Error does not survive Electron IPC intact. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ServiceError };

export type ErrorCode =
  | 'bad_request' // the payload failed validation
  | 'unknown_method'
  | 'no_project' // the call needs an open project
  | 'not_found' // a file or record that does not exist
  | 'project_invalid' // not an EquityLens project, or damaged
  | 'project_too_new' // made by a newer version of the app
  | 'project_locked' // another process has the file open
  | 'cancelled'
  | 'internal';

export interface ServiceError {
  code: ErrorCode;
  /** A sentence for the user: what went wrong and what to do. Never holds student records. */
  message: string;
}

/** Apache Arrow IPC stream bytes: every tabular result travels this way. */
export type ArrowBytes = Uint8Array;

export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  host: 'desktop' | 'web' | 'cli';
}

export interface ProjectSummary {
  path: string;
  name: string;
  districtName: string;
  /** ISO 8601 */
  createdAt: string;
  appVersion: string;
  schemaVersion: number;
}

export interface TableCount {
  table: string;
  label: string;
  rows: number;
}

export interface SchoolSummary {
  schoolId: string;
  schoolName: string;
  level: string | null;
}

export interface ProjectInfo extends ProjectSummary {
  tables: TableCount[];
  schoolYears: number[];
  schools: SchoolSummary[];
}

export interface RecentProject {
  path: string;
  name: string;
  districtName: string;
  /** ISO 8601 */
  openedAt: string;
  exists: boolean;
}

export interface CreateProjectRequest {
  path: string;
  name: string;
  districtName: string;
  /** Load the bundled sample district's exports into the new project. */
  withSampleData?: boolean;
}

export interface OpenProjectRequest {
  path: string;
}

export type EmptyRequest = Record<string, never>;

export interface CancelTaskRequest {
  taskId: string;
}

/**
 * Events the service pushes while long work runs. Long requests carry a `taskId` the client chose,
 * so it can match events and cancel before the call returns.
 */
export type ServiceEvent =
  | { type: 'progress'; taskId: string; kind: string; phase: string; done: number; total: number | null }
  | { type: 'task-ended'; taskId: string; kind: string; outcome: 'done' | 'failed' | 'cancelled' };

/** Group types the overview can break enrollment down by. */
export type EnrollmentGroupType = 'race_ethnicity' | 'sex' | 'grade' | 'school_level';

export interface EnrollmentByGroupRequest {
  groupType: EnrollmentGroupType;
}

// --- review (issue 6) ---

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

/** A rubric template as JSON (DESIGN.md section 5); schemaVersion is the format's version. */
export interface RubricTemplate {
  schemaVersion: 1;
  id: string;
  name: string;
  description?: string;
  domains: RubricDomain[];
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

export interface ReviewState {
  template: RubricTemplate;
  templateRef: { templateId: string; version: number; name: string };
  /** Who changes are recorded as; null until the reviewer has said (and the host gave no user name). */
  reviewer: string | null;
  /** The name to offer when asking, e.g. the OS user name. */
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
}

export interface RateCriterionRequest {
  criterionId: string;
  /** null clears the rating (Not rated). */
  level: RatingLevel | null;
  /** Required when the level differs from the data-suggested level. */
  rationale: string;
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

// --- import (issue 3) ---

/** What an import loads into: one of the canonical tables (DESIGN.md section 3). */
export type ImportKind =
  | 'schools'
  | 'enrollment'
  | 'attendance'
  | 'assessments'
  | 'discipline'
  | 'courses'
  | 'graduation'
  | 'staff'
  | 'training'
  | 'surveys'
  | 'aggregates';
export type ImportFileFormat = 'csv' | 'xlsx' | 'parquet' | 'json' | 'ndjson';
/**
 * rows: one record per row. wide: one column per group (report-card aggregates: a count, or a count and
 * percent pair, per group) or per item (survey exports), turned into one record per group or item.
 */
export type ImportLayout = 'rows' | 'wide';
/** How a field's values are read: ids stay text (leading zeros), codes and flags go through a code map. */
export type ImportValueKind = 'id' | 'text' | 'code' | 'flag' | 'school_year' | 'year' | 'grade' | 'date' | 'number' | 'integer' | 'race_list' | 'percent';

export interface ImportFieldInfo {
  field: string;
  label: string;
  description: string;
  valueKind: ImportValueKind;
  required: boolean;
  /** Helps derive canonical fields (a list of race codes, days present, a percent) but is not stored itself. */
  helper: boolean;
  /** Several columns may map to it: summed numbers (absences), or wide-layout values. */
  repeatable: boolean;
  /** Canonical values for code and flag fields; null for open fields. */
  codes: { code: string; label: string }[] | null;
}

/** One column of the file and where it goes. */
export interface ImportColumnMapping {
  /** The column's name in the file (as read; duplicates are numbered). */
  source: string;
  /** A field of the kind, or null: not imported. */
  target: string | null;
  /** Wide aggregates: the group this count, percent or denominator column is for. */
  group?: { groupType: string; groupValue: string };
  /** Wide surveys: the item this column holds (defaults to the column name). */
  item?: string;
}

export interface SuggestedColumnMapping extends ImportColumnMapping {
  /** 0-1: how sure the dictionary is (1 for a user's saved profile). */
  confidence: number;
  /** Why, in a few words: 'synonym "sid" (state file layout)'. */
  reason: string;
}

/** A code in the file and the canonical value it means; value null means "not reported" (missing on purpose). */
export interface ImportCodeChoice {
  field: string;
  code: string;
  value: string | null;
}

/** Everything needed to load a file; inspection suggests one, the user edits it, profiles save it. */
export interface ImportMapping {
  kind: ImportKind;
  layout: ImportLayout;
  columns: ImportColumnMapping[];
  /** Code choices; codes without one use the dictionary when it is sure, else stay unmapped. */
  codes: ImportCodeChoice[];
  /** One value for every row, for a field the file has no column for (a measure, a year). */
  constants: { field: string; value: string }[];
  /** A single year ("2024") names the year the school year ends, or (for a column like SchoolYearStart) starts. */
  schoolYearIs: 'end' | 'start';
}

/**
 * mapped: the dictionary is sure (applied). suggested: a likely meaning, applied only once confirmed.
 * not_reported: a code for "not reported" (loaded as missing). unmapped: unknown, for the user to map.
 * kept: an open field (offense, program) whose value is loaded as written.
 */
export type ImportCodeStatus = 'mapped' | 'suggested' | 'not_reported' | 'unmapped' | 'kept';

export interface ImportCodeReview {
  field: string;
  column: string;
  /** The code as written in the file (a code, not a record: safe to show). */
  code: string;
  count: number;
  value: string | null;
  status: ImportCodeStatus;
  confidence: number;
  note: string | null;
}

export interface ImportFileFacts {
  path: string;
  fileName: string;
  bytes: number;
  sha256: string;
  format: ImportFileFormat;
  /** utf-8, utf-8 (BOM), utf-16le, utf-16be, latin-1; null for binary formats. */
  encoding: string | null;
  /** ',' '\t' '|' ';' for delimited text. */
  delimiter: string | null;
  /** XLSX: every sheet, and the one read. */
  sheets: string[];
  sheet: string | null;
  /** XLSX: the worksheet row that holds the headers (1-based). */
  headerRow: number | null;
  columns: { name: string; type: string }[];
  /** Rows looked at for the suggestions (the whole file when it is small). */
  rowsInspected: number;
  /** Things worth knowing about the file itself: renamed duplicate headers, conversions. */
  notes: string[];
}

export interface InspectImportFileRequest {
  /** A file on this computer (or an upload id's path from the web host). */
  path: string;
  sheet?: string;
  /** Inspect as this kind rather than the detected one. */
  kind?: ImportKind;
  /** Start from this saved mapping profile. */
  profile?: string;
  /** Review this mapping instead of suggesting one (after the user edited it): codes and gaps are recomputed. */
  mapping?: ImportMapping;
}

export interface ImportLogEntry {
  importId: number;
  fileName: string;
  sha256: string;
  bytes: number;
  table: ImportKind;
  format: ImportFileFormat | null;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  /** Records written to the table: more than rows loaded for wide layouts (one per item or group). */
  recordsWritten: number;
  /** ISO 8601 */
  importedAt: string;
  profileName: string | null;
  /** The later import of the same file that replaced this one's rows. */
  replacedBy: number | null;
}

export interface ImportInspection {
  file: ImportFileFacts;
  /** The file's first rows as text (Arrow columns named as in the file). Shown to the user, never logged. */
  preview: ArrowBytes;
  kind: ImportKind;
  kindConfidence: number;
  kindCandidates: { kind: ImportKind; label: string; score: number }[];
  fields: ImportFieldInfo[];
  mapping: ImportMapping;
  /** One per column of the file, in file order. */
  suggestions: SuggestedColumnMapping[];
  codes: ImportCodeReview[];
  /** Required fields with neither a column nor a value: the import cannot run until they have one. */
  missingRequired: string[];
  profile: string | null;
  /** Earlier imports of this very file (same sha256) into this project. */
  previousImports: ImportLogEntry[];
}

export interface RunImportRequest {
  taskId: string;
  path: string;
  sheet?: string;
  kind?: ImportKind;
  /** The reviewed mapping; omitted, the file is mapped automatically (as the command line does). */
  mapping?: ImportMapping;
  profile?: string;
  /** Save the mapping used as a profile of this name, for next year's file. */
  saveProfileAs?: string;
  /** For a file imported before: load it again in place of the earlier rows, or skip it. Omitted: outcome 'duplicate', nothing changed. */
  onDuplicate?: 'replace' | 'skip';
}

export type RejectReason = 'parse_error' | 'missing_required' | 'invalid_value' | 'unmapped_code' | 'duplicate_key' | 'impossible_value' | 'excluded';

/** A row that was not loaded: where and why, never the row itself. */
export interface RejectedRow {
  /** Line in the file (worksheet row for XLSX, record number for Parquet and JSON); null when unknown. */
  line: number | null;
  column: string | null;
  reason: RejectReason;
  message: string;
}

export type QualityCheck = 'file' | 'parse' | 'missing_required' | 'invalid_value' | 'unmapped_code' | 'duplicate_key' | 'orphan' | 'impossible_value' | 'excluded' | 'derived' | 'formula_text';

export interface QualityIssue {
  check: QualityCheck;
  /** error: rows were not loaded. warning: loaded, but a value is missing or doubtful. info: how something was read. */
  severity: 'error' | 'warning' | 'info';
  column: string | null;
  count: number;
  message: string;
  /** Up to ten example lines. */
  lines: number[];
}

export interface UnmappedCode {
  field: string;
  column: string;
  code: string;
  count: number;
}

export interface QualityReport {
  importId: number | null;
  fileName: string;
  sha256: string;
  table: ImportKind;
  /** ISO 8601; null for an import that did not happen. */
  importedAt: string | null;
  /** rowsRead = rowsLoaded + rowsRejected, always. */
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  recordsWritten: number;
  rejectedByReason: { reason: RejectReason; count: number }[];
  unmappedCodes: UnmappedCode[];
  issues: QualityIssue[];
  /** The first rejected rows (all are kept in the project); rowsRejected says how many there are. */
  rejects: RejectedRow[];
}

export interface ImportResult {
  outcome: 'imported' | 'skipped' | 'duplicate';
  importId: number | null;
  fileName: string;
  sha256: string;
  kind: ImportKind;
  mapping: ImportMapping;
  suggestions: SuggestedColumnMapping[];
  /** The earlier import of the same file, when there was one. */
  previousImport: ImportLogEntry | null;
  /** null when nothing was imported (skipped or duplicate). */
  quality: QualityReport | null;
  profileSaved: string | null;
}

export interface QualityReportRequest {
  /** Absent: the most recent import. */
  importId?: number;
}

/** Checks across the whole project, run now (later imports can resolve earlier orphans). */
export interface ProjectQualityCheck {
  table: ImportKind;
  check: QualityCheck;
  severity: 'error' | 'warning' | 'info';
  count: number;
  message: string;
}

export interface ProjectQualityReport {
  imports: QualityReport[];
  checks: ProjectQualityCheck[];
}

export interface MappingProfileSummary {
  name: string;
  kind: ImportKind;
  /** The headers of the file it was saved from: a file with the same headers reuses it. */
  headers: string[];
  /** ISO 8601 */
  updatedAt: string;
}

// --- metrics (issue 4) ---

/** Group types a metric can be broken down by (analysis/metrics/registry/group-types.ts). */
export type MetricGroupType =
  | 'race_ethnicity'
  | 'sex'
  | 'ell'
  | 'swd'
  | 'section_504'
  | 'econ_disadv'
  | 'homeless'
  | 'foster'
  | 'migrant'
  | 'grade'
  | 'school'
  | 'school_level'
  | 'community_school'
  | 'pathway'
  | 'implementation_phase'
  | 'poverty_quartile'
  | 'staff_role'
  | 'respondent_type';

export interface MetricFilters {
  /** School years (ending year). Earlier years are read too, for trends, but not returned. */
  years?: number[];
  schoolIds?: string[];
  schoolLevels?: string[];
  grades?: number[];
  /** Only community-partnership schools (true) or only the others (false). */
  communitySchool?: boolean;
  /** Culture-and-climate pathways: pbis, restorative_practices, mental_wellness, anti_racism. */
  pathways?: string[];
  /** exploration, installation, initial_implementation, full_implementation. */
  implementationPhases?: string[];
  /** Survey constructs (belonging, fairness, ...); climate metrics only. */
  constructs?: string[];
}

/** What each group's gap is measured against; a named group is { kind: 'group', group: 'white' }. */
export type MetricReference = { kind: 'all_students' | 'all_others' | 'highest_performing' } | { kind: 'group'; group: string };

export interface MetricTableRequest {
  metricId: string;
  /** Zero, one or two group types. With two, the first is compared within each value of the second. */
  groupBy: MetricGroupType[];
  filters?: MetricFilters;
  /** Defaults to the metric's own default (usually all other students). */
  reference?: MetricReference;
  /** 'auto' reads student-level tables when they have rows, else the aggregates table. */
  source?: 'auto' | 'students' | 'aggregates';
  /** Unsuppressed figures, for on-screen review only: every row carries internal = true. */
  internal?: boolean;
}

export interface DisparityTableRequest {
  /** A metric id, or any measure name present in the aggregates table. */
  measure: string;
  groupType: MetricGroupType;
  filters?: MetricFilters;
  internal?: boolean;
}

export interface MetricInfo {
  id: string;
  label: string;
  domain: 1 | 2 | 3 | 4;
  topic: string;
  kind: 'proportion' | 'mean' | 'representation';
  unit: 'percent' | 'per_100' | 'scale_score' | 'years';
  direction: 'higher_is_better' | 'lower_is_better';
  defaultReference: string;
  /** Who is counted (students, tested students, staff, respondents, ...). */
  population: string;
  groupTypes: MetricGroupType[];
  /** The measure name it reads in the aggregates table, when it can. */
  aggregatesMeasure: string | null;
  definition: string;
  methods: string;
}

export interface MetricCatalog {
  metrics: MetricInfo[];
  groupTypes: { id: MetricGroupType; label: string; category: string }[];
  /** Methods text for every statistic in a metric table, for the report's appendix. */
  statistics: { id: string; label: string; methods: string }[];
  /** What each note code in a metric table means. */
  notes: { code: string; text: string }[];
  /** Measures present in the project's aggregates table (usable by getDisparityTable). */
  aggregatesMeasures: string[];
}

export interface MetricSettingsInfo {
  /** Counts below this are shown as "<N"; rates and averages of smaller groups are withheld. */
  minimumN: number;
  riskRatio: { minimumCellSize: number; minimumNSize: number; threshold: number; consecutiveYears: number };
  chronicAbsence: { definition: 'ten_percent' | 'fifteen_days'; minimumDaysEnrolled: number };
  /** Top and bottom coding of rates by group size (fixed; listed for the report). */
  codingBands: { minimumN: number; percent: number }[];
}

export interface UpdateMetricSettingsRequest {
  minimumN?: number;
  riskRatio?: Partial<MetricSettingsInfo['riskRatio']>;
  chronicAbsence?: Partial<MetricSettingsInfo['chronicAbsence']>;
}

// --- explore (issue 5) ---

/** A pinned Explore view: its address query (metric, grouping, filters) and a title. */
export interface SavedView {
  viewId: string;
  title: string;
  /** The Explore address's query string, e.g. "metric=out_of_school_suspension&by=race_ethnicity". */
  query: string;
  /** ISO 8601 */
  savedAt: string;
}

export interface SaveViewRequest {
  title: string;
  query: string;
}

export interface DeleteSavedViewRequest {
  viewId: string;
}

// --- findings and report (issue 7) ---

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

export interface ReportRequest {
  /** Unsuppressed figures: the report is marked internal and every page carries a watermark. */
  internal?: boolean;
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
  distribution: RatingDistribution;
}

export interface ReportCriterion {
  criterionId: string;
  title: string;
  clusterName: string;
  level: RatingLevel | null;
  rationale: string | null;
  /** Evidence items linked, by leg of the triangulation. */
  evidence: Record<EvidenceCategory, number>;
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
  clusters: { clusterId: string; name: string; level: RatingLevel | null; criteria: ReportCriterion[] }[];
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
  quality: { summary: string; issues: { fileName: string; severity: 'error' | 'warning' | 'info'; countText: string; message: string }[]; checks: { table: string; severity: string; countText: string; message: string }[] };
}

/** The whole report as data: built in analysis/ from the review, the findings and published metric tables. */
export interface ReportModel {
  format: 1;
  /** Built from unsuppressed figures: every page carries the internal watermark. */
  internal: boolean;
  /** ISO 8601 */
  generatedAt: string;
  appVersion: string;
  cover: ReportCover & { districtName: string; reviewName: string; templateName: string; reviewPeriod: string };
  contents: { anchor: string; title: string; level: 1 | 2 }[];
  summary: {
    paragraphs: string[];
    domainRatings: ReportDomainRating[];
    /** Criteria by rating, domain by domain: the rubric heat map. */
    heatmap: { domainId: string; number: number; name: string; criteria: ReportCriterion[] }[];
    counts: { criteriaRated: number; criteriaTotal: number; strengths: number; areasForGrowth: number; limitingFactors: number; recommendations: number; actionItems: number; evidence: number };
  };
  domains: ReportDomainSection[];
  actionPlan: ReportActionItem[];
  methods: ReportMethods;
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

export interface ExportReportPdfRequest {
  paper: PaperSize;
  internal: boolean;
}

/**
 * Method name -> request and response. Adding a method here, in METHOD_NAMES, in the request schemas
 * and in the service is all it takes for every host to expose it.
 */
export interface ApiMethods {
  getAppInfo: { request: EmptyRequest; response: AppInfo };
  createProject: { request: CreateProjectRequest; response: ProjectInfo };
  openProject: { request: OpenProjectRequest; response: ProjectInfo };
  /** Opens the bundled sample district, building its project file on first use. */
  openSampleProject: { request: EmptyRequest; response: ProjectInfo };
  closeProject: { request: EmptyRequest; response: null };
  /** The open project, or null when none is open. */
  getProjectInfo: { request: EmptyRequest; response: ProjectInfo | null };
  listRecentProjects: { request: EmptyRequest; response: RecentProject[] };
  /** Asks a running task to stop; false when no such task is running. */
  cancelTask: { request: CancelTaskRequest; response: boolean };
  /**
   * Students enrolled by school year and group, suppressed for display. Arrow columns:
   * school_year (int), group_value (utf8), group_label (utf8), students (float, null when suppressed),
   * students_display (utf8, e.g. "<10"), suppressed (bool).
   */
  getEnrollmentByGroup: { request: EnrollmentByGroupRequest; response: ArrowBytes };
  // --- review (issue 6) ---
  /** The whole guided review: template, ratings, suggestions, evidence, roll-ups, progress. */
  getReview: { request: EmptyRequest; response: ReviewState };
  rateCriterion: { request: RateCriterionRequest; response: ReviewState };
  setRollupRule: { request: SetRollupRuleRequest; response: ReviewState };
  overrideRollup: { request: OverrideRollupRequest; response: ReviewState };
  /** Also the Explore screen's "Add as evidence" (kind metric_view). */
  addEvidence: { request: AddEvidenceRequest; response: AddEvidenceResponse };
  linkEvidence: { request: EvidenceLinkRequest; response: ReviewState };
  unlinkEvidence: { request: EvidenceLinkRequest; response: ReviewState };
  /** Reverses the most recent change not yet undone (fails with not_found when there is none). */
  undoLastChange: { request: EmptyRequest; response: ReviewState };
  /** Newest first. */
  listAuditLog: { request: ListAuditLogRequest; response: AuditEntry[] };
  setReviewer: { request: SetReviewerRequest; response: ReviewState };
  listTemplates: { request: EmptyRequest; response: TemplateSummary[] };
  getTemplate: { request: TemplateRefRequest; response: TemplateRecord };
  duplicateTemplate: { request: DuplicateTemplateRequest; response: TemplateSummary };
  /** Saves an edited template as its next version (built-in templates are read-only: duplicate first). */
  updateTemplate: { request: UpdateTemplateRequest; response: TemplateSummary };
  importTemplate: { request: ImportTemplateRequest; response: TemplateSummary };
  exportTemplate: { request: TemplateRefRequest; response: ExportTemplateResponse };
  /** Rates this review against another template's latest version (ratings are kept by criterion id). */
  useTemplate: { request: UseTemplateRequest; response: ReviewState };
  // --- import (issue 3) ---
  /** Reads a file's format, columns and first rows, detects its kind and suggests a column and code mapping. */
  inspectImportFile: { request: InspectImportFileRequest; response: ImportInspection };
  /** A long task (progress events with row counts, cancel): loads one file in one transaction, all or nothing. */
  runImport: { request: RunImportRequest; response: ImportResult };
  /** The import history, newest first. */
  listImports: { request: EmptyRequest; response: ImportLogEntry[] };
  /** The data-quality report stored with an import; null when the project has no imports. */
  getQualityReport: { request: QualityReportRequest; response: QualityReport | null };
  /** Every import's report plus checks across tables run now. */
  getProjectQuality: { request: EmptyRequest; response: ProjectQualityReport };
  listMappingProfiles: { request: EmptyRequest; response: MappingProfileSummary[] };
  // --- explore (issue 5) ---
  listSavedViews: { request: EmptyRequest; response: SavedView[] };
  saveView: { request: SaveViewRequest; response: SavedView[] };
  deleteSavedView: { request: DeleteSavedViewRequest; response: SavedView[] };
  // --- metrics (issue 4) ---
  /** Every metric with its definition and methods, the group types, statistics' methods and note codes. */
  listMetrics: { request: EmptyRequest; response: MetricCatalog };
  /**
   * One metric broken down by up to two group types, suppressed for display unless `internal`.
   * Arrow columns (one row per group per year, each partition's total first, is_total):
   * metric_id, school_year (int), facet_type, facet_value, facet_label (the second group type, or null),
   * group_type, group_value, group_label, group_order (int), is_total, unit, internal (bool);
   * numerator, denominator (float; null when withheld) with numerator_coded, denominator_coded
   * ("<10", ">90", "*"; null when shown); value, value_lower, value_upper (rate as a fraction, or mean)
   * with value_coded ("<3.4%", "<=1%", ">=99%", "*") and value_note; reference_label, reference_value,
   * gap, gap_note; comparison_value (all other students), risk_ratio, risk_ratio_note,
   * state_comparison_value, alternate_risk_ratio, alternate_risk_ratio_note, weighted_risk_ratio,
   * weighted_risk_ratio_note, risk_ratio_method ('risk_ratio' | 'alternate_risk_ratio'),
   * group_cell_test, group_n_test, comparison_cell_test, comparison_n_test (bool), years_over_threshold,
   * flagged, flag_note; outcome_share, population_share, composition_index, composition_note;
   * cohens_d, hedges_g, effect_size_note; prior_value, change, change_note; funnel_target,
   * funnel_lower_95, funnel_upper_95, funnel_lower_998, funnel_upper_998, funnel_position, funnel_note;
   * suppressed (bool), suppression_reason. A null statistic always has its *_note saying why.
   */
  getMetricTable: { request: MetricTableRequest; response: ArrowBytes };
  /** The IDEA table for a metric id or an aggregates-only measure: the same columns as getMetricTable. */
  getDisparityTable: { request: DisparityTableRequest; response: ArrowBytes };
  getMetricSettings: { request: EmptyRequest; response: MetricSettingsInfo };
  updateMetricSettings: { request: UpdateMetricSettingsRequest; response: MetricSettingsInfo };
  // --- findings and report (issue 7) ---
  /** Findings, recommendations and the action plan (baselines computed now), and the report's cover. */
  getFindings: { request: EmptyRequest; response: FindingsState };
  saveFinding: { request: SaveFindingRequest; response: FindingsState };
  saveRecommendation: { request: SaveRecommendationRequest; response: FindingsState };
  saveActionItem: { request: SaveActionItemRequest; response: FindingsState };
  deleteFindingsRecord: { request: DeleteFindingsRecordRequest; response: FindingsState };
  /** Makes a draft action item for each criterion rated Initiating that has none yet (one audited change). */
  seedActionPlan: { request: EmptyRequest; response: SeedActionPlanResponse };
  setReportCover: { request: ReportCover; response: FindingsState };
  /** The whole report as data; suppressed unless `internal` (then marked internal, watermarked when printed). */
  getReportModel: { request: ReportRequest; response: ReportModel };
  /** Findings, recommendations, action plan and ratings as XLSX (every sheet) or CSV (one table). */
  exportFindings: { request: ExportFindingsRequest; response: ExportedFile };
  /** The whole review (ratings, evidence, findings, recommendations, plan) as JSON. */
  exportReviewJson: { request: EmptyRequest; response: ExportedFile };
}

export type MethodName = keyof ApiMethods;
export type RequestOf<M extends MethodName> = ApiMethods[M]['request'];
export type ResponseOf<M extends MethodName> = ApiMethods[M]['response'];

/** The service as every host sees it. */
export type EquityLensApi = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
};

export const METHOD_NAMES = [
  'getAppInfo',
  'createProject',
  'openProject',
  'openSampleProject',
  'closeProject',
  'getProjectInfo',
  'listRecentProjects',
  'cancelTask',
  'getEnrollmentByGroup',
  // --- review (issue 6) ---
  'getReview',
  'rateCriterion',
  'setRollupRule',
  'overrideRollup',
  'addEvidence',
  'linkEvidence',
  'unlinkEvidence',
  'undoLastChange',
  'listAuditLog',
  'setReviewer',
  'listTemplates',
  'getTemplate',
  'duplicateTemplate',
  'updateTemplate',
  'importTemplate',
  'exportTemplate',
  'useTemplate',
  // --- import (issue 3) ---
  'inspectImportFile',
  'runImport',
  'listImports',
  'getQualityReport',
  'getProjectQuality',
  'listMappingProfiles',
  // --- explore (issue 5) ---
  'listSavedViews',
  'saveView',
  'deleteSavedView',
  // --- metrics (issue 4) ---
  'listMetrics',
  'getMetricTable',
  'getDisparityTable',
  'getMetricSettings',
  'updateMetricSettings',
  // --- findings and report (issue 7) ---
  'getFindings',
  'saveFinding',
  'saveRecommendation',
  'saveActionItem',
  'deleteFindingsRecord',
  'seedActionPlan',
  'setReportCover',
  'getReportModel',
  'exportFindings',
  'exportReviewJson',
] as const satisfies readonly MethodName[];

/** Compile-time check that METHOD_NAMES lists every method exactly. */
type Missing = Exclude<MethodName, (typeof METHOD_NAMES)[number]>;
export const EVERY_METHOD_LISTED: Missing extends never ? true : Missing = true;

/** Commands the desktop menu sends to the renderer. */
export type MenuCommand = 'new-review' | 'open-review' | 'open-sample' | 'close-review';

/**
 * What the Electron preload exposes as `window.equitylens`: one named method per service method
 * (never a generic invoke), plus the desktop-only capabilities a browser does not have.
 */
export interface DesktopBridge {
  api: EquityLensApi;
  /** Native open dialog for a .duckdb project; null when cancelled. */
  chooseProjectToOpen(): Promise<string | null>;
  /** Native save dialog for a new .duckdb project; null when cancelled. */
  chooseProjectToCreate(suggestedName: string): Promise<string | null>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Progress and completion of long tasks. */
  onServiceEvent(listener: (event: ServiceEvent) => void): () => void;
  // --- import (issue 3) ---
  /** Native open dialog for district exports to import (several at once); null when cancelled. */
  chooseImportFiles(): Promise<string[] | null>;
  /** The path on disk of a file dropped on the window (Electron's webUtils.getPathForFile); '' when it has none. */
  pathForFile(file: DroppedFile): string;
  // --- findings and report (issue 7) ---
  /**
   * Prints the report (the print route in a hidden sandboxed window) to a PDF the user names in a save
   * dialog; the saved file's path, or null when cancelled.
   */
  exportReportPdf(request: ExportReportPdfRequest): Promise<string | null>;
  /** Saves bytes an export produced through a native save dialog; the path, or null when cancelled. */
  saveExportedFile(file: ExportedFile): Promise<string | null>;
}

/** A DOM File from a drop or a file input, typed by shape so that the contract needs no DOM types. */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}
