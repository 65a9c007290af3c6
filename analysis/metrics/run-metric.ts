// Runs one metric table end to end: picks the data source, compiles and runs the SQL, computes the
// statistics and hands the result to the suppression choke point, which returns Arrow bytes.
import type { DuckDBConnection } from '@duckdb/node-api';
import { quotedIdentifier } from '@duckdb/node-api';
import type { ArrowBytes, DisparityTableRequest, MetricTableRequest } from '../api';
import { queryToArrow } from '../arrow/duckdb-to-arrow';
import { linkedDecisions } from '../privacy/linked-cube';
import { publishMetricTable } from '../privacy/publish';
import { withOneDataVersion } from '../engine/data-version';
import { ServiceFailure } from '../engine/service-failure';
import { AGGREGATES_SETS, aggregatesGroupingError, compileAggregatesQuery, compileStateQuery } from './compile/compile-aggregates';
import { compileCountsQuery } from './counts-query';
import { readSchoolNames } from './panel-frames';
import type { Grouping, MetricFilters, ReferenceSpec } from './compile/metric-query';
import type { CompiledSql } from './compile/params';
import { readBaseCells } from './compute/base-cells';
import { computeMetric, type ComputedMetric } from './compute/compute-metric';
import type { StateCounts, StateFigures } from './compute/state-figures';
import type { MetricSettings } from './metric-settings';
import { groupType } from './registry/group-types';
import type { MetricDefinition } from './registry/metric-types';
import { population } from './registry/populations';
import { findMetric } from './registry';
import { requestParts, resolveFilters, resolveGrouping, resolveReference } from './resolve-request';

export interface MetricRun {
  metric: MetricDefinition;
  grouping: Grouping;
  filters: MetricFilters;
  reference: ReferenceSpec;
  source: 'auto' | 'students' | 'aggregates';
  internal: boolean;
}

export async function metricTable(connection: DuckDBConnection, request: MetricTableRequest, settings: MetricSettings): Promise<ArrowBytes> {
  if (!findMetric(request.metricId)) return runMetric(connection, await aggregatesOnlyRun(connection, request), settings);
  const parts = requestParts(request);
  return runMetric(connection, { ...parts, source: request.source ?? 'auto', internal: request.internal === true }, settings);
}

/** Any measure in the aggregates table can be read as a metric, not only by the disparity table. */
async function aggregatesOnlyRun(connection: DuckDBConnection, request: MetricTableRequest): Promise<MetricRun> {
  const metric = await aggregatesOnlyMetric(connection, request.metricId);
  const [primary, facet] = request.groupBy;
  if (primary === 'school' && facet) throw new ServiceFailure('bad_request', 'Report-card aggregates cannot break schools down further.');
  if (facet && facet !== 'school') throw new ServiceFailure('bad_request', 'Report-card aggregates break down by one group type at a time (optionally within each school).');
  const grouping: Grouping = { primary: primary ?? null, facet: facet ?? null };
  const reference = request.reference?.kind === 'group' ? resolveReference(metric, request.reference, grouping) : (request.reference ?? { kind: 'all_others' as const });
  return { metric, grouping, filters: resolveFilters(metric, request.filters), reference, source: 'aggregates', internal: request.internal === true };
}

/** The IDEA table: risks against all other students, for a metric id or any measure in the aggregates table. */
export async function disparityTable(connection: DuckDBConnection, request: DisparityTableRequest, settings: MetricSettings): Promise<ArrowBytes> {
  const known = findMetric(request.measure);
  const metric = known ?? (await aggregatesOnlyMetric(connection, request.measure));
  if (metric.kind !== 'proportion') throw new ServiceFailure('bad_request', `${metric.label} is not a rate, so it has no risk ratios.`);
  const grouping = known ? resolveGrouping(metric, [request.groupType]) : { primary: request.groupType, facet: null };
  const reference = request.reference?.kind === 'group' ? resolveReference(metric, request.reference, grouping) : { kind: 'all_others' as const };
  return runMetric(
    connection,
    { metric, grouping, filters: resolveFilters(metric, request.filters), reference, source: known ? 'auto' : 'aggregates', internal: request.internal === true },
    settings,
  );
}

export function runMetric(connection: DuckDBConnection, run: MetricRun, settings: MetricSettings): Promise<ArrowBytes> {
  return withOneDataVersion(async () => {
    const schoolNames = usesSchools(run.grouping) ? await readSchoolNames(connection) : undefined;
    const computed = await computeMetricRun(connection, run, settings, schoolNames);
    // Withheld cells are decided over every table publishable for the metric, not this one alone.
    const linked = run.internal ? null : await linkedDecisions(connection, run.metric, run.filters, settings);
    return publishMetricTable(computed, { minimumN: settings.minimumN }, { internal: run.internal, schoolNames, linked });
  });
}

