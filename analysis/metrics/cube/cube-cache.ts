// The sufficient-statistics cube of a population (metric_cache.cube_<population>): for every metric of the
// population, its sums (units counted, units with the outcome or the value's sum and sum of squares, ...)
// per year x school x student group, one group type at a time, plus each school's total. Every breakdown by
// one student group, school or school attribute adds these sums up instead of scanning the students again.
// Built from the per-student analysis table once per data version and chronic-absence setting.
import crypto from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { importsFingerprint } from '../../engine/data-version';
import { compileStudentQuery } from '../compile/compile-students';
import type { Grouping, SqlSettings } from '../compile/metric-query';
import type { CompiledSql } from '../compile/params';
import { factsTable } from '../facts-cache';
import { METRICS } from '../registry';
import { groupType, type GroupTypeId } from '../registry/group-types';
import type { MetricDefinition } from '../registry/metric-types';
import { population, type PopulationId } from '../registry/populations';

export interface Cube {
  /** The cube's table, quoted. */
  table: string;
  /** The metrics whose sums it holds: metric i's columns are n_i, y_i (and yy_i, w_i, ww_i, wy_i for means). */
  metrics: readonly MetricDefinition[];
  /** The student group types it breaks down by (group_type holds one of these, or 'all' for school totals). */
  studentTypes: readonly GroupTypeId[];
}

/** The school attributes a cube row carries (each a function of school and year), filtered and grouped on as in the per-student table. */
export const CUBE_SCHOOL_COLUMNS = ['school_level', 'community_school', 'pathway', 'implementation_phase', 'poverty_quartile'] as const;

const CUBED: readonly PopulationId[] = ['students', 'tested', 'cohort'];

/** One check-and-build at a time in the process, as for the per-student tables (facts-cache.ts). */
let pending: Promise<unknown> = Promise.resolve();

/** The population's cube, built first if the data or the settings it depends on changed; null when there is none. */
export async function populationCube(connection: DuckDBConnection, id: PopulationId, settings: SqlSettings): Promise<Cube | null> {
  if (!CUBED.includes(id)) return null;
  const next = pending.then(
    () => ensureCube(connection, id, settings),
    () => ensureCube(connection, id, settings),
  );
  pending = next.catch(() => undefined);
  return next;
}

/** Builds every population's cube now (a built sample ships with them, so its first chart adds up rather than counts). */
export async function buildCubes(connection: DuckDBConnection, settings: SqlSettings): Promise<void> {
  for (const id of CUBED) await populationCube(connection, id, settings);
}

/** The cube's build SQL and the fingerprint of its contents, per population and settings (compiled once). */
const plans = new Map<string, { cube: Cube; sql: string; params: CompiledSql['params']; types: CompiledSql['types']; contents: string }>();
/** The fingerprint each connection last found or built, per cube: a repeated check then reads no state. */
const verified = new WeakMap<DuckDBConnection, Map<string, string>>();

function cubePlan(id: PopulationId, units: string, settings: SqlSettings) {
  const key = JSON.stringify([id, units, settings]);
  let plan = plans.get(key);
  if (plan) return plan;
  const metrics = METRICS.filter((m) => m.population === id);
  const studentTypes = population(id).groupTypes.filter((t) => groupType(t).category === 'student');
  const cube: Cube = { table: `metric_cache.cube_${id}`, metrics, studentTypes };
  const groupings: Grouping[] = studentTypes.map((t) => ({ primary: t, facet: 'school' }));
  const counts = compileStudentQuery({ metrics, groupings, filters: {}, source: 'students', lookbackYears: 0, unitsTable: units }, settings);
  // Which group type each grouping set holds; the school totals are 'all'.
  const typeOfSet = new Map<number, string>(counts.sets.flatMap((s, k): [number, string][] => [[s.detail!, studentTypes[k]!], [s.total, 'all']]));
  const attributes = CUBE_SCHOOL_COLUMNS.join(', ');
  const sql = `
    CREATE OR REPLACE TABLE ${cube.table} AS
    WITH counts AS (${counts.sql}),
    schools AS (SELECT DISTINCT school_year, school, coalesce(CAST(school AS VARCHAR), 'not_reported') AS school_text, ${attributes} FROM ${units})
    SELECT CASE c.set_index ${[...typeOfSet].map(([set, type]) => `WHEN ${set} THEN '${type}'`).join(' ')} END AS group_type,
           c.school_year, s.school, c.facet_value AS school_text, ${CUBE_SCHOOL_COLUMNS.map((a) => `s.${a}`).join(', ')},
           c.group_value, c.* EXCLUDE (set_index, school_year, facet_value, group_value, is_total)
    FROM counts c JOIN schools s ON s.school_year = c.school_year AND s.school_text = c.facet_value
    ORDER BY group_type, c.school_year, school_text`;
  // The SQL and its settings name the cube's contents: a new metric or setting builds a new cube.
  const contents = crypto.createHash('sha256').update(sql).update(JSON.stringify(counts.params)).digest('hex').slice(0, 16);
  plans.set(key, (plan = { cube, sql, params: counts.params, types: counts.types, contents }));
  return plan;
}

async function ensureCube(connection: DuckDBConnection, id: PopulationId, settings: SqlSettings): Promise<Cube | null> {
  const units = await factsTable(connection, id);
  if (!units) return null;
  const plan = cubePlan(id, units, settings);
  const name = `cube_${id}`;
  const fingerprint = `${plan.contents}:${await importsFingerprint(connection)}`;
  const known = verified.get(connection) ?? verified.set(connection, new Map()).get(connection)!;
  if (known.get(name) === fingerprint) return plan.cube;
  const state = await connection.runAndReadAll('SELECT fingerprint FROM metric_cache.state WHERE name = $name', { name });
  if (state.getRowsJS()[0]?.[0] === fingerprint) {
    known.set(name, fingerprint);
    return plan.cube;
  }
  try {
    await connection.run('BEGIN TRANSACTION');
  } catch {
    // Another transaction is open on this connection (an import, say): count from the per-student table.
    return null;
  }
  try {
    await connection.run(plan.sql, plan.params, plan.types);
    await connection.run(
      'INSERT INTO metric_cache.state (name, fingerprint, built_at) VALUES ($name, $fingerprint, current_timestamp) ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, built_at = excluded.built_at',
      { name, fingerprint },
    );
    await connection.run('COMMIT');
    known.set(name, fingerprint);
    return plan.cube;
  } catch {
    await connection.run('ROLLBACK').catch(() => undefined);
    return null;
  }
}
