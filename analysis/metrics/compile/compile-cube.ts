// Compiles a metric query against a population's cube (analysis/metrics/cube/cube-cache.ts): each grouping
// set adds up the cube's sums, and the result has exactly the shape compileStudentQuery returns, so the
// same code reads it and computes every statistic from it. Breakdowns the cube cannot answer (two student
// group types at once, a grade filter, survey constructs) are left to the per-student query.
import { quotedIdentifier } from '@duckdb/node-api';
import { CUBE_SCHOOL_COLUMNS, type Cube } from '../cube/cube-cache';
import type { GroupTypeId } from '../registry/group-types';
import type { CompiledMetricQuery, GroupingSets } from './compile-students';
import { filterConditions } from './filters-sql';
import type { MetricQuery } from './metric-query';
import { Params } from './params';

/** The cube's SQL for the query, or null when the cube cannot answer it. */
export function compileCubeQuery(query: MetricQuery, cube: Cube): CompiledMetricQuery | null {
  if (query.filters.grades?.length || query.filters.constructs?.length || query.filters.districtIds?.length) return null;
  const columns = query.metrics.map((m) => cube.metrics.findIndex((c) => c.id === m.id));
  if (columns.some((c) => c < 0)) return null;
  const isStudent = (type: GroupTypeId | null) => type !== null && cube.studentTypes.includes(type);
  const answerable = (type: GroupTypeId | null) => type === null || type === 'school' || isStudent(type) || (CUBE_SCHOOL_COLUMNS as readonly string[]).includes(type);
  for (const g of query.groupings) {
    if (!answerable(g.primary) || !answerable(g.facet) || (isStudent(g.primary) && isStudent(g.facet))) return null;
  }

  const params = new Params();
  const where = filterConditions(query.filters, query.lookbackYears, params, { school: 'school', level: 'school_level', year: 'school_year' });
  // A key's text as the per-student query writes it.
  const keyText = (type: GroupTypeId) =>
    isStudent(type) ? 'group_value' : type === 'school' ? 'school_text' : `coalesce(CAST(${quotedIdentifier(type)} AS VARCHAR), 'not_reported')`;
  const sets: { facet: GroupTypeId | null; primary: GroupTypeId | null }[] = [];
  const setOf = (facet: GroupTypeId | null, primary: GroupTypeId | null) => {
    const found = sets.findIndex((s) => s.facet === facet && s.primary === primary);
    return found >= 0 ? found : sets.push({ facet, primary }) - 1;
  };
  const groupingSets: GroupingSets[] = query.groupings.map((g) => ({ detail: g.primary === null ? null : setOf(g.facet, g.primary), total: setOf(g.facet, null) }));
  const sums = query.metrics.flatMap((metric, i) => {
    const c = columns[i]!;
    const names = metric.kind === 'mean' ? ['y', 'yy', ...(metric.weight ? ['w', 'ww', 'wy'] : [])] : ['y'];
    return [`coalesce(sum(n_${c}), 0)::DOUBLE AS n_${i}`, ...names.map((name) => `coalesce(sum(${name}_${c}), 0)::DOUBLE AS ${name}_${i}`)];
  });
  const selects = sets.map((set, index) => {
    const student = [set.facet, set.primary].find((t) => isStudent(t)) ?? null;
    // Rows of the one student group type in the set, or else every school's total.
    const rows = params.bind(`group_type_${index}`, student ?? 'all');
    const conditions = [`group_type = ${rows}`, ...where];
    return `SELECT ${index} AS set_index, school_year,
        ${set.facet === null ? "''" : keyText(set.facet)} AS facet_value,
        ${set.primary === null ? "'all'" : keyText(set.primary)} AS group_value,
        ${set.primary === null} AS is_total, ${sums.join(', ')}
      FROM ${cube.table} WHERE ${conditions.join(' AND ')} GROUP BY ALL`;
  });
  const sql = `SELECT * FROM (${selects.join('\nUNION ALL\n')}) ORDER BY set_index, facet_value, group_value, school_year`;
  return { ...params.compile(sql), sets: groupingSets };
}
