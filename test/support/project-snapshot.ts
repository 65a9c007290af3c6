// A logical snapshot of a review project: every table's row count and a hash of its contents, to prove that
// a failed step left the project exactly as it was.
import type { DuckDBConnection } from '@duckdb/node-api';

export async function projectSnapshot(connection: DuckDBConnection): Promise<Record<string, string>> {
  const tables = await connection.runAndReadAll(
    "SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema IN ('main', 'app') AND table_catalog = current_database() ORDER BY 1, 2",
  );
  const snapshot: Record<string, string> = {};
  for (const [schema, table] of tables.getRowsJS()) {
    const name = `"${String(schema)}"."${String(table)}"`;
    const reader = await connection.runAndReadAll(`SELECT count(*), coalesce(bit_xor(hash(t)), 0) FROM ${name} t`);
    const [count, hash] = reader.getRowsJS()[0] ?? [0, 0];
    snapshot[`${String(schema)}.${String(table)}`] = `${String(count)}:${String(hash)}`;
  }
  return snapshot;
}
