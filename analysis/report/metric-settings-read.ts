// Everything a metric computation reads from the project's settings, read the way the metric handlers do.
import type { ProjectDatabase } from '../engine/project-database';
import { readMetricOptions, type MetricSettings } from '../metrics/metric-settings';
import { readSuppressionSettings } from '../engine/project-settings';

export async function readMetricSettings(database: ProjectDatabase): Promise<MetricSettings> {
  const suppression = await readSuppressionSettings(database);
  const options = await readMetricOptions(database.connection);
  return { minimumN: suppression.minimumN, ...options };
}
