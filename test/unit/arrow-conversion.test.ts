// DuckDB -> Arrow: every column type the service returns survives encode and decode with its value.
import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryToArrow } from '../../analysis/arrow/duckdb-to-arrow';

let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
});
afterAll(() => instance.closeSync());

async function roundTrip(sql: string) {
  const connection = await instance.connect();
  const table = await queryToArrow(connection, sql);
  return tableFromIPC(tableToIPC(table, 'stream'));
}

describe('queryToArrow', () => {
  it('converts every supported type, with nulls, across several chunks', async () => {
    // 5,000 rows spans three DuckDB chunks (2,048 rows each).
    const table = await roundTrip(`
      SELECT i::INTEGER AS int_col,
             (i % 100)::TINYINT AS tiny_col,
             (i * 3)::SMALLINT AS small_col,
             (i::BIGINT * 1000000) AS big_col,
             sum(i) OVER (ORDER BY i) AS huge_col,
             (i / 8)::DOUBLE AS double_col,
             (i / 4)::FLOAT AS float_col,
             (i / 100)::DECIMAL(10, 2) AS decimal_col,
             CASE WHEN i % 7 = 0 THEN NULL ELSE 'name-' || i || '-é✓' END AS text_col,
             i % 2 = 0 AS bool_col,
             DATE '2024-01-01' + i::INTEGER AS date_col,
             TIMESTAMP '2024-01-01 00:00:00' + INTERVAL (i) SECOND AS ts_col,
             (i % 3)::UTINYINT AS utiny_col
      FROM range(5000) t(i) ORDER BY i`);
    expect(table.numRows).toBe(5000);
    const row = (i: number) => table.get(i)!.toJSON() as Record<string, unknown>;
    expect(row(4097)).toEqual({
      int_col: 4097,
      tiny_col: 97,
      small_col: 12291,
      big_col: 4097000000,
      huge_col: (4097 * 4098) / 2,
      double_col: 512.125,
      float_col: 1024.25,
      decimal_col: 40.97,
      text_col: 'name-4097-é✓',
      bool_col: false,
      date_col: Date.UTC(2024, 0, 1) + 4097 * 86_400_000,
      ts_col: Date.UTC(2024, 0, 1) + 4097 * 1000,
      utiny_col: 2,
    });
    expect(row(4095).text_col).toBeNull(); // 4095 = 7 * 585
    expect(row(4096).bool_col).toBe(true);
    expect(table.getChild('text_col')!.nullCount).toBe(715);
  });

  it('keeps nulls in numeric, boolean, date and timestamp columns', async () => {
    const table = await roundTrip(`
      SELECT CASE WHEN i = 1 THEN NULL ELSE i END::DOUBLE AS d,
             CASE WHEN i = 2 THEN NULL ELSE i > 0 END AS b,
             CASE WHEN i = 0 THEN NULL ELSE DATE '2000-01-01' END AS dt,
             CASE WHEN i = 0 THEN NULL ELSE TIMESTAMP '1969-12-31 23:59:59.9995' END AS ts,
             CASE WHEN i = 2 THEN NULL ELSE i END::BIGINT AS n
      FROM range(3) t(i) ORDER BY i`);
    expect(table.toArray().map((r) => r.toJSON())).toEqual([
      { d: 0, b: false, dt: null, ts: null, n: 0 },
      { d: null, b: true, dt: Date.UTC(2000, 0, 1), ts: -1, n: 1 },
      { d: 2, b: null, dt: Date.UTC(2000, 0, 1), ts: -1, n: null },
    ]);
  });

  it('copies strings inline (up to 12 bytes) and out of line, keeping empty strings apart from nulls', async () => {
    const table = await roundTrip(`SELECT * FROM (VALUES (1, 'a'), (2, ''), (3, NULL), (4, 'twelve bytes'), (5, 'thirteen byte'), (6, 'é✓ über 12 bytes long')) t(k, s) ORDER BY k`);
    expect(table.getChild('s')!.toArray()).toEqual(['a', '', null, 'twelve bytes', 'thirteen byte', 'é✓ über 12 bytes long']);
  });

  it('gathers chunks of any size into large batches, nulls and booleans landing on the right rows', async () => {
    // One thread and UNION ALL make DuckDB hand over chunks of 3, 5, 2,048 and 2 rows: bits that do not start on a byte.
    const connection = await instance.connect();
    await connection.run('SET threads = 1');
    const table = await queryToArrow(
      connection,
      `SELECT i::INTEGER AS k, i % 2 = 0 AS even, CASE WHEN i % 3 = 0 THEN NULL ELSE 'v' || i END AS s FROM range(3) t(i)
       UNION ALL SELECT 10 + i, i % 2 = 0, NULL FROM range(5) t(i)
       UNION ALL SELECT 100 + i, i % 5 = 0, CASE WHEN i % 4 = 0 THEN NULL ELSE 'long value number ' || i END FROM range(2050) t(i)`,
    );
    const decoded = tableFromIPC(tableToIPC(table, 'stream'));
    expect(decoded.batches.length).toBe(1);
    // The same rows, worked out here row by row.
    const expected = [
      ...[0, 1, 2].map((i) => ({ k: i, even: i % 2 === 0, s: i % 3 === 0 ? null : `v${i}` })),
      ...[0, 1, 2, 3, 4].map((i) => ({ k: 10 + i, even: i % 2 === 0, s: null })),
      ...Array.from({ length: 2050 }, (_, i) => ({ k: 100 + i, even: i % 5 === 0, s: i % 4 === 0 ? null : `long value number ${i}` })),
    ];
    expect(decoded.toArray().map((row) => row.toJSON())).toEqual(expected);
    expect(decoded.getChild('s')!.nullCount).toBe(expected.filter((row) => row.s === null).length);
    connection.closeSync();
  });

  it('returns an empty table with the right columns for no rows', async () => {
    const table = await roundTrip('SELECT 1::INTEGER AS a, $$x$$ AS b WHERE false');
    expect(table.numRows).toBe(0);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['a', 'b']);
  });

  it('refuses integers beyond what a double holds exactly, and types it does not send', async () => {
    await expect(roundTrip('SELECT 9007199254740993::BIGINT AS too_big')).rejects.toThrow(/too large/);
    await expect(roundTrip('SELECT [1, 2] AS list_col')).rejects.toThrow(/cast it in SQL/);
  });
});
