// Project settings for metrics (app.settings key 'metrics'), validated with defaults on read. The
// suppression minimum lives under its own key ('suppression', analysis/engine/project-settings.ts).
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';

export interface RiskRatioOptions {
  /** Minimum numerator for a group and its comparison group (34 CFR 300.647: at most 10). */
  minimumCellSize: number;
  /** Minimum denominator for a group and its comparison group (at most 30). */
  minimumNSize: number;
  /** A ratio above this is over the threshold. */
  threshold: number;
  /** Years in a row over the threshold before a group is flagged. */
  consecutiveYears: number;
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
  riskRatio: { minimumCellSize: 10, minimumNSize: 30, threshold: 2, consecutiveYears: 3 },
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
      })
      .strict(),
    chronicAbsence: z
      .object({ definition: z.enum(['ten_percent', 'fifteen_days']), minimumDaysEnrolled: z.number().int().min(0).max(365) })
      .strict(),
  })
  .strict();

export async function readMetricOptions(connection: DuckDBConnection): Promise<MetricOptions> {
  const reader = await connection.runAndReadAll("SELECT value::VARCHAR FROM app.settings WHERE key = 'metrics'");
  const raw = reader.getRowsJS()[0]?.[0];
  if (typeof raw !== 'string') return DEFAULT_METRIC_OPTIONS;
  const parsed = metricOptionsSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : DEFAULT_METRIC_OPTIONS;
}

export async function writeMetricOptions(connection: DuckDBConnection, options: MetricOptions): Promise<void> {
  const value = JSON.stringify(metricOptionsSchema.parse(options));
  await connection.run(
    "INSERT INTO app.settings (key, value, updated_at) VALUES ('metrics', $1::JSON, current_timestamp) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    [value],
  );
}
