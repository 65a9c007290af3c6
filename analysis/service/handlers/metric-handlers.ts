// Service methods of the metrics engine (issue 4): the catalog, metric and IDEA tables, and settings.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { EquityLensApi, MetricSettingsInfo, UpdateMetricSettingsRequest } from '../../api';
import { metricCatalog } from '../../metrics/catalog';
import { readMetricOptions, writeMetricOptions, type MetricSettings } from '../../metrics/metric-settings';
import { disparityTable, metricTable } from '../../metrics/run-metric';
import { CODING_BANDS } from '../../privacy/rate-coding';
import { guard } from '../envelope';
import { readSuppressionSettings, writeSuppressionSettings } from '../../engine/project-settings';
import type { ProjectDatabase } from '../../engine/project-database';
import type { ServiceContext } from '../service-context';

type MetricMethods = 'listMetrics' | 'getMetricTable' | 'getDisparityTable' | 'getMetricSettings' | 'updateMetricSettings';

export function metricHandlers(context: ServiceContext): Pick<EquityLensApi, MetricMethods> {
  return {
    listMetrics: () =>
      guard(async () => {
        const database = context.openProject();
        return metricCatalog(database ? await aggregatesMeasures(database.connection) : []);
      }),
    getMetricTable: (request) =>
      guard(async () => {
        const database = context.project();
        return metricTable(database.connection, request, await readSettings(database));
      }),
    getDisparityTable: (request) =>
      guard(async () => {
        const database = context.project();
        return disparityTable(database.connection, request, await readSettings(database));
      }),
    getMetricSettings: () => guard(async () => settingsInfo(await readSettings(context.project()))),
    updateMetricSettings: (request) => guard(async () => settingsInfo(await updateSettings(context.project(), request))),
  };
}

async function readSettings(database: ProjectDatabase): Promise<MetricSettings> {
  const [suppression, options] = await Promise.all([readSuppressionSettings(database), readMetricOptions(database.connection)]);
  return { minimumN: suppression.minimumN, ...options };
}

async function updateSettings(database: ProjectDatabase, request: UpdateMetricSettingsRequest): Promise<MetricSettings> {
  const current = await readSettings(database);
  const next: MetricSettings = {
    minimumN: request.minimumN ?? current.minimumN,
    riskRatio: { ...current.riskRatio, ...request.riskRatio },
    chronicAbsence: { ...current.chronicAbsence, ...request.chronicAbsence },
  };
  await database.transaction(async () => {
    if (request.minimumN !== undefined) await writeSuppressionSettings(database, { minimumN: next.minimumN });
    await writeMetricOptions(database.connection, { riskRatio: next.riskRatio, chronicAbsence: next.chronicAbsence });
  });
  return next;
}

const settingsInfo = (settings: MetricSettings): MetricSettingsInfo => ({
  minimumN: settings.minimumN,
  riskRatio: { ...settings.riskRatio },
  chronicAbsence: { ...settings.chronicAbsence },
  codingBands: CODING_BANDS.map((band) => ({ ...band })),
});

async function aggregatesMeasures(connection: DuckDBConnection): Promise<string[]> {
  const reader = await connection.runAndReadAll('SELECT DISTINCT measure FROM aggregates ORDER BY measure');
  return reader.getRowsJS().map(([measure]) => String(measure));
}
