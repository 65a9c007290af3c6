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
}
