// Compiles a metric over the aggregates table (report-card counts): the same cells and totals as the
// student-level query. District-wide figures use the publisher's own district rows where the file has
// them (re-summed schools differ from them through suppression and rounding); school breakdowns use
// school rows; a measure with only school rows sums them.
import { ALL_GROUP } from '../registry/group-types';
import { yearRange } from './filters-sql';
import type { Grouping, MetricFilters } from './metric-query';
import { Params, type CompiledSql } from './params';

/** What the aggregates table can answer: one group type, optionally within each school; or schools. */
export function aggregatesGroupingError(grouping: Grouping): string | null {
  if (grouping.facet && grouping.facet !== 'school') return 'Report-card aggregates break down by one group type at a time (optionally within each school).';
  if (grouping.primary === 'school' && grouping.facet) return 'Report-card aggregates cannot break schools down by school.';
  return null;
}

/** Cells are grouping set 0 and totals set 1, as in the student-level query's first grouping. */
export const AGGREGATES_SETS = { detail: 0, total: 1 } as const;

export function compileAggregatesQuery(measure: string, grouping: Grouping, filters: MetricFilters, lookbackYears: number): CompiledSql {
  const problem = aggregatesGroupingError(grouping);
  if (problem) throw new Error(problem);
  const params = new Params();
  const where = [`measure = ${params.bind('measure', measure)}`, 'numerator IS NOT NULL', 'denominator IS NOT NULL', 'denominator > 0'];
  const range = yearRange(filters, lookbackYears);
  if (range) where.push(`school_year BETWEEN ${params.bind('year_from', range.from)} AND ${params.bind('year_to', range.to)}`);
  if (filters.schoolIds?.length) where.push(`list_contains(${params.bind('school_ids', filters.schoolIds)}, school_id)`);
  if (filters.districtIds?.length) where.push(`list_contains(${params.bind('district_ids', filters.districtIds)}, district_id)`);
  // School attributes come from the schools table; a school it does not list is left out by these filters.
  const attributes: string[] = [];
  if (filters.schoolLevels?.length) attributes.push(`list_contains(${params.bind('school_levels', filters.schoolLevels)}, level)`);
  if (filters.communitySchool !== undefined) attributes.push(`coalesce(community_school, false) = ${params.bind('community_school', filters.communitySchool)}`);
  if (filters.pathways?.length) attributes.push(`list_contains(${params.bind('pathways', filters.pathways)}, pathway)`);
  if (filters.implementationPhases?.length) attributes.push(`list_contains(${params.bind('implementation_phases', filters.implementationPhases)}, implementation_phase)`);
  if (attributes.length > 0) where.push(`school_id IN (SELECT school_id FROM schools WHERE ${attributes.join(' AND ')})`);
  const all = params.bind('all_group', ALL_GROUP);
  const facet = grouping.facet === 'school' ? "coalesce(school_id, '')" : "''";
  let cells: string;
  if (grouping.primary === 'school') {
    cells = `SELECT school_year, '' AS facet_value, school_id AS group_value, false AS is_total, sum(denominator) AS n_0, sum(numerator) AS y_0
             FROM scoped WHERE group_type = ${all} AND level = 'school' AND school_id IS NOT NULL GROUP BY ALL`;
  } else if (grouping.primary) {
    cells = `SELECT school_year, ${facet} AS facet_value, group_value, false AS is_total, sum(denominator) AS n_0, sum(numerator) AS y_0
             FROM scoped WHERE group_type = ${params.bind('group_type', grouping.primary)} GROUP BY ALL`;
  } else cells = '';
  const totals = `SELECT school_year, ${grouping.primary === 'school' ? "''" : facet} AS facet_value, ${all} AS group_value, true AS is_total,
                         sum(denominator) AS n_0, sum(numerator) AS y_0
                  FROM scoped WHERE group_type = ${all} GROUP BY ALL`;
  const bySchool = grouping.primary === 'school' || grouping.facet === 'school' || (filters.schoolIds?.length ?? 0) > 0;
  const level = bySchool
    ? "CASE WHEN EXISTS (SELECT 1 FROM source WHERE level = 'school') THEN 'school' ELSE 'district' END"
    : "CASE WHEN EXISTS (SELECT 1 FROM source WHERE level = 'district') THEN 'district' ELSE 'school' END";
  const sql = `
WITH source AS (SELECT school_year, level, school_id, group_type, group_value, numerator, denominator FROM aggregates WHERE ${where.join(' AND ')}),
scoped AS (SELECT * FROM source WHERE level = ${level})
SELECT CASE WHEN is_total THEN 1 ELSE 0 END AS set_index, school_year, facet_value, group_value, is_total, n_0::DOUBLE AS n_0, y_0::DOUBLE AS y_0
FROM (${cells ? `${cells} UNION ALL ` : ''}${totals})
ORDER BY set_index, facet_value, group_value, school_year`;
  return params.compile(sql);
}

/** State-level counts for a measure and group type (and the state's total), for the alternate ratios. */
export function compileStateQuery(measure: string, groupType: string): CompiledSql {
  const params = new Params();
  return params.compile(`
SELECT school_year, group_value, sum(numerator)::DOUBLE AS x, sum(denominator)::DOUBLE AS n
FROM aggregates
WHERE measure = ${params.bind('measure', measure)} AND level = 'state' AND numerator IS NOT NULL AND denominator > 0
  AND (group_type = ${params.bind('group_type', groupType)} OR group_type = ${params.bind('all_group', ALL_GROUP)})
GROUP BY ALL`);
}
