// Project settings kept in app.settings (JSON values), each validated with defaults on read.
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import type { ProjectDatabase } from './project-database';
import { DEFAULT_SUPPRESSION, type SuppressionSettings } from '../privacy/suppression';

const suppressionSchema = z.object({ minimumN: z.number().int().min(1).max(100) });

/** One setting under its key; a missing or invalid value (an older or hand-edited project) reads as the default. */
export async function readSetting<T>(connection: DuckDBConnection, key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const reader = await connection.runAndReadAll('SELECT value::VARCHAR FROM app.settings WHERE key = $1', [key]);
  const raw = reader.getRowsJS()[0]?.[0];
  if (typeof raw !== 'string') return fallback;
  const parsed = schema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : fallback;
}

/** Validates before writing, so a project never holds a setting its readers would refuse. */
export async function writeSetting<T>(connection: DuckDBConnection, key: string, schema: z.ZodType<T>, value: T): Promise<void> {
  await connection.run(
    'INSERT INTO app.settings (key, value, updated_at) VALUES ($1, $2::JSON, current_timestamp) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    [key, JSON.stringify(schema.parse(value))],
  );
}

export const readSuppressionSettings = (database: ProjectDatabase): Promise<SuppressionSettings> =>
  readSetting(database.connection, 'suppression', suppressionSchema, DEFAULT_SUPPRESSION);

export const writeSuppressionSettings = (database: ProjectDatabase, settings: SuppressionSettings): Promise<void> =>
  writeSetting(database.connection, 'suppression', suppressionSchema, settings);
