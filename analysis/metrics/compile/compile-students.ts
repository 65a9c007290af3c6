// Compiles a metric query over student-level (and staff, survey) tables into one SQL statement:
// units -> one key per grouping -> sums per cell, with each partition's total from GROUPING SETS.
import { quotedIdentifier } from '@duckdb/node-api';
import type { MetricDefinition } from '../registry/metric-types';
import { population, SCHOOL_POVERTY_CTE, type ExtensionId, type PopulationDefinition } from '../registry/populations';
import { filterConditions } from './filters-sql';
import type { Grouping, MetricQuery, SqlSettings } from './metric-query';
import { Params, type CompiledSql } from './params';

/** Which rows of the result belong to each grouping: its cells' grouping set and its totals' set. */
export interface GroupingSets {
  detail: number | null;
  total: number;
}

export interface CompiledMetricQuery extends CompiledSql {
  sets: GroupingSets[];
}

/**
 * Output, one row per cell and one per partition total (is_total, group_value 'all'):
 *   set_index INTEGER, school_year INTEGER, facet_value VARCHAR ('' without a facet), group_value VARCHAR,
 *   is_total BOOLEAN, and per metric i: n_i (units counted), y_i (units with the outcome, or the sum
 *   of values), plus yy_i for means and w_i, ww_i, wy_i for ratios of sums (weights, squares, products).
 * Several groupings share one scan: DuckDB computes each grouping set from the same rows.
 */
export function compileStudentQuery(query: MetricQuery, settings: SqlSettings): CompiledMetricQuery {
  // Student, staff and survey records carry a school but no district (only report-card aggregates name an
  // LEA or division), so a district filter cannot apply here; ignoring it would pass the whole project off
  // as the chosen districts. Callers send district-filtered requests to the aggregates compiler instead.
  if (query.filters.districtIds?.length) throw new Error('Student-level records have no district: a district filter reads report-card aggregates.');
  const params = new Params();
  const pop = samePopulation(query.metrics);
  for (const grouping of query.groupings) checkGrouping(pop, grouping);
  const extensions = [...new Set(query.metrics.flatMap((m) => m.extensions ?? []))] as ExtensionId[];
  const constructFilter = query.filters.constructs?.length ? `list_contains(${params.bind('constructs', query.filters.constructs)}, construct)` : null;
  params.bind('chronic_minimum_days', settings.chronicMinimumDays);
  params.bind('chronic_fifteen_days', settings.chronicFifteenDays);

  const hasGrade = pop.groupTypes.includes('grade');
  const where = filterConditions(query.filters, query.lookbackYears, params, { school: 'school', level: 'school_level', grade: hasGrade ? 'grade' : undefined, year: 'school_year' });
  const single = query.metrics.length === 1 ? query.metrics[0]! : null;
  // One metric: its eligibility filters rows outright, which is cheaper than a flag per row.
  if (single?.eligible) where.push(`coalesce(${single.eligible}, false)`);

  // Metrics that count the same units share one denominator sum (the five discipline rates, say).
  const eligibility = [...new Set(query.metrics.map((m) => (single ? 'true' : (m.eligible ?? 'true'))))];
  const denominatorOf = (metric: MetricDefinition) => eligibility.indexOf(single ? 'true' : (metric.eligible ?? 'true'));
  const valueColumns = [
    ...eligibility.map((condition, j) => `CASE WHEN coalesce(${condition}, false) THEN 1 ELSE 0 END AS e_${j}`),
    ...query.metrics.flatMap((metric, i) => unitValues(metric, i, single !== null)),
  ];
  const sums = [...eligibility.map((_, j) => `sum(e_${j}) AS ne_${j}`), ...query.metrics.flatMap((metric, i) => cellSums(metric, i))];
  const plan = planGroupingSets(query.groupings);
  // Group on the columns' own types (faster than text) and turn keys into text on the small result.
  const keyColumns = plan.keys.map((type, j) => `${type.startsWith(ROLE_KEY) ? 'true' : quotedIdentifier(type)} AS k_${j}`);
  const keyNames = plan.keys.map((_, j) => `k_${j}`);
  const setList = plan.sets.map((set) => `(${['school_year', ...set.keys.map((j) => `k_${j}`)].join(', ')})`).join(', ');
  const mask = keyNames.length > 0 ? `GROUPING(${keyNames.join(', ')})` : '0';
  const caseOf = (pick: (set: PlannedSet) => string) => `CASE set_index ${plan.sets.map((set, i) => `WHEN ${i} THEN ${pick(set)}`).join(' ')} END`;
  const keyText = (j: number) => `coalesce(CAST(k_${j} AS VARCHAR), 'not_reported')`;
  const outputs = query.metrics.flatMap((metric, i) => [`coalesce(ne_${denominatorOf(metric)}, 0)::DOUBLE AS n_${i}`, ...sumNames(metric, i).map((name) => `coalesce(${name}, 0)::DOUBLE AS ${name}`)]);

  const sql = `
WITH ${SCHOOL_POVERTY_CTE},
units AS (${query.unitsTable ? `SELECT * FROM ${query.unitsTable}` : pop.sql(extensions, constructFilter)}),
keyed AS (
  SELECT school_year${keyColumns.map((k) => `, ${k}`).join('')}, ${valueColumns.join(', ')}
  FROM units
  ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
),
cells AS (
  SELECT ${mask} AS grouping_mask, school_year${keyNames.map((k) => `, ${k}`).join('')}, ${sums.join(', ')}
  FROM keyed
  GROUP BY GROUPING SETS (${setList})
),
indexed AS (
  SELECT CASE grouping_mask ${plan.sets.map((set, i) => `WHEN ${set.mask} THEN ${i}`).join(' ')} END AS set_index, *
  FROM cells
)
SELECT set_index, school_year,
       ${caseOf((set) => (set.facet === null ? "''" : keyText(set.facet)))} AS facet_value,
       ${caseOf((set) => (set.primary === null ? "'all'" : keyText(set.primary)))} AS group_value,
       ${caseOf((set) => String(set.primary === null))} AS is_total,
       ${outputs.join(', ')}
FROM indexed
ORDER BY set_index, facet_value, group_value, school_year`;
  return { ...params.compile(sql), sets: plan.groupingSets };
}

