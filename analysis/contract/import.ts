// Import (issue 3): file inspection, column and code mappings, import results and data-quality reports.
// Types only (no runtime imports): part of the contract that analysis/api.ts re-exports.
import type { ArrowBytes } from '../api';

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
  /** Why the import would be refused as mapped (rates without counts, an id column mapped to a count, ...). */
  problems?: string[];
  /** Report-card measures the file holds, each with the registry metric it matches (if any). */
  measures?: MeasureSuggestion[];
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

export type QualityCheck = 'file' | 'parse' | 'missing_required' | 'invalid_value' | 'unmapped_code' | 'duplicate_key' | 'orphan' | 'impossible_value' | 'excluded' | 'derived' | 'formula_text' | 'mis_kinded';

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
  /** All-students rows the project now holds that were added up from partitioning groups (aggregates only). */
  derivedTotals?: DerivedTotal[];
}

/** A report-card measure kept as the file names it, and the registry metric it matches. */
export interface MeasureSuggestion {
  measure: string;
  metricId: string | null;
  confidence: number;
  reason: string;
}

/** An all-students row added up from a group type that partitions the population. */
export interface DerivedTotal {
  schoolYear: number | null;
  level: string | null;
  districtId: string | null;
  schoolId: string | null;
  measure: string;
  /** race_ethnicity (the seven federal groups) or a yes/no group type such as swd. */
  fromGroupType: string;
  numerator: number;
  denominator: number;
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
