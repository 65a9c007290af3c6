// Zod schemas for the review methods (issue 6), spread into REQUEST_SCHEMAS in request-schemas.ts.
import { z } from 'zod';
import type { MetricViewDescriptor, NewEvidence, RequestOf, RubricTemplate } from '../api';

/** The review methods of the contract; the handler module implements exactly these. */
export type ReviewMethod =
  | 'getReview'
  | 'rateCriterion'
  | 'startFollowUp'
  | 'setRollupRule'
  | 'overrideRollup'
  | 'addEvidence'
  | 'linkEvidence'
  | 'unlinkEvidence'
  | 'undoLastChange'
  | 'listAuditLog'
  | 'setReviewer'
  | 'listTemplates'
  | 'getTemplate'
  | 'duplicateTemplate'
  | 'updateTemplate'
  | 'importTemplate'
  | 'exportTemplate'
  | 'useTemplate';

const empty = z.object({}).strict();
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'An id is 1-64 letters, digits, ".", "_" or "-"');
const level = z.enum(['initiating', 'developing', 'established']);
const text = (what: string, max: number) => z.string().trim().min(1, `${what} is required`).max(max, `${what} is too long (at most ${max} characters)`);
const optionalText = (what: string, max: number) => z.string().max(max, `${what} is too long (at most ${max} characters)`).optional();
/** A calendar date as people enter it: YYYY-MM-DD, and a real day. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'That date does not exist');

const view: z.ZodType<MetricViewDescriptor> = z
  .object({
    metricId: text('A metric id', 100),
    groupType: text('A grouping', 100),
    // A value may list many schools ("school=101,102,..."), so it is allowed far more than a single id.
    filters: z.record(z.string().max(100), z.string().max(20_000)).optional(),
    year: z.number().int().min(1990).max(2100).optional(),
    chartKind: text('A chart kind', 100),
    title: text('A title', 200),
  })
  .strict();

const newEvidence: z.ZodType<NewEvidence> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('metric_view'), view, note: optionalText('The note', 10_000) }).strict(),
  z
    .object({
      kind: z.enum(['interview', 'focus_group', 'listening_session', 'observation', 'document_review']),
      title: text('A title', 200),
      source: text('The source (who or what)', 200),
      date: isoDate,
      note: optionalText('The note', 10_000),
    })
    .strict(),
  z
    .object({ kind: z.literal('document'), title: text('A title', 200), reference: text('Where the document is', 1000), date: isoDate.optional(), note: optionalText('The note', 10_000) })
    .strict(),
]);

const templateRef = z.object({ templateId: id, version: z.number().int().min(1).optional() }).strict();
/** The full template is checked by the template schema in the handler, whose messages name the field. */
const templateBody = z.custom<RubricTemplate>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'A template must be a JSON object');

export const REVIEW_REQUEST_SCHEMAS: { [M in ReviewMethod]: z.ZodType<RequestOf<M>> } = {
  getReview: empty,
  rateCriterion: z
    .object({ criterionId: id, level: level.nullable(), rationale: z.string().max(10_000, 'The rationale is too long (at most 10,000 characters)'), reviewer: optionalText('A reviewer name', 200) })
    .strict(),
  startFollowUp: z.object({ label: text('A name for the baseline', 120) }).strict(),
  setRollupRule: z.object({ rule: z.enum(['median', 'rounded_mean', 'lowest']) }).strict(),
  overrideRollup: z.object({ scope: z.enum(['cluster', 'domain']), id, level: level.nullable(), reason: z.string().max(10_000, 'The reason is too long') }).strict(),
  addEvidence: z.object({ evidence: newEvidence, criterionIds: z.array(id).max(200) }).strict(),
  linkEvidence: z.object({ evidenceId: z.number().int().min(1), criterionId: id }).strict(),
  unlinkEvidence: z.object({ evidenceId: z.number().int().min(1), criterionId: id }).strict(),
  undoLastChange: empty,
  listAuditLog: z.object({ limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  setReviewer: z.object({ name: text('Your name', 120), role: optionalText('The role', 120), organisation: optionalText('The organisation', 160) }).strict(),
  listTemplates: empty,
  getTemplate: templateRef,
  duplicateTemplate: z.object({ templateId: id, name: text('A name for the copy', 200) }).strict(),
  updateTemplate: z.object({ templateId: id, template: templateBody }).strict(),
  importTemplate: z.object({ json: z.string().min(1, 'The template file is empty').max(2_000_000, 'The template file is too large (over 2 MB)') }).strict(),
  exportTemplate: templateRef,
  useTemplate: z.object({ templateId: id }).strict(),
};
