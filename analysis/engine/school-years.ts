// The project's school years, computed one way for every screen and export: the years of enrollment
// records and of report-card aggregates together (a project may hold either or both).
import type { DuckDBConnection } from '@duckdb/node-api';

const YEARS = 'SELECT school_year FROM enrollment UNION ALL SELECT school_year FROM aggregates';

/** Every school year with data, oldest first. */
export async function schoolYears(connection: DuckDBConnection): Promise<number[]> {
  const reader = await connection.runAndReadAll(`SELECT DISTINCT school_year FROM (${YEARS}) WHERE school_year IS NOT NULL ORDER BY 1`);
  return reader.getRowsJS().map(([year]) => Number(year));
}

/** The latest school year with data; without any, the current calendar year (a school year named by its end). */
export async function latestSchoolYear(connection: DuckDBConnection): Promise<number> {
  const reader = await connection.runAndReadAll(`SELECT max(school_year) FROM (${YEARS})`);
  const year = reader.getRowsJS()[0]?.[0];
  return year === null || year === undefined ? new Date().getFullYear() : Number(year);
}
