// All-students rows that a report-card file leaves out, added up from groups that partition the
// population: the seven federal race/ethnicity groups, or a yes/no pair (with and without disabilities).
// Groups that do not partition (English learners alone, one sex) never make a total. Derived rows are
// marked total_derived and rebuilt after every aggregates import, so a file that later brings the
// publisher's own total replaces the derived one.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DerivedTotal } from '../../api';

/** The seven federal reporting groups: all present means the rows cover every student. */
export const FEDERAL_RACE_GROUPS = ['hispanic_latino', 'american_indian_alaska_native', 'asian', 'black', 'native_hawaiian_pacific_islander', 'white', 'two_or_more'] as const;

/** Where a (year, level, district, school, measure) has no reported all-students row. */
const SCOPE = ['school_year', 'level', 'district_id', 'school_id', 'measure'] as const;
const scopeCols = SCOPE.join(', ');
// Our own constant codes (letters and underscores): safe to write into the SQL as a list literal.
const RACES = `[${FEDERAL_RACE_GROUPS.map((g) => `'${g}'`).join(', ')}]`;
const sameScope = (a: string, b: string) => SCOPE.map((c) => `${a}.${c} IS NOT DISTINCT FROM ${b}.${c}`).join(' AND ');

/**
 * Rows of a partitioning group type for scopes without an all-students row: race/ethnicity when all
 * seven federal groups are there, else a group type with both its yes and no rows. Every part must
 * have a numerator and a denominator, or the sum would understate the total.
 */
const CANDIDATES = `
WITH race AS (
  SELECT ${scopeCols}, 'race_ethnicity' AS from_group_type, 1 AS preference, sum(numerator) AS numerator, sum(denominator) AS denominator
  FROM aggregates WHERE group_type = 'race_ethnicity' AND NOT coalesce(total_derived, false)
  GROUP BY ALL
  HAVING count(DISTINCT group_value) FILTER (WHERE list_contains(${RACES}, group_value)) = len(${RACES})
     AND count(*) = count(numerator) AND count(*) = count(denominator) AND count(*) = count(DISTINCT group_value)
),
pairs AS (
  SELECT ${scopeCols}, group_type AS from_group_type, 2 AS preference, sum(numerator) AS numerator, sum(denominator) AS denominator
  FROM aggregates WHERE group_value IN ('yes', 'no') AND group_type NOT IN ('all', 'race_ethnicity')
  GROUP BY ALL
  HAVING count(DISTINCT group_value) = 2 AND count(*) = 2 AND count(numerator) = 2 AND count(denominator) = 2
),
candidates AS (SELECT * FROM race UNION ALL SELECT * FROM pairs),
reported AS (SELECT DISTINCT ${scopeCols} FROM aggregates WHERE group_type = 'all' AND NOT coalesce(total_derived, false))
SELECT * FROM (
  SELECT c.*, row_number() OVER (PARTITION BY ${SCOPE.map((col) => `c.${col}`).join(', ')} ORDER BY c.preference, c.from_group_type) AS pick
  FROM candidates c ANTI JOIN reported r ON ${sameScope('c', 'r')}
)
WHERE pick = 1`;

/** Replaces every derived total with the ones the table's rows now call for, and lists them. */
export async function rebuildDerivedTotals(connection: DuckDBConnection): Promise<DerivedTotal[]> {
  await connection.run('DELETE FROM aggregates WHERE total_derived');
  await connection.run('CREATE OR REPLACE TEMP TABLE derived_totals AS ' + CANDIDATES);
  try {
    await connection.run(
      `INSERT INTO aggregates (school_year, level, district_id, school_id, measure, group_type, group_value, numerator, denominator, denominator_derived, total_derived)
       SELECT school_year, level, district_id, school_id, measure, 'all', 'all', numerator, denominator, NULL, true FROM derived_totals`,
    );
    const reader = await connection.runAndReadAll(
      `SELECT school_year, level, district_id, school_id, measure, from_group_type, numerator, denominator FROM derived_totals ORDER BY measure, school_year, level, district_id, school_id`,
    );
    return (reader.getRowsJS() as [number | null, string | null, string | null, string | null, string, string, number, number][]).map(
      ([schoolYear, level, districtId, schoolId, measure, fromGroupType, numerator, denominator]) => ({ schoolYear, level, districtId, schoolId, measure, fromGroupType, numerator, denominator }),
    );
  } finally {
    await connection.run('DROP TABLE IF EXISTS derived_totals');
  }
}
