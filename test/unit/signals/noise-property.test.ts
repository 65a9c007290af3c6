// Pure noise gives (almost) no signals: when every group has the same rate, Benjamini-Hochberg keeps
// the share of runs with any false discovery at or below the false-discovery rate, over many seeds.
// The same generator with one real disparity finds it, so the check is not passing by finding nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BaseCells } from '../../../analysis/metrics/compute/base-cells';
import { computeMetric } from '../../../analysis/metrics/compute/compute-metric';
import type { Grouping } from '../../../analysis/metrics/compile/metric-query';
import { DEFAULT_METRIC_OPTIONS } from '../../../analysis/metrics/metric-settings';
import type { PanelFrame } from '../../../analysis/metrics/panel-frames';
import { findMetric } from '../../../analysis/metrics/registry';
import { frameSignalCells } from '../../../analysis/signals/find-signals';
import { controlFamily } from '../../../analysis/signals/signal-family';
import type { SignalSettings } from '../../../analysis/signals/signal-settings';
import { baseCellsOf } from '../../support/base-cells';

const oss = findMetric('out_of_school_suspension')!;
const GROUPS = ['black', 'white', 'hispanic_latino', 'asian', 'two_or_more', 'american_indian_alaska_native'];
const SCHOOLS = ['101', '102', '103', '104', '105', '106', '107', '108'];
const YEARS = [2023, 2024];
// Floors off: only the false-discovery control stands between noise and a signal.
const NO_FLOORS: SignalSettings = { falseDiscoveryRate: 0.05, floorPoints: 0, floorRatio: 1, floorEffectSize: 0 };

/** A small seeded generator (mulberry32), so each fast-check seed is one reproducible district. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cell {
  school: string;
  year: number;
  group: string;
  n: number;
  x: number;
}

function district(seed: number, rate: number, blackMultiplier = 1): Cell[] {
  const next = random(seed);
  const cells: Cell[] = [];
  for (const school of SCHOOLS) {
    for (const year of YEARS) {
      for (const group of GROUPS) {
        const n = 20 + Math.floor(next() * 380);
        const p = group === 'black' ? Math.min(1, rate * blackMultiplier) : rate;
        let x = 0;
        for (let i = 0; i < n; i++) if (next() < p) x++;
        cells.push({ school, year, group, n, x });
      }
    }
  }
  return cells;
}

/** Base cells as the compiled query returns them: groups and each partition's total. */
function baseCells(cells: readonly Cell[], bySchool: boolean): BaseCells {
  const merged = new Map<string, Cell>();
  for (const c of cells) {
    const key = `${bySchool ? c.school : ''}|${c.year}|${c.group}`;
    const prior = merged.get(key);
    merged.set(key, prior ? { ...prior, n: prior.n + c.n, x: prior.x + c.x } : { ...c, school: bySchool ? c.school : '' });
  }
  const groups = [...merged.values()];
  const totals = new Map<string, Cell>();
  for (const c of groups) {
    const key = `${c.school}|${c.year}`;
    const t = totals.get(key);
    totals.set(key, t ? { ...t, n: t.n + c.n, x: t.x + c.x } : { ...c, group: 'all' });
  }
  const rows = [...groups.map((c) => ({ ...c, total: false })), ...[...totals.values()].map((c) => ({ ...c, total: true }))];
  return baseCellsOf(rows.map((r) => ({ year: r.year, facet: r.school, group: r.group, total: r.total, n: r.n, y: r.x })));
}

function frame(cells: readonly Cell[], bySchool: boolean): PanelFrame {
  const grouping: Grouping = { primary: 'race_ethnicity', facet: bySchool ? 'school' : null };
  const base = baseCells(cells, bySchool);
  const computed = computeMetric(base, oss, grouping, { settings: { ...DEFAULT_METRIC_OPTIONS, minimumN: 10 }, reference: { kind: 'all_others' }, requestedYears: null, state: null });
  return { metric: oss, grouping, computed };
}

function signals(cells: readonly Cell[], settings: SignalSettings) {
  const tested = [...frameSignalCells(frame(cells, false), 0, { year: null }, settings), ...frameSignalCells(frame(cells, true), 1, { year: null }, settings)];
  controlFamily(tested, settings);
  return tested;
}

describe('signals on pure noise', () => {
  const runs = fc.sample(fc.record({ seed: fc.integer(), rate: fc.double({ min: 0.03, max: 0.5, noNaN: true }) }), { numRuns: 200, seed: 1729 });

  it('has a false discovery in at most the false-discovery share of districts (plus sampling slack)', () => {
    let withDiscovery = 0;
    let tests = 0;
    for (const run of runs) {
      const tested = signals(district(run.seed, run.rate), NO_FLOORS);
      tests = tested.length;
      if (tested.some((c) => c.signal)) withDiscovery++;
    }
    // Every group of every school and the district, latest year and trend: one family per district.
    expect(tests).toBe(GROUPS.length * (SCHOOLS.length + 1) * 2);
    // Under the global null the BH false-discovery rate is P(any discovery) <= 0.05; 200 districts give
    // a standard error of 0.015, so more than 0.05 + 2.33 SE (one-sided 1%) would be a real excess.
    expect(withDiscovery / runs.length).toBeLessThanOrEqual(0.05 + 2.33 * Math.sqrt((0.05 * 0.95) / runs.length));
  });

  it('finds a real disparity (2.5 times the rate for one group) with the same generator and settings', () => {
    const tested = signals(district(7, 0.04, 2.5), NO_FLOORS);
    const districtBlack = tested.find((c) => c.schoolId === null && c.group === 'black' && c.kind === 'gap')!;
    expect(districtBlack.signal).toBe(true);
    expect(districtBlack.adverse).toBe(true);
    expect(districtBlack.riskRatio).toBeGreaterThan(2);
  });
});
