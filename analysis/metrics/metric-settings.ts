// Project settings for metrics (app.settings key 'metrics'), validated with defaults on read. The
// suppression minimum lives under its own key ('suppression', analysis/engine/project-settings.ts).
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readSetting, writeSetting } from '../engine/project-settings';
import type { ReasonableProgressDefinition } from './statistics/significant-disproportionality';

export interface RiskRatioOptions {
  /** Minimum numerator for a group and its comparison group (34 CFR 300.647: at most 10). */
  minimumCellSize: number;
  /** Minimum denominator for a group and its comparison group (at most 30). */
  minimumNSize: number;
  /** A ratio above this is over the threshold. */
  threshold: number;
  /** Years in a row over the threshold before a group is flagged. */
  consecutiveYears: number;
  /** The state's standard for reasonable progress (34 CFR 300.647(d)(2)); 'none' when it does not use the flexibility. */
  reasonableProgress: ReasonableProgressDefinition;
  /** For 'percent_reduction': the least reduction, in percent of the year before's ratio, in each of the two years. */
  progressPercent: number;
}

export interface ChronicAbsenceOptions {
  /** 'ten_percent': absent at least 10% of enrolled days; 'fifteen_days': 15 or more days (CRDC). */
  definition: 'ten_percent' | 'fifteen_days';
  /** Students enrolled fewer days than this are not counted. */
  minimumDaysEnrolled: number;
}

export interface MetricOptions {
  riskRatio: RiskRatioOptions;
  chronicAbsence: ChronicAbsenceOptions;
}

/** Everything a metric computation reads from the project's settings. */
export interface MetricSettings extends MetricOptions {
  minimumN: number;
}

export const DEFAULT_METRIC_OPTIONS: MetricOptions = {
  riskRatio: { minimumCellSize: 10, minimumNSize: 30, threshold: 2, consecutiveYears: 3, reasonableProgress: 'none', progressPercent: 10 },
  chronicAbsence: { definition: 'ten_percent', minimumDaysEnrolled: 10 },
};

export const metricOptionsSchema = z
  .object({
    riskRatio: z
      .object({
        minimumCellSize: z.number().int().min(1).max(100),
        minimumNSize: z.number().int().min(1).max(1000),
        threshold: z.number().min(1).max(20),
        consecutiveYears: z.number().int().min(1).max(10),
        // Settings saved before these existed read as the defaults.
        reasonableProgress: z.enum(['none', 'any_reduction', 'percent_reduction']).default('none'),
        progressPercent: z.number().min(0).max(100).default(10),
      })
      .strict(),
    chronicAbsence: z
      .object({ definition: z.enum(['ten_percent', 'fifteen_days']), minimumDaysEnrolled: z.number().int().min(0).max(365) })
      .strict(),
  })
  .strict();

export const readMetricOptions = (connection: DuckDBConnection): Promise<MetricOptions> => readSetting(connection, 'metrics', metricOptionsSchema, DEFAULT_METRIC_OPTIONS);

export const writeMetricOptions = (connection: DuckDBConnection, options: MetricOptions): Promise<void> => writeSetting(connection, 'metrics', metricOptionsSchema, options);
