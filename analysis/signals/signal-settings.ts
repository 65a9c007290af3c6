// Project settings for signals (app.settings key 'signals'): the false-discovery rate and the
// practical floors a gap must pass, validated with defaults on read.
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';

export interface SignalSettings {
  /** A cell is a signal only when its Benjamini-Hochberg q-value is below this. */
  falseDiscoveryRate: number;
  /** Practical floor for rates and percentages: a gap of at least this many percentage points ... */
  floorPoints: number;
  /** ... or a risk ratio at least this far from 1 (1.5 means >= 1.5 or <= 1/1.5). Also for rates per 100. */
  floorRatio: number;
  /** Practical floor for scores and years: a standardized difference (Cohen's d) of at least this. */
  floorEffectSize: number;
}

export const DEFAULT_SIGNAL_SETTINGS: SignalSettings = { falseDiscoveryRate: 0.05, floorPoints: 3, floorRatio: 1.5, floorEffectSize: 0.2 };

export const signalSettingsSchema = z
  .object({
    falseDiscoveryRate: z.number().gt(0).max(0.5),
    floorPoints: z.number().min(0).max(100),
    floorRatio: z.number().min(1).max(20),
    floorEffectSize: z.number().min(0).max(5),
  })
  .strict();

export async function readSignalSettings(connection: DuckDBConnection): Promise<SignalSettings> {
  const reader = await connection.runAndReadAll("SELECT value::VARCHAR FROM app.settings WHERE key = 'signals'");
  const raw = reader.getRowsJS()[0]?.[0];
  if (typeof raw !== 'string') return DEFAULT_SIGNAL_SETTINGS;
  const parsed = signalSettingsSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : DEFAULT_SIGNAL_SETTINGS;
}

export async function writeSignalSettings(connection: DuckDBConnection, settings: SignalSettings): Promise<void> {
  const value = JSON.stringify(signalSettingsSchema.parse(settings));
  await connection.run(
    "INSERT INTO app.settings (key, value, updated_at) VALUES ('signals', $1::JSON, current_timestamp) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
    [value],
  );
}
