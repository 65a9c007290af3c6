// Parses the metric commands' shared options (--year, --school, --district, --reference) into request parts.
import type { MetricFilters, MetricReference } from '../api';
import { usageError } from './cli-errors';

export function parseYears(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const years = text.split(',').map((part) => part.trim());
  if (years.some((y) => !/^\d{4}$/.test(y))) throw usageError(`--year takes school years as the year they end, such as 2024 or 2023,2024, not "${text.slice(0, 40)}".`);
  return years.map(Number);
}

export function parseList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const items = text.split(',').map((part) => part.trim()).filter(Boolean);
  return items.length > 0 ? items : undefined;
}

export function filtersFrom(option: (name: string) => string | undefined): MetricFilters {
  const filters: MetricFilters = {};
  const years = parseYears(option('year'));
  const schools = parseList(option('school'));
  const districts = parseList(option('district'));
  if (years) filters.years = years;
  if (schools) filters.schoolIds = schools;
  if (districts) filters.districtIds = districts;
  return filters;
}

const REFERENCES: Record<string, MetricReference> = {
  all: { kind: 'all_students' },
  all_students: { kind: 'all_students' },
  others: { kind: 'all_others' },
  all_others: { kind: 'all_others' },
  highest: { kind: 'highest_performing' },
  highest_performing: { kind: 'highest_performing' },
};

/** all | others | highest, or a group code such as white. */
export function parseReference(text: string | undefined): MetricReference | undefined {
  if (text === undefined) return undefined;
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(text)) throw usageError(`--reference takes all, others, highest or a group code, not "${text.slice(0, 40)}".`);
  return REFERENCES[text] ?? { kind: 'group', group: text };
}
