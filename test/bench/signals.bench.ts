// Signals benchmark: every Domain 1 and 2 gap of the 1M-student district tested (every student group
// district-wide and within every school, latest year and trend), BH across the family, published.
// Reuses the metrics benchmark's cached district and project.
import { DEFAULT_METRIC_OPTIONS } from '../../analysis/metrics/metric-settings';
import { findSignals } from '../../analysis/signals/find-signals';
import { DEFAULT_SIGNAL_SETTINGS } from '../../analysis/signals/signal-settings';
import { signalsResult } from '../../analysis/signals/signals-result';
import type { Benchmark, BenchRow } from './bench-types';
import { ensureDistrict, ensureProject } from './metrics.bench';

const settings = { ...DEFAULT_METRIC_OPTIONS, minimumN: 10 };

const signalsBenchmark: Benchmark = {
  name: 'signals, 1M students',
  async run() {
    const rows: BenchRow[] = [];
    const database = await ensureProject(ensureDistrict(rows), rows);
    try {
      let started = performance.now();
      const before = process.cpuUsage();
      const found = await findSignals(database.connection, settings, DEFAULT_SIGNAL_SETTINGS, { year: null, internal: false });
      const engine = (performance.now() - started) / 1000;
      const used = process.cpuUsage(before);
      const signals = found.cells.filter((c) => c.signal && !c.withheld).length;
      rows.push({ measure: `signals engine: ${found.cells.length.toLocaleString('en-US')} tests, ${signals.toLocaleString('en-US')} published signals (no budget)`, value: engine, unit: 's' });
      rows.push({ measure: 'signals engine: CPU time of this process (2 cores: wall >= CPU / 2)', value: (used.user + used.system) / 1e6, unit: 's' });
      started = performance.now();
      const result = await signalsResult(database.connection, settings, DEFAULT_SIGNAL_SETTINGS, { signalsOnly: true });
      rows.push({ measure: `getSignals (signals only, published as Arrow: ${(result.rows.byteLength / 1e6).toFixed(1)} MB)`, value: (performance.now() - started) / 1000, unit: 's' });
    } finally {
      database.close();
    }
    return rows;
  },
};

export const benchmarks: Benchmark[] = [signalsBenchmark];
