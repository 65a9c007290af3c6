// Zod schemas for the signals methods, spread into REQUEST_SCHEMAS in request-schemas.ts.
import { z } from 'zod';
import type { RequestOf } from '../api';

type SignalMethod = 'getSignals' | 'updateSignalSettings';

export const SIGNAL_REQUEST_SCHEMAS: { [M in SignalMethod]: z.ZodType<RequestOf<M>> } = {
  getSignals: z
    .object({
      metricId: z.string().min(1, 'A metric id is required').max(100, 'The metric id is too long').optional(),
      year: z.number().int().min(1990).max(2100).optional(),
      signalsOnly: z.boolean().optional(),
      internal: z.boolean().optional(),
    })
    .strict(),
  updateSignalSettings: z
    .object({
      falseDiscoveryRate: z.number().gt(0, 'The false-discovery rate must be above 0').max(0.5, 'The false-discovery rate must be at most 0.5').optional(),
      floorPoints: z.number().min(0).max(100).optional(),
      floorRatio: z.number().min(1, 'The risk-ratio floor is at least 1').max(20).optional(),
      floorEffectSize: z.number().min(0).max(5).optional(),
    })
    .strict(),
};
