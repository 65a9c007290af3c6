// Mapping profiles saved in the project (app.mapping_profiles): a reviewed mapping kept by name, reused
// for next year's file, automatically when its headers are the same.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportKind, ImportMapping, MappingProfileSummary } from '../../api';
import { importMappingSchema } from './mapping-schema';
import { normalizeHeader } from '../normalize';

export interface SavedProfile extends MappingProfileSummary {
  mapping: ImportMapping;
}

const SELECT = "SELECT name, kind, mapping::VARCHAR, headers::VARCHAR, strftime(updated_at, '%Y-%m-%dT%H:%M:%SZ') FROM app.mapping_profiles";

function toProfile(row: unknown[]): SavedProfile | null {
  try {
    const mapping = importMappingSchema.safeParse(JSON.parse(String(row[2])));
    const headers = JSON.parse(String(row[3])) as unknown;
    if (!mapping.success || !Array.isArray(headers)) return null;
    return { name: String(row[0]), kind: String(row[1]) as ImportKind, mapping: mapping.data, headers: headers.map(String), updatedAt: String(row[4]) };
  } catch {
    return null;
  }
}

export async function listProfiles(connection: DuckDBConnection): Promise<SavedProfile[]> {
  const reader = await connection.runAndReadAll(`${SELECT} ORDER BY updated_at DESC, name`);
  return reader.getRowsJS().flatMap((row) => toProfile(row) ?? []);
}

export async function findProfile(connection: DuckDBConnection, name: string): Promise<SavedProfile | null> {
  const reader = await connection.runAndReadAll(`${SELECT} WHERE name = $1`, [name]);
  const row = reader.getRowsJS()[0];
  return row ? toProfile(row) : null;
}

const headerKey = (headers: readonly string[]): string => [...headers].map(normalizeHeader).sort().join('\u0001');

/** The most recently saved profile made from a file with exactly these headers (in any order). */
export async function profileForHeaders(connection: DuckDBConnection, headers: readonly string[]): Promise<SavedProfile | null> {
  const key = headerKey(headers);
  return (await listProfiles(connection)).find((p) => headerKey(p.headers) === key) ?? null;
}

export async function saveProfile(connection: DuckDBConnection, name: string, mapping: ImportMapping, headers: readonly string[]): Promise<void> {
  await connection.run(
    `INSERT INTO app.mapping_profiles (name, kind, mapping, headers) VALUES ($1, $2, $3::JSON, $4::JSON)
     ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, mapping = excluded.mapping, headers = excluded.headers, updated_at = CAST(now() AS TIMESTAMP)`,
    [name, mapping.kind, JSON.stringify(mapping), JSON.stringify(headers)],
  );
}
