// Per-student analysis tables (metric_cache.students, .tested, .cohort): the canonical tables joined
// once into one row per unit with every group and outcome column, so that metric queries scan one
// table instead of joining several. Rebuilt when the data they come from changes.
import type { DuckDBConnection } from '@duckdb/node-api';
import { quotedIdentifier } from '@duckdb/node-api';
import { importsFingerprint } from '../engine/data-version';
import { population, SCHOOL_POVERTY_CTE, type ExtensionId, type PopulationId } from './registry/populations';

/** Bump when the SQL of a cached population changes, so old caches are rebuilt. */
const FACTS_VERSION = 1;
const CACHED: Partial<Record<PopulationId, readonly ExtensionId[]>> = {
  students: ['attendance', 'discipline', 'courses'],
  tested: [],
  cohort: [],
};

/** The fingerprint each connection last found or built, per table: a repeated check then reads no state. */
const verified = new WeakMap<DuckDBConnection, Map<string, string>>();

/**
 * One check-and-build at a time in the process: reads run on connections of their own, and two of them must
 * not both replace the same table.
 */
let pending: Promise<unknown> = Promise.resolve();

/**
 * The cache table to read a population from, building it first if the data changed; null when the
 * population is not cached or the project has no cache schema (then metrics read the tables directly).
 */
export async function factsTable(connection: DuckDBConnection, id: PopulationId): Promise<string | null> {
  const extensions = CACHED[id];
  if (!extensions) return null;
  const next = pending.then(
    () => ensureBuilt(connection, id, extensions),
    () => ensureBuilt(connection, id, extensions),
  );
  pending = next.catch(() => undefined);
  return next;
}

async function ensureBuilt(connection: DuckDBConnection, id: PopulationId, extensions: readonly ExtensionId[]): Promise<string | null> {
  if (!(await hasCacheSchema(connection))) return null;
  const table = `metric_cache.${quotedIdentifier(id)}`;
  // Settings do not change these tables (they are bound when a metric is computed), so only imports count.
  const fingerprint = `v${FACTS_VERSION}:${await importsFingerprint(connection)}`;
  const known = verified.get(connection) ?? verified.set(connection, new Map()).get(connection)!;
  if (known.get(id) === fingerprint) return table;
  const state = await connection.runAndReadAll('SELECT fingerprint FROM metric_cache.state WHERE name = $name', { name: id });
  if (state.getRowsJS()[0]?.[0] === fingerprint) {
    known.set(id, fingerprint);
    return table;
  }
  try {
    await connection.run('BEGIN TRANSACTION');
  } catch {
    // Another transaction is open on this connection (an import, say): read the tables directly.
    return null;
  }
  try {
    await connection.run(`CREATE OR REPLACE TABLE ${table} AS WITH ${SCHOOL_POVERTY_CTE} ${population(id).sql(extensions, null)}`);
    await connection.run(
      'INSERT INTO metric_cache.state (name, fingerprint, built_at) VALUES ($name, $fingerprint, current_timestamp) ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, built_at = excluded.built_at',
      { name: id, fingerprint },
    );
    await connection.run('COMMIT');
    known.set(id, fingerprint);
    return table;
  } catch {
    // Only our own transaction is rolled back; without a cache, metrics read the tables directly.
    await connection.run('ROLLBACK').catch(() => undefined);
    return null;
  }
}

/** Whether the project has the cache schema (migration 3); it cannot appear while a connection is open. */
const schemaPresent = new WeakMap<DuckDBConnection, boolean>();

async function hasCacheSchema(connection: DuckDBConnection): Promise<boolean> {
  const known = schemaPresent.get(connection);
  if (known !== undefined) return known;
  const reader = await connection.runAndReadAll(
    "SELECT count(*)::INTEGER FROM information_schema.tables WHERE table_schema = 'metric_cache' AND table_name = 'state'",
  );
  const present = reader.getRowsJS()[0]?.[0] === 1;
  schemaPresent.set(connection, present);
  return present;
}
