// Service methods for Explore: pinned views (kept in the project's settings so they travel with it), and
// the data sources a metric can be read from, so the screen chooses one explicitly and can tell
// "no data" from "no school matches the filters".
import crypto from 'node:crypto';
import { quotedIdentifier, type DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import type { EquityLensApi, ExploreSources, ExploreSourcesRequest, SavedView } from '../../api';
import type { ProjectDatabase } from '../../engine/project-database';
import { findMetric } from '../../metrics/registry';
import { population } from '../../metrics/registry/populations';
import { guard, ServiceFailure } from '../envelope';
import { chartXlsx } from './chart-xlsx';
import { readSuppressionSettings } from '../../engine/project-settings';
import type { ServiceContext } from '../service-context';

const KEY = 'saved_views';
const savedViews = z.array(z.object({ viewId: z.string(), title: z.string(), query: z.string(), savedAt: z.string() }));

async function read(database: ProjectDatabase): Promise<SavedView[]> {
  const reader = await database.connection.runAndReadAll('SELECT value::VARCHAR FROM app.settings WHERE key = $1', [KEY]);
  const raw = reader.getRowsJS()[0]?.[0];
  const parsed = typeof raw === 'string' ? savedViews.safeParse(JSON.parse(raw)) : null;
  return parsed?.success ? parsed.data : [];
}

async function write(database: ProjectDatabase, views: SavedView[]): Promise<SavedView[]> {
  await database.connection.run(
    'INSERT INTO app.settings (key, value, updated_at) VALUES ($1, $2::JSON, current_timestamp) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    [KEY, JSON.stringify(views)],
  );
  return views;
}

async function count(connection: DuckDBConnection, sql: string, params: Record<string, string | boolean> = {}): Promise<number> {
  const reader = await connection.runAndReadAll(sql, params);
  return Number(reader.getRowsJS()[0]?.[0] ?? 0);
}

/**
 * Schools passing the school-attribute filters; the same columns the metric compiler filters on. A district
 * filter does not narrow this count: the schools table has no district, and a district's figures may come
 * from its own district rows with no school rows at all.
 */
async function matchingSchools(connection: DuckDBConnection, filters: ExploreSourcesRequest['filters'] = {}): Promise<number> {
  const where: string[] = [];
  const params: Record<string, string | boolean> = {};
  const anyOf = (column: string, values: readonly string[] | undefined, prefix: string) => {
    if (!values || values.length === 0) return;
    where.push(`${column} IN (${values.map((v, i) => ((params[`${prefix}${i}`] = v), `$${prefix}${i}`)).join(', ')})`);
  };
  anyOf('school_id', filters.schoolIds, 'id');
  anyOf('level', filters.schoolLevels, 'level');
  anyOf('pathway', filters.pathways, 'pathway');
  anyOf('implementation_phase', filters.implementationPhases, 'phase');
  if (filters.communitySchool !== undefined) {
    where.push('coalesce(community_school, false) = $community');
    params.community = filters.communitySchool;
  }
  return count(connection, `SELECT count(*)::INTEGER FROM schools${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params);
}

async function exploreSources(database: ProjectDatabase, request: ExploreSourcesRequest): Promise<ExploreSources> {
  const metric = findMetric(request.metricId);
  if (!metric) throw new ServiceFailure('bad_request', `"${request.metricId.slice(0, 80)}" is not a metric id.`);
  const { connection } = database;
  const table = population(metric.population).table;
  const studentRows = await count(connection, `SELECT count(*)::INTEGER FROM ${quotedIdentifier(table)}`);
  const measure = metric.aggregatesMeasure;
  const aggregateRows = measure ? await count(connection, 'SELECT count(*)::INTEGER FROM aggregates WHERE measure = $measure', { measure }) : 0;
  // The same order of preference as the metric runner's 'auto': student records first, unless the view
  // filters by district, which only report-card aggregates record.
  const byDistrict = (request.filters?.districtIds?.length ?? 0) > 0;
  const automatic = byDistrict ? (aggregateRows > 0 ? 'aggregates' : null) : studentRows > 0 ? 'students' : aggregateRows > 0 ? 'aggregates' : null;
  return {
    metricId: metric.id,
    sources: [
      { id: 'students', label: 'Student records', available: studentRows > 0, rows: studentRows, table },
      { id: 'aggregates', label: 'Report-card aggregates', available: aggregateRows > 0, rows: aggregateRows, table: measure ? `aggregates (${measure})` : 'aggregates' },
    ],
    automatic,
    matchingSchools: await matchingSchools(connection, request.filters),
    minimumN: (await readSuppressionSettings(database)).minimumN,
  };
}

export function exploreHandlers(context: ServiceContext): Pick<EquityLensApi, 'listSavedViews' | 'saveView' | 'deleteSavedView' | 'getExploreSources' | 'exportChartXlsx'> {
  return {
    listSavedViews: () => guard(() => read(context.project())),
    saveView: (request) =>
      guard(async () => {
        const database = context.project();
        const views = (await read(database)).filter((v) => v.query !== request.query);
        return write(database, [{ viewId: crypto.randomUUID(), title: request.title, query: request.query, savedAt: new Date().toISOString() }, ...views]);
      }),
    deleteSavedView: (request) =>
      guard(async () => {
        const database = context.project();
        return write(database, (await read(database)).filter((v) => v.viewId !== request.viewId));
      }),
    getExploreSources: (request) => guard(() => exploreSources(context.project(), request)),
    exportChartXlsx: (request) => guard(() => chartXlsx(request)),
  };
}
