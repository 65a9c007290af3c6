// Zod schemas for the review-team methods, spread into REQUEST_SCHEMAS in request-schemas.ts.
import { z } from 'zod';
import type { RequestOf } from '../api';

export type TeamMethod = 'setBlindRating' | 'reconcileCriterion' | 'getAgreement' | 'exportReviewerWork' | 'mergeReviewerWork' | 'rateCalibration' | 'getCalibration';

const level = z.enum(['initiating', 'developing', 'established']);
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'An id is 1-64 letters, digits, ".", "_" or "-"');

export const TEAM_REQUEST_SCHEMAS: { [M in TeamMethod]: z.ZodType<RequestOf<M>> } = {
  setBlindRating: z.object({ on: z.boolean() }).strict(),
  reconcileCriterion: z
    .object({ criterionId: id, level: level.nullable(), reason: z.string().max(10_000, 'The reason is too long (at most 10,000 characters)') })
    .strict(),
  getAgreement: z.object({}).strict(),
  exportReviewerWork: z.object({ reviewer: z.string().trim().min(1, 'Name the reviewer').max(200, 'The reviewer name is too long') }).strict(),
  // A reviewer's ratings of every criterion with long rationales stay far below this.
  mergeReviewerWork: z.object({ json: z.string().min(1, 'The ratings file is empty').max(5_000_000, 'The ratings file is too large (over 5 MB)') }).strict(),
  rateCalibration: z.object({ vignetteId: id, level: level.nullable(), reviewer: z.string().trim().min(1, 'Name the reviewer').max(200, 'The reviewer name is too long').optional() }).strict(),
  getCalibration: z.object({}).strict(),
};
