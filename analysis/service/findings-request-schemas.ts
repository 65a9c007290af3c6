// Zod schemas for the findings and report methods (issue 7), spread into REQUEST_SCHEMAS in request-schemas.ts.
import { z } from 'zod';
import type { RequestOf } from '../api';
import { GROUP_TYPE_IDS } from '../metrics/registry/group-types';

type FindingsMethod =
  | 'getFindings'
  | 'getProgress'
  | 'saveFinding'
  | 'saveRecommendation'
  | 'saveActionItem'
  | 'deleteFindingsRecord'
  | 'seedActionPlan'
  | 'setReportCover'
  | 'getReportModel'
  | 'exportFindings'
  | 'exportReviewJson';

const empty = z.object({}).strict();
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'An id is 1-64 letters, digits, ".", "_" or "-"');
const recordId = z.number().int().min(1).max(2_147_483_647);
const text = (what: string, max: number) => z.string().trim().min(1, `${what} is required`).max(max, `${what} is too long (at most ${max} characters)`);
/** A school as the data name it (ids keep their zeros and may hold any printable text); null: district-wide. */
const schoolId = z.string().trim().min(1).max(64).nullable().optional();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is written YYYY-MM-DD');

const finding = z
  .object({
    domainId: id,
    type: z.enum(['strength', 'area_for_growth', 'limiting_factor']),
    title: text('A title', 200),
    text: text('The finding', 5000),
    criterionIds: z.array(id).max(100),
    evidenceIds: z.array(recordId).max(200),
    schoolId,
  })
  .strict();

const recommendation = z
  .object({ domainId: id, priority: z.enum(['high', 'medium', 'low']), text: text('The recommendation', 3000), findingIds: z.array(recordId).max(100) })
  .strict();

const benchmark = z
  .object({
    metricId: text('A metric id', 100),
    statistic: z.enum(['value', 'gap', 'risk_ratio']),
    groupType: z.enum(GROUP_TYPE_IDS).nullable(),
    group: z.string().min(1).max(100).nullable(),
    target: z.number().finite().min(-1000).max(100_000),
    targetYear: z.number().int().min(1990).max(2100),
    baselineYear: z.number().int().min(1990).max(2100).nullable().optional(),
  })
  .strict()
  .refine((b) => typeof b.baselineYear !== 'number' || b.baselineYear < b.targetYear, { message: 'The target year must come after the baseline year.', path: ['targetYear'] });

const actionItem = z
  .object({
    domainId: id,
    criterionId: id.nullable(),
    title: text('An action', 500),
    owner: text('An owner', 200),
    timeline: text('A timeline', 200),
    status: z.enum(['draft', 'planned']),
    benchmark: benchmark.nullable(),
    schoolId,
  })
  .strict();

export const FINDINGS_REQUEST_SCHEMAS: { [M in FindingsMethod]: z.ZodType<RequestOf<M>> } = {
  getFindings: empty,
  getProgress: empty,
  saveFinding: z.object({ findingId: recordId.optional(), finding }).strict(),
  saveRecommendation: z.object({ recommendationId: recordId.optional(), recommendation }).strict(),
  saveActionItem: z.object({ actionId: recordId.optional(), item: actionItem }).strict(),
  deleteFindingsRecord: z.object({ kind: z.enum(['finding', 'recommendation', 'action_item']), id: recordId }).strict(),
  seedActionPlan: empty,
  setReportCover: z
    .object({
      title: text('A title', 200),
      reviewStart: isoDate.nullable(),
      reviewEnd: isoDate.nullable(),
      reviewers: z.array(z.string().trim().min(1).max(200)).max(50),
      preparedFor: z.string().max(200).nullable(),
      siteVisitStart: isoDate.nullable().optional(),
      siteVisitEnd: isoDate.nullable().optional(),
    })
    .strict(),
  getReportModel: z.object({ internal: z.boolean().optional(), disagreementMap: z.boolean().optional(), schoolId: z.string().trim().min(1).max(64).optional() }).strict(),
  exportFindings: z
    .object({ format: z.enum(['xlsx', 'csv']), table: z.enum(['findings', 'recommendations', 'action_plan', 'ratings']).optional(), internal: z.boolean().optional() })
    .strict()
    .refine((r) => r.format === 'xlsx' || r.table !== undefined, { message: 'A CSV export holds one table: name it (findings, recommendations, action_plan or ratings)', path: ['table'] }),
  exportReviewJson: empty,
};
