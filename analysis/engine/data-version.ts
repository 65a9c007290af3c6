// The project's data version: one fingerprint of what was imported plus the settings that change a
// figure. The metric cache, the suggestion cache and the renderer's query cache are all keyed by it.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DuckDBConnection } from '@duckdb/node-api';
import { quotedIdentifier } from '@duckdb/node-api';

/** Tables whose rows feed metrics; any import or removal changes one of their counts or the import id. */
export const SOURCE_TABLES = ['schools', 'enrollment', 'attendance', 'assessments', 'discipline', 'courses', 'graduation', 'staff', 'training', 'surveys', 'aggregates'];

/** Settings keys whose values change a published figure (minimum n, IDEA tests, chronic absence, ...). */
export const FIGURE_SETTINGS = ['suppression', 'metrics'];

/** The fingerprints read within one request, per connection (see withOneDataVersion). */
const requestScope = new AsyncLocalStorage<Map<DuckDBConnection, Promise<string>>>();

/**
 * Runs `work` reading the imports fingerprint at most once per connection: the analysis tables, the cubes
 * and the suppression decisions of one chart each check it, and one request sees one data version anyway.
 */
export function withOneDataVersion<T>(work: () => Promise<T>): Promise<T> {
  return requestScope.getStore() ? work() : requestScope.run(new Map(), work);
}

/** Row counts of the source tables and the latest import id (read once per request inside withOneDataVersion). */
export function importsFingerprint(connection: DuckDBConnection): Promise<string> {
  const seen = requestScope.getStore();
  if (!seen) return readImportsFingerprint(connection);
  let fingerprint = seen.get(connection);
  if (!fingerprint) seen.set(connection, (fingerprint = readImportsFingerprint(connection)));
  return fingerprint;
}

/** (A UNION of counts plans in a millisecond; the same counts as scalar subqueries take several.) */
async function readImportsFingerprint(connection: DuckDBConnection): Promise<string> {
  const counts = SOURCE_TABLES.map((t, i) => `SELECT ${i} AS k, count(*) AS n FROM ${quotedIdentifier(t)}`);
  const reader = await connection.runAndReadAll(
    `SELECT string_agg(n::VARCHAR, ',' ORDER BY k) FROM (${counts.join(' UNION ALL ')} UNION ALL SELECT ${SOURCE_TABLES.length}, coalesce(max(import_id), 0) FROM app.import_log)`,
  );
  return String(reader.getRowsJS()[0]?.[0]);
}

/** The settings that change figures, as stored (JSON text), in a fixed order. */
export async function settingsRevision(connection: DuckDBConnection): Promise<string> {
  const reader = await connection.runAndReadAll(
    `SELECT coalesce(string_agg(key || '=' || value::VARCHAR, ';' ORDER BY key), '') FROM app.settings WHERE key IN (${FIGURE_SETTINGS.map((k) => `'${k}'`).join(', ')})`,
  );
  return String(reader.getRowsJS()[0]?.[0] ?? '');
}

/** Imports plus settings revision: equal strings mean every published figure is the same. */
export async function dataVersion(connection: DuckDBConnection): Promise<string> {
  const [imports, settings] = await Promise.all([importsFingerprint(connection), settingsRevision(connection)]);
  return hashText(`${imports}|${settings}`);
}

/** A short, stable digest (FNV-1a, 52 bits) so the version fits in a cache key or a header. */
function hashText(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return (h >> 12n).toString(36);
}
