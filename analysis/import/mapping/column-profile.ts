// A profile of each column from the first rows of the file: how many values, how many distinct, the most
// common values with their counts, how many are numbers. Suggestions and code reviews are made from these.
import type { DuckDBConnection } from '@duckdb/node-api';
import { NULL_WORDS_SQL, rawValueSql } from '../source/raw-values';
import type { ImportSource } from '../source/source-types';

/** Rows read to make the suggestions: enough to see every code a district uses, fast on a huge file. */
export const PROFILE_ROWS = 50_000;
/** Most common values kept per column. */
const TOP_VALUES = 200;

export interface ColumnProfile {
  name: string;
  nonNull: number;
  distinct: number;
  numeric: number;
  /** Most common raw values first. */
  values: { value: string; count: number }[];
}

export interface SourceProfile {
  rows: number;
  columns: Map<string, ColumnProfile>;
}

export async function profileSource(connection: DuckDBConnection, source: ImportSource, limit = PROFILE_ROWS): Promise<SourceProfile> {
  const relation = source.relation({ limit });
  // Positional names (c0, c1, ...) keep hostile headers out of the SQL text; the map puts them back.
  const select = source.columns.map((c, i) => `${rawValueSql(source, c.name)} AS c${i}`).join(', ');
  await connection.run(`CREATE OR REPLACE TEMP TABLE import_profile_rows AS SELECT ${select} FROM (${relation.sql})`, relation.params);
  // The head of a file sorted by year has one year only: lines from all through it are profiled too.
  const spread = source.spreadSample();
  if (spread) await connection.run(`INSERT INTO import_profile_rows SELECT ${select} FROM (${spread.sql})`, spread.params);
  try {
    const rows = Number((await connection.runAndReadAll('SELECT count(*) FROM import_profile_rows')).getRowsJS()[0]?.[0] ?? 0);
    // One grouping of (column, value); every statistic is read from it.
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE import_profile_values AS SELECT col, val, count(*) AS n FROM (UNPIVOT import_profile_rows ON COLUMNS(*) INTO NAME col VALUE val) GROUP BY col, val`,
    );
    const stats = await connection.runAndReadAll(
      // Missing-value words (NA, None) are listed among the values, but do not count as values.
      `SELECT col, coalesce(sum(n) FILTER (WHERE val NOT IN ${NULL_WORDS_SQL}), 0) AS non_null, count(*) AS n_distinct, sum(n) FILTER (WHERE TRY_CAST(replace(rtrim(val, '%'), ',', '') AS DOUBLE) IS NOT NULL) AS numeric FROM import_profile_values GROUP BY col`,
    );
    const top = await connection.runAndReadAll(
      `SELECT col, val, n FROM (SELECT col, val, n, row_number() OVER (PARTITION BY col ORDER BY n DESC, val) AS rank FROM import_profile_values) WHERE rank <= ${TOP_VALUES} ORDER BY col, n DESC, val`,
    );
    const columns = new Map<string, ColumnProfile>(source.columns.map((c) => [c.name, { name: c.name, nonNull: 0, distinct: 0, numeric: 0, values: [] }]));
    const byPosition = (col: unknown) => columns.get(source.columns[Number(String(col).slice(1))]?.name ?? '');
    for (const [col, nonNull, distinct, numeric] of stats.getRowsJS()) {
      const profile = byPosition(col);
      if (profile) Object.assign(profile, { nonNull: Number(nonNull), distinct: Number(distinct), numeric: Number(numeric ?? 0) });
    }
    for (const [col, value, count] of top.getRowsJS()) byPosition(col)?.values.push({ value: String(value), count: Number(count) });
    return { rows, columns };
  } finally {
    await connection.run('DROP TABLE IF EXISTS import_profile_rows; DROP TABLE IF EXISTS import_profile_values');
  }
}
