// WHERE conditions for request filters, over a population's columns, with every value bound.
import type { Params } from './params';
import type { MetricFilters } from './metric-query';

/** Years requested, widened backwards so trends have the years before them. */
export function yearRange(filters: MetricFilters, lookbackYears: number): { from: number; to: number } | null {
  if (!filters.years || filters.years.length === 0) return null;
  return { from: Math.min(...filters.years) - lookbackYears, to: Math.max(...filters.years) };
}

export function filterConditions(filters: MetricFilters, lookbackYears: number, params: Params, columns: { school: string; level: string; grade?: string; year: string }): string[] {
  const conditions: string[] = [];
  const range = yearRange(filters, lookbackYears);
  if (range) conditions.push(`${columns.year} BETWEEN ${params.bind('year_from', range.from)} AND ${params.bind('year_to', range.to)}`);
  if (filters.schoolIds?.length) conditions.push(`list_contains(${params.bind('school_ids', filters.schoolIds)}, ${columns.school})`);
  if (filters.schoolLevels?.length) conditions.push(`list_contains(${params.bind('school_levels', filters.schoolLevels)}, ${columns.level})`);
  if (filters.grades?.length && columns.grade) conditions.push(`list_contains(${params.bind('grades', filters.grades)}, ${columns.grade})`);
  if (filters.communitySchool !== undefined) conditions.push(`coalesce(community_school, false) = ${params.bind('community_school', filters.communitySchool)}`);
  if (filters.pathways?.length) conditions.push(`list_contains(${params.bind('pathways', filters.pathways)}, pathway)`);
  if (filters.implementationPhases?.length) conditions.push(`list_contains(${params.bind('implementation_phases', filters.implementationPhases)}, implementation_phase)`);
  return conditions;
}