/** Everything up to publication: the unsuppressed figures, which only the choke point may publish. */
export async function computeMetricRun(
  connection: DuckDBConnection,
  run: MetricRun,
  settings: MetricSettings,
  schoolNames?: ReadonlyMap<string, string>,
): Promise<ComputedMetric> {
  const source = await chooseSource(connection, run);
  const lookbackYears = Math.max(1, settings.riskRatio.consecutiveYears - 1);
  let compiled: CompiledSql;
  let sets: { detail: number | null; total: number } = AGGREGATES_SETS;
  if (source === 'students') {
    const query = await compileCountsQuery(connection, { metrics: [run.metric], groupings: [run.grouping], filters: run.filters, source, lookbackYears }, settings);
    compiled = query;
    sets = query.sets[0]!;
  } else {
    const problem = aggregatesGroupingError(run.grouping);
    if (problem) throw new ServiceFailure('bad_request', problem);
    compiled = compileAggregatesQuery(run.metric.aggregatesMeasure!, run.grouping, run.filters, lookbackYears);
  }
  const table = await queryToArrow(connection, compiled.sql, compiled.params, compiled.types);
  const cells = readBaseCells(table, 0, sets);
  const state = await readStateFigures(connection, run);
  return computeMetric(cells, run.metric, run.grouping, { settings, reference: run.reference, requestedYears: run.filters.years ?? null, state, schoolNames });
}

async function chooseSource(connection: DuckDBConnection, run: MetricRun): Promise<'students' | 'aggregates'> {
  const measure = run.metric.aggregatesMeasure;
  // Only report-card aggregates name districts (student records have a school and no district).
  if (run.filters.districtIds?.length) {
    if (run.source === 'students') throw new ServiceFailure('bad_request', 'Student records have no district, so the district filter applies to report-card aggregates only. Switch the data source, or clear the district filter.');
    if (measure && (await measureRows(connection, measure)) > 0) return 'aggregates';
    throw new ServiceFailure('no_data', `There are no report-card figures for ${run.metric.label} to filter by district${measure ? ` (no "${measure}" measure in the aggregates)` : ''}; student records have no district.`);
  }
  if (run.source === 'students') return 'students';
  if (run.source === 'aggregates') {
    if (!measure) throw new ServiceFailure('bad_request', `${run.metric.label} cannot be read from report-card aggregates.`);
    return 'aggregates';
  }
  if (await hasRows(connection, population(run.metric.population).table)) return 'students';
  if (measure && (await measureRows(connection, measure)) > 0) return 'aggregates';
  const measures = await aggregateMeasures(connection);
  if (measures.length > 0) {
    // An empty table would read as "no students with the outcome": say what the project does hold instead.
    throw new ServiceFailure(
      'no_data',
      `There are no figures for ${run.metric.label}: the project has no ${population(run.metric.population).table} records${measure ? ` and no "${measure}" report-card measure` : ''}. ` +
        `Its report-card measures are: ${measures.slice(0, 20).join(', ')}${measures.length > 20 ? ', ...' : ''}. Ask for one of those, or import the file again with --measure ${measure ?? 'NAME'}.`,
    );
  }
  return 'students';
}

async function aggregateMeasures(connection: DuckDBConnection): Promise<string[]> {
  const reader = await connection.runAndReadAll('SELECT DISTINCT measure FROM aggregates ORDER BY measure');
  return reader.getRowsJS().map((r) => String(r[0]));
}

async function hasRows(connection: DuckDBConnection, table: string): Promise<boolean> {
  const reader = await connection.runAndReadAll(`SELECT EXISTS (SELECT 1 FROM ${quotedIdentifier(table)})`);
  return reader.getRowsJS()[0]?.[0] === true;
}

async function measureRows(connection: DuckDBConnection, measure: string): Promise<number> {
  const reader = await connection.runAndReadAll('SELECT count(*)::INTEGER FROM aggregates WHERE measure = $measure', { measure });
  return Number(reader.getRowsJS()[0]?.[0] ?? 0);
}

/** A measure found only in the aggregates table, treated as a rate of numerator over denominator. */
async function aggregatesOnlyMetric(connection: DuckDBConnection, measure: string): Promise<MetricDefinition> {
  if ((await measureRows(connection, measure)) === 0) {
    const measures = await aggregateMeasures(connection);
    // A name that is nothing in the project is a bad argument; a known metric without figures is 'no_data'.
    throw new ServiceFailure(
      'bad_request',
      `"${measure.slice(0, 80)}" is neither a metric id nor a measure in this project's aggregates table. ` +
        (measures.length > 0 ? `Its report-card measures are: ${measures.slice(0, 20).join(', ')}${measures.length > 20 ? ', ...' : ''}.` : 'The project has no report-card aggregates.') +
        ' Run `equitylens metrics` for the metric ids.',
    );
  }
  return {
    id: measure,
    label: measure,
    domain: 1,
    topic: 'academics',
    population: 'students',
    kind: 'proportion',
    outcome: 'false',
    unit: 'percent',
    direction: 'lower_is_better',
    defaultReference: 'all_others',
    aggregatesMeasure: measure,
    definition: `The measure "${measure}" as loaded in the aggregates table: numerator over denominator.`,
    methods: 'Read from report-card counts; see the methods of the aggregates table.',
  };
}

async function readStateFigures(connection: DuckDBConnection, run: MetricRun): Promise<StateFigures | null> {
  const measure = run.metric.aggregatesMeasure;
  const primary = run.grouping.primary;
  if (run.metric.kind !== 'proportion' || !measure || !primary || groupType(primary).category === 'school') return null;
  const compiled = compileStateQuery(measure, primary);
  const reader = await connection.runAndReadAll(compiled.sql, compiled.params, compiled.types);
  const figures = new Map<number, Map<string, StateCounts>>();
  for (const [year, group, x, n] of reader.getRowsJS() as [number, string, number, number][]) {
    if (!figures.has(year)) figures.set(year, new Map());
    figures.get(year)!.set(group, { x, n });
  }
  return figures.size > 0 ? figures : null;
}

const usesSchools = (grouping: Grouping): boolean => grouping.primary === 'school' || grouping.facet === 'school';
