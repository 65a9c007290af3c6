// False-discovery control across the whole family of tested cells, the signal rule (q below the
// setting and the effect past its practical floor) and the ranking: surest first, then largest.
import { benjaminiHochberg } from '../metrics/statistics/false-discovery-rate';
import type { SignalSettings } from './signal-settings';
import type { SignalCell } from './signal-types';

/** Certainty bands used to rank: within a band, larger effects (in multiples of their floor) come first. */
const BANDS = [0.001, 0.01];

export function controlFamily(cells: SignalCell[], settings: SignalSettings): void {
  const q = benjaminiHochberg(cells.map((c) => c.test.p));
  cells.forEach((cell, i) => {
    cell.q = q[i]!;
    cell.signal = cell.q < settings.falseDiscoveryRate && cell.size >= 1;
  });
}

const band = (q: number): number => {
  const index = BANDS.findIndex((b) => q < b);
  return Number.isNaN(q) ? BANDS.length + 1 : index < 0 ? BANDS.length : index;
};

/** Signals first, adverse before favourable, then by certainty band, then by size. */
export function rankCells(cells: SignalCell[]): SignalCell[] {
  return [...cells].sort(
    (a, b) => Number(b.signal) - Number(a.signal) || Number(b.adverse) - Number(a.adverse) || band(a.q) - band(b.q) || b.size - a.size || a.test.p - b.test.p,
  );
}