interface PlannedSet {
  /** Key columns (indexes into keys) grouped by, besides the school year. */
  keys: number[];
  facet: number | null;
  primary: number | null;
  /** GROUPING() of the set: a bit per key column, set when that column is rolled up. */
  mask: number;
}

/**
 * Constant key columns (this prefix and a number) added to a grouping set whose columns another set already groups by in other roles:
 * (year, school) is both the totals of "each group within each school" and the cells of "schools compared".
 * DuckDB returns a repeated grouping set twice under one GROUPING() mask, so the two would be indistinguishable.
 */
const ROLE_KEY = '\u0000role';

/** The distinct grouping sets a list of groupings needs: each grouping's cells and its totals. */
function planGroupingSets(groupings: readonly Grouping[]): { keys: string[]; sets: PlannedSet[]; groupingSets: GroupingSets[] } {
  const keys: string[] = [];
  const keyOf = (type: string) => (keys.includes(type) ? keys.indexOf(type) : keys.push(type) - 1);
  const wanted = groupings.map((g) => ({ facet: g.facet ? keyOf(g.facet) : null, primary: g.primary ? keyOf(g.primary) : null }));
  const sets: PlannedSet[] = [];
  const sameColumns = (a: number[], b: number[]) => a.length === b.length && a.every((k) => b.includes(k));
  const setOf = (facet: number | null, primary: number | null): number => {
    const found = sets.findIndex((s) => s.facet === facet && s.primary === primary);
    if (found >= 0) return found;
    const members = [facet, primary].filter((k): k is number => k !== null);
    for (let role = 1; sets.some((s) => sameColumns(s.keys, members)); role++) members.push(keyOf(`${ROLE_KEY}${role}`));
    return sets.push({ keys: members, facet, primary, mask: 0 }) - 1;
  };
  const groupingSets = wanted.map((w) => ({ detail: w.primary === null ? null : setOf(w.facet, w.primary), total: setOf(w.facet, null) }));
  for (const set of sets) set.mask = keys.reduce((mask, _, j) => (set.keys.includes(j) ? mask : mask | (1 << (keys.length - 1 - j))), 0);
  return { keys, sets, groupingSets };
}

function samePopulation(metrics: readonly MetricDefinition[]): PopulationDefinition {
  const ids = new Set(metrics.map((m) => m.population));
  if (ids.size !== 1) throw new Error('One compiled query reads one population');
  return population(metrics[0]!.population);
}

/** Group types become identifiers only after they are checked against the population's columns. */
function checkGrouping(pop: PopulationDefinition, grouping: Grouping): void {
  for (const type of [grouping.primary, grouping.facet]) {
    if (type && !pop.groupTypes.includes(type)) throw new Error(`The ${pop.id} population cannot be grouped by ${type}`);
  }
}

/** Per-unit columns for metric i: outcome (o_i) or value (v_i) and weight (w_i), zero when not counted. */
function unitValues(metric: MetricDefinition, i: number, eligibleInWhere: boolean): string[] {
  const eligible = eligibleInWhere || !metric.eligible ? 'true' : `coalesce(${metric.eligible}, false)`;
  if (metric.kind !== 'mean') return [`CASE WHEN ${eligible} AND coalesce(${metric.outcome}, false) THEN 1 ELSE 0 END AS o_${i}`];
  const columns = [`CASE WHEN ${eligible} THEN CAST(${metric.outcome} AS DOUBLE) ELSE 0.0 END AS v_${i}`];
  if (metric.weight) columns.push(`CASE WHEN ${eligible} THEN CAST(${metric.weight} AS DOUBLE) ELSE 0.0 END AS w_${i}`);
  return columns;
}

/**
 * Sums per cell beyond the denominator: plain integer and double sums are the cheapest aggregates.
 * A plain mean needs only the sum and sum of squares (its weights are all 1, so their sums are n);
 * a ratio of sums needs all five.
 */
function cellSums(metric: MetricDefinition, i: number): string[] {
  if (metric.kind !== 'mean') return [`sum(o_${i}) AS y_${i}`];
  const sums = [`sum(v_${i}) AS y_${i}`, `sum(v_${i} * v_${i}) AS yy_${i}`];
  if (metric.weight) sums.push(`sum(w_${i}) AS w_${i}`, `sum(w_${i} * w_${i}) AS ww_${i}`, `sum(w_${i} * v_${i}) AS wy_${i}`);
  return sums;
}

const sumNames = (metric: MetricDefinition, i: number): string[] => cellSums(metric, i).map((sum) => sum.slice(sum.lastIndexOf(' AS ') + 4));
