// Zod schemas for the metric methods (issue 4), spread into REQUEST_SCHEMAS in request-schemas.ts.
import { z } from 'zod';
import type { RequestOf } from '../api';
import { GROUP_TYPE_IDS } from '../metrics/registry/group-types';

type MetricMethod = 'listMetrics' | 'getMetricTable' | 'getDisparityTable' | 'getMetricSettings' | 'updateMetricSettings';

const empty = z.object({}).strict();
const groupType = z.enum(GROUP_TYPE_IDS);
const code = (what: string) => z.string().min(1, `${what} is required`).max(100, `${what} is too long`);

/** Shared with the Explore schemas, whose requests carry the same filters. */
export const metricFiltersSchema = z
  .object({
    years: z.array(z.number().int().min(1990).max(2100)).max(50).optional(),
    schoolIds: z.array(code('A school id')).max(10_000).optional(),
    districtIds: z.array(code('A district id')).max(10_000).optional(),
    schoolLevels: z.array(z.enum(['elementary', 'middle', 'high', 'other'])).max(4).optional(),
    grades: z.array(z.number().int().min(-1).max(12)).max(14).optional(),
    communitySchool: z.boolean().optional(),
    pathways: z.array(z.enum(['pbis', 'restorative_practices', 'mental_wellness', 'anti_racism'])).max(4).optional(),
    implementationPhases: z.array(z.enum(['exploration', 'installation', 'initial_implementation', 'full_implementation'])).max(4).optional(),
    constructs: z.array(code('A construct')).max(50).optional(),
  })
  .strict();

const reference = z.union([
  z.object({ kind: z.enum(['all_students', 'all_others', 'highest_performing']) }).strict(),
  z.object({ kind: z.literal('group'), group: code('The reference group') }).strict(),
]);

export const METRIC_REQUEST_SCHEMAS: { [M in MetricMethod]: z.ZodType<RequestOf<M>> } = {
  listMetrics: empty,
  getMetricTable: z
    .object({
      metricId: code('A metric id'),
      groupBy: z.array(groupType).max(2, 'Break a metric down by at most two group types'),
      filters: metricFiltersSchema.optional(),
      reference: reference.optional(),
      source: z.enum(['auto', 'students', 'aggregates']).optional(),
      internal: z.boolean().optional(),
    })
    .strict(),
  getDisparityTable: z
    .object({
      measure: z.string().min(1, 'A measure is required').max(200, 'The measure is too long'),
      groupType,
      filters: metricFiltersSchema.optional(),
      reference: reference.optional(),
      internal: z.boolean().optional(),
    })
    .strict(),
  getMetricSettings: empty,
  updateMetricSettings: z
    .object({
      minimumN: z.number().int().min(1).max(100).optional(),
      riskRatio: z
        .object({
          minimumCellSize: z.number().int().min(1).max(100).optional(),
          minimumNSize: z.number().int().min(1).max(1000).optional(),
          threshold: z.number().min(1).max(20).optional(),
          consecutiveYears: z.number().int().min(1).max(10).optional(),
          reasonableProgress: z.enum(['none', 'any_reduction', 'percent_reduction']).optional(),
          progressPercent: z.number().min(0).max(100).optional(),
        })
        .strict()
        .optional(),
      chronicAbsence: z
        .object({ definition: z.enum(['ten_percent', 'fifteen_days']).optional(), minimumDaysEnrolled: z.number().int().min(0).max(365).optional() })
        .strict()
        .optional(),
    })
    .strict(),
};
