// Project settings for signals (app.settings key 'signals'): the false-discovery rate and the
// practical floors a gap must pass, validated with defaults on read.
import type { DuckDBConnection } from '@duckdb/node-api';
import { z } from 'zod';
import { readSetting, writeSetting } from '../engine/project-settings';

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

export const readSignalSettings = (connection: DuckDBConnection): Promise<SignalSettings> => readSetting(connection, 'signals', signalSettingsSchema, DEFAULT_SIGNAL_SETTINGS);

export const writeSignalSettings = (connection: DuckDBConnection, settings: SignalSettings): Promise<void> => writeSetting(connection, 'signals', signalSettingsSchema, settings);
