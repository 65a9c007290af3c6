// Project settings kept in app.settings (JSON values), each validated with defaults on read.
import { z } from 'zod';
import type { ProjectDatabase } from './project-database';
import { DEFAULT_SUPPRESSION, type SuppressionSettings } from '../privacy/suppression';

const suppressionSchema = z.object({ minimumN: z.number().int().min(1).max(100) });

export async function readSuppressionSettings(database: ProjectDatabase): Promise<SuppressionSettings> {
  const reader = await database.connection.runAndReadAll("SELECT value::VARCHAR FROM app.settings WHERE key = 'suppression'");
  const raw = reader.getRowsJS()[0]?.[0];
  if (typeof raw !== 'string') return DEFAULT_SUPPRESSION;
  const parsed = suppressionSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : DEFAULT_SUPPRESSION;
}

export async function writeSuppressionSettings(database: ProjectDatabase, settings: SuppressionSettings): Promise<void> {
  const value = JSON.stringify(suppressionSchema.parse(settings));
  await database.connection.run(
    "INSERT INTO app.settings (key, value, updated_at) VALUES ('suppression', $1::JSON, current_timestamp) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    [value],
  );
}
