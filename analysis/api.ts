// The one contract every host exposes (DESIGN.md section 2): method names, request and response types.
// No runtime imports, so the renderer can `import type` it and hosts can share METHOD_NAMES.

import type { DeleteSavedViewRequest, ExploreSources, ExploreSourcesRequest, ExportChartXlsxRequest, SaveViewRequest, SavedView } from './contract/explore';
import type { ImportInspection, ImportLogEntry, ImportResult, InspectImportFileRequest, MappingProfileSummary, ProjectQualityReport, QualityReport, QualityReportRequest, RunImportRequest } from './contract/import';
import type { DisparityTableRequest, MetricCatalog, MetricSettingsInfo, MetricTableRequest, UpdateMetricSettingsRequest } from './contract/metrics';
import type { DeleteFindingsRecordRequest, FindingsState, ProgressReport, ReportCover, SaveActionItemRequest, SaveFindingRequest, SaveRecommendationRequest, SeedActionPlanResponse } from './contract/findings';
import type { ExportFindingsRequest, ExportReportPdfRequest, ExportedFile, ReportModel, ReportRequest } from './contract/report';
import type { AgreementReport, CalibrationReport, ExportReviewerWorkRequest, MergeReport, MergeReviewerWorkRequest, RateCalibrationRequest, ReconcileCriterionRequest, ReviewerWorkFile, SetBlindRatingRequest } from './contract/team';
import type { SignalSettingsInfo, SignalsRequest, SignalsResult, UpdateSignalSettingsRequest } from './contract/signals';
import type { AddEvidenceRequest, AddEvidenceResponse, AuditEntry, DuplicateTemplateRequest, EvidenceLinkRequest, ExportTemplateResponse, ImportTemplateRequest, ListAuditLogRequest, OverrideRollupRequest, RateCriterionRequest, ReviewState, SetReviewerRequest, SetRollupRuleRequest, StartFollowUpRequest, TemplateRecord, TemplateRefRequest, TemplateSummary, UpdateTemplateRequest, UseTemplateRequest } from './contract/review';

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
  | 'no_data' // the request is valid but the project holds no figures for it
  | 'file_refused' // the file's content cannot be imported as mapped (rates without counts, ids as counts, ...)
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
  /** The attributes Explore filters on, so a chart can name exactly the chosen schools that pass them. */
  communitySchool: boolean | null;
  pathway: string | null;
  implementationPhase: string | null;
}

export interface ProjectInfo extends ProjectSummary {
  tables: TableCount[];
  schoolYears: number[];
  schools: SchoolSummary[];
  /** Districts (LEA or division ids) in report-card aggregates that cover several; absent when none. */
  districts?: string[];
  /** Changes whenever an import or a setting changes any published figure; keys every cache of figures. */
  dataVersion: string;
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

// Feature types live in analysis/contract/ (types only) and are part of this contract.
export type * from './contract/review';
export type * from './contract/import';
export type * from './contract/metrics';
export type * from './contract/explore';
export type * from './contract/findings';
export type * from './contract/report';
export type * from './contract/team';
export type * from './contract/signals';

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
  // --- review teams ---
  /** Turns independent (blind) rating on or off; answers with the review as saved. */
  setBlindRating: { request: SetBlindRatingRequest; response: ReviewState };
  /** The lead's consensus rating of a criterion, with the reason; answers with the review as saved. */
  reconcileCriterion: { request: ReconcileCriterionRequest; response: ReviewState };
  /** Agreement figures per scope and every criterion's ratings side by side, largest disagreement first. */
  getAgreement: { request: EmptyRequest; response: AgreementReport };
  /** One reviewer's ratings as a file the lead can merge. */
  exportReviewerWork: { request: ExportReviewerWorkRequest; response: ReviewerWorkFile };
  /** Merges a reviewer's exported ratings, by reviewer and criterion, in one audited transaction. */
  mergeReviewerWork: { request: MergeReviewerWorkRequest; response: MergeReport };
  /** A reviewer's practice rating of one calibration vignette, audited and kept apart from the review's ratings. */
  rateCalibration: { request: RateCalibrationRequest; response: CalibrationReport };
  /** The template's calibration vignettes and each reviewer's distance from the agreed answers. */
  getCalibration: { request: EmptyRequest; response: CalibrationReport };
  // --- review (issue 6) ---
  /** The whole guided review: template, ratings, suggestions, evidence, roll-ups, progress. */
  getReview: { request: EmptyRequest; response: ReviewState };
  rateCriterion: { request: RateCriterionRequest; response: ReviewState };
  /** Freezes the review so far as the read-only baseline of a follow-up review (ratings, findings, plan), which carries on from it. */
  startFollowUp: { request: StartFollowUpRequest; response: ReviewState };
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
  // --- explore ---
  listSavedViews: { request: EmptyRequest; response: SavedView[] };
  saveView: { request: SaveViewRequest; response: SavedView[] };
  deleteSavedView: { request: DeleteSavedViewRequest; response: SavedView[] };
  /** Which sources hold a metric (student records, report-card aggregates), which 'auto' reads, how many schools pass the filters. */
  getExploreSources: { request: ExploreSourcesRequest; response: ExploreSources };
  /** An Explore chart's data table and metadata as an XLSX workbook (Data and About sheets). */
  exportChartXlsx: { request: ExportChartXlsxRequest; response: ExportedFile };
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
   * flagged, flag_note; students_needed (fewer students with an adverse outcome, or more with an opportunity,
   * that would bring the group within the threshold), lowered_two_years, lowered_two_years_by_percent (the ratio
   * fell in each of the two prior years: reasonable progress under 34 CFR 300.647(d)(2)), identified (flagged
   * without reasonable progress under the project's standard); outcome_share, population_share, composition_index, composition_note;
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
  /** Every action item's benchmark re-measured from the published figures: baseline, latest, target and status. */
  getProgress: { request: EmptyRequest; response: ProgressReport };
  /** The whole report as data; suppressed unless `internal` (then marked internal, watermarked when printed). */
  getReportModel: { request: ReportRequest; response: ReportModel };
  /** Findings, recommendations, action plan and ratings as XLSX (every sheet) or CSV (one table). */
  exportFindings: { request: ExportFindingsRequest; response: ExportedFile };
  /** The whole review (ratings, evidence, findings, recommendations, plan) as JSON. */
  exportReviewJson: { request: EmptyRequest; response: ExportedFile };
  // --- signals ---
  /** Every Domain 1 and 2 gap tested, with false-discovery control across the stated family. */
  getSignals: { request: SignalsRequest; response: SignalsResult };
  updateSignalSettings: { request: UpdateSignalSettingsRequest; response: SignalSettingsInfo };
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
  // --- review teams ---
  'setBlindRating',
  'reconcileCriterion',
  'getAgreement',
  'exportReviewerWork',
  'mergeReviewerWork',
  'rateCalibration',
  'getCalibration',
  // --- review (issue 6) ---
  'getReview',
  'rateCriterion',
  'startFollowUp',
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
  // --- explore ---
  'listSavedViews',
  'saveView',
  'deleteSavedView',
  'getExploreSources',
  'exportChartXlsx',
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
  'getProgress',
  'getReportModel',
  'exportFindings',
  'exportReviewJson',
  // --- signals ---
  'getSignals',
  'updateSignalSettings',
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
