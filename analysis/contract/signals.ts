// Signals: gaps that are unlikely to be noise, across every Domain 1 and 2 metric, group and school.
// Types only (no runtime imports): part of the contract that analysis/api.ts re-exports.
import type { ArrowBytes } from '../api';

export interface SignalsRequest {
  /** Only rows of this metric (the family tested, and so every q-value, stays the whole panel). */
  metricId?: string;
  /** The school year tested (ending year); each metric's latest year by default. */
  year?: number;
  /** Only cells that are signals. */
  signalsOnly?: boolean;
  /** Unsuppressed, for on-screen review only: every row carries internal = true. */
  internal?: boolean;
}

export interface SignalSettingsInfo {
  /** A cell is a signal when its Benjamini-Hochberg q-value is below this ... */
  falseDiscoveryRate: number;
  /** ... and its gap is at least this many percentage points or its risk ratio this far from 1 ... */
  floorPoints: number;
  floorRatio: number;
  /** ... or, for scores and years, its standardized difference (Cohen's d) at least this. */
  floorEffectSize: number;
}

/** The family of tests the false-discovery rate is controlled across, stated with every answer. */
export interface SignalFamily {
  tests: number;
  gapTests: number;
  trendTests: number;
  metrics: string[];
  groupTypes: string[];
  /** School years the family reads: the years tested and the first years trends start from. */
  years: number[];
  signals: number;
  /** Cells whose figures small-cell suppression withholds (tested, counted in the family, not shown). */
  withheld: number;
  settings: SignalSettingsInfo;
  /** One paragraph for the methods appendix: the tests, the family and the false-discovery rate. */
  description: string;
}

export interface SignalsResult {
  family: SignalFamily;
  /**
   * Arrow columns, one row per tested cell, ranked (signals first, adverse before favourable, then by
   * certainty and size): rank (int, in the whole family, so a filtered list keeps it), metric_id, metric_label, domain (int), topic, unit, direction, kind
   * ('gap' | 'trend'), group_type, group_value, group_label, level ('district' | 'school'), school_id,
   * school_name, school_year, from_year, n, numerator, value, reference_n, reference_value, effect,
   * effect_lower, effect_upper, from_gap, risk_ratio, effect_size, test ('two_proportion_z' |
   * 'fisher_exact' | 'welch_t' | 'gap_change_z'), statistic, p, q, size (multiples of the practical
   * floor), adverse, signal, shrunk, shrunk_lower, shrunk_upper, ppg_moe, ppg_impacted,
   * proportionality_index, eighty_index, needed_parity, needed_inside_margin, needed_ratio, sentence,
   * internal, suppressed, suppression_reason. Rates are fractions; a withheld cell has every figure
   * null, signal false and suppressed true.
   */
  rows: ArrowBytes;
}

/** One published signal row, decoded (the columns of SignalsResult.rows; a withheld cell has null figures). */
export interface PublishedSignalRow {
  rank: number;
  metric_id: string;
  metric_label: string;
  domain: number;
  topic: string;
  unit: string;
  direction: 'higher_is_better' | 'lower_is_better';
  kind: 'gap' | 'trend';
  group_type: string;
  group_value: string;
  group_label: string;
  level: 'district' | 'school';
  school_id: string | null;
  school_name: string | null;
  school_year: number;
  from_year: number | null;
  n: number | null;
  numerator: number | null;
  value: number | null;
  reference_n: number | null;
  reference_value: number | null;
  effect: number | null;
  effect_lower: number | null;
  effect_upper: number | null;
  from_gap: number | null;
  risk_ratio: number | null;
  effect_size: number | null;
  test: string;
  statistic: number | null;
  p: number | null;
  q: number | null;
  size: number | null;
  adverse: boolean | null;
  signal: boolean;
  shrunk: number | null;
  shrunk_lower: number | null;
  shrunk_upper: number | null;
  ppg_moe: number | null;
  ppg_impacted: boolean | null;
  proportionality_index: number | null;
  eighty_index: number | null;
  needed_parity: number | null;
  needed_inside_margin: number | null;
  needed_ratio: number | null;
  sentence: string | null;
  internal: boolean;
  suppressed: boolean;
  suppression_reason: string | null;
}

export interface UpdateSignalSettingsRequest {
  falseDiscoveryRate?: number;
  floorPoints?: number;
  floorRatio?: number;
  floorEffectSize?: number;
}
