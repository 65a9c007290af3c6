// Zod schemas for every request in the contract: the one place payloads are validated, by every host.
import { z } from 'zod';
import type { MethodName, RequestOf } from '../api';
import { REVIEW_REQUEST_SCHEMAS } from './review-request-schemas';
import { IMPORT_REQUEST_SCHEMAS } from './import-request-schemas';
import { METRIC_REQUEST_SCHEMAS, metricFiltersSchema } from './metric-request-schemas';
import { FINDINGS_REQUEST_SCHEMAS } from './findings-request-schemas';
import { TEAM_REQUEST_SCHEMAS } from './team-request-schemas';
import { SIGNAL_REQUEST_SCHEMAS } from './signal-request-schemas';

const empty = z.object({}).strict();
/** Paths arrive from dialogs or the command line; refuse anything that is not a plain .duckdb path. */
const projectPath = z
  .string()
  .min(1, 'A project path is required')
  .max(4096, 'The project path is too long')
  .refine((p) => !p.includes('\0'), 'The project path holds a NUL character')
  .refine((p) => p.toLowerCase().endsWith('.duckdb'), 'A review project file ends in .duckdb');
/** Ids the client makes up for long tasks (crypto.randomUUID, or similar). */
export const taskId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A task id is 8-64 letters, digits, - or _');
const label = (what: string) => z.string().trim().min(1, `${what} is required`).max(200, `${what} is too long`);

export const REQUEST_SCHEMAS: { [M in MethodName]: z.ZodType<RequestOf<M>> } = {
  getAppInfo: empty,
  createProject: z
    .object({ path: projectPath, name: label('A review name'), districtName: label('A district name'), withSampleData: z.boolean().optional() })
    .strict(),
  openProject: z.object({ path: projectPath }).strict(),
  openSampleProject: empty,
  closeProject: empty,
  getProjectInfo: empty,
  listRecentProjects: empty,
  cancelTask: z.object({ taskId: taskId }).strict(),
  getEnrollmentByGroup: z.object({ groupType: z.enum(['race_ethnicity', 'sex', 'grade', 'school_level']) }).strict(),
  ...TEAM_REQUEST_SCHEMAS,
  // --- review (issue 6) ---
  ...REVIEW_REQUEST_SCHEMAS,
  // --- import (issue 3) ---
  ...IMPORT_REQUEST_SCHEMAS,
  // --- explore ---
  listSavedViews: empty,
  // Long enough for an address that lists many schools.
  saveView: z.object({ title: label('A title'), query: z.string().max(50_000, 'The view is too long to save') }).strict(),
  deleteSavedView: z.object({ viewId: z.string().uuid('Not a saved view id') }).strict(),
  exportChartXlsx: z
    .object({
      baseName: z.string().min(1, 'A file name is required').max(200, 'The file name is too long'),
      metadata: z.array(z.tuple([z.string().max(100), z.string().max(4000)])).max(50, 'Too many metadata rows'),
      columns: z.array(z.string().max(200)).min(1, 'A table needs columns').max(50, 'Too many columns'),
      rows: z.array(z.array(z.union([z.string().max(2000), z.number(), z.null()])).max(50)).max(50_000, 'Too many rows for one chart'),
      internal: z.boolean(),
    })
    .strict(),
  getExploreSources: z.object({ metricId: z.string().min(1, 'A metric id is required').max(100, 'The metric id is too long'), filters: metricFiltersSchema.optional() }).strict(),
  // --- metrics (issue 4) ---
  ...METRIC_REQUEST_SCHEMAS,
  // --- findings and report (issue 7) ---
  ...FINDINGS_REQUEST_SCHEMAS,
  // --- signals ---
  ...SIGNAL_REQUEST_SCHEMAS,
};

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(REQUEST_SCHEMAS, name);
}

/** One readable sentence from a zod error: the first problem, with the field it is in. */
export function describeValidationError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request is not valid.';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}
