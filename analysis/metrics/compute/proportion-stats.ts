// Statistics of a proportion metric, cell by cell: rate and Wilson interval, comparison with all other
// students, IDEA risk ratios with their minimum tests, composition index and funnel limits.
import { proportionFunnel, funnelPosition } from '../statistics/funnel';
import {
  alternateRiskRatio,
  alternateRiskRatioNote,
  groupTestNote,
  riskRatio,
  riskRatioNote,
  weightedRiskRatio,
  type RatioNote,
} from '../statistics/risk-ratio';
import { compositionIndex } from '../statistics/shares';
import { wilsonLower, wilsonUpper } from '../statistics/wilson';
import type { RiskRatioOptions } from '../metric-settings';
import type { MetricFrame } from './metric-frame';
import { FUNNEL_POSITION } from './metric-frame';
import { NOTE, noteIndex } from './notes';
import type { Partitions } from './partitions';
import { stateComparison, stateShare, type StateFigures } from './state-figures';

export interface ProportionContext {
  riskRatio: RiskRatioOptions;
  state: StateFigures | null;
  /** State figures only compare like with like: not within a student-group facet. */
  stateComparable: boolean;
  schoolComparison: boolean;
  /** Risk ratios against a named group (the civil-rights convention: Black students against White students) instead of all others. */
  groupReference: boolean;
}

/** Rates and intervals of every row (cells and totals). */
export function proportionValues(frame: MetricFrame): void {
  const { value, lower, upper } = frame.stats;
  for (let r = 0; r < frame.rows; r++) {
    value[r] = frame.x[r]! / frame.n[r]!;
    lower[r] = wilsonLower(frame.x[r]!, frame.n[r]!);
    upper[r] = wilsonUpper(frame.x[r]!, frame.n[r]!);
  }
}

export function proportionComparisons(frame: MetricFrame, parts: Partitions, context: ProportionContext): void {
  const { stats, notes, tests, x, n } = frame;
  const settings = context.riskRatio;
  for (let p = 0; p < parts.count; p++) {
    const t = parts.totalRow[p]!;
    const X = t >= 0 ? x[t]! : NaN;
    const N = t >= 0 ? n[t]! : NaN;
    const from = parts.start[p]!;
    const to = parts.start[p + 1]!;
    const risks = new Float64Array(to - from);
    const shares = new Float64Array(to - from);
    for (let i = from; i < to; i++) {
      const r = parts.members[i]!;
      const ref = frame.referenceRow[r]!;
      const named = context.groupReference;
      const xc = named ? (ref >= 0 ? x[ref]! : NaN) : X - x[r]!;
      const nc = named ? (ref >= 0 ? n[ref]! : NaN) : N - n[r]!;
      stats.comparisonValue[r] = nc > 0 ? xc / nc : NaN;
      tests.groupCellTest[r] = x[r]! >= settings.minimumCellSize ? 1 : 0;
      tests.groupNTest[r] = n[r]! >= settings.minimumNSize ? 1 : 0;
      tests.comparisonCellTest[r] = xc >= settings.minimumCellSize ? 1 : 0;
      tests.comparisonNTest[r] = nc >= settings.minimumNSize ? 1 : 0;

      const rrNote = riskRatioNote(x[r]!, n[r]!, xc, nc, settings);
      if (rrNote === null && !(named && ref === r)) stats.riskRatio[r] = riskRatio(x[r]!, n[r]!, xc, nc);
      notes.riskRatio[r] = named && ref === r ? NOTE.is_reference : named && ref < 0 ? NOTE.reference_unavailable : noteIndex(rrNote);

      const state = context.stateComparable ? stateComparison(context.state, frame.year[r]!, frame.group[r]!) : { x: NaN, n: NaN };
      stats.stateComparisonValue[r] = state.n > 0 ? state.x / state.n : NaN;
      const arrNote = alternateRiskRatioNote(x[r]!, n[r]!, state.x, state.n, settings);
      if (arrNote === null) stats.alternateRiskRatio[r] = alternateRiskRatio(x[r]!, n[r]!, state.x, state.n);
      notes.alternateRiskRatio[r] = noteIndex(arrNote);
      frame.method[r] = rrNote === null ? 1 : usesAlternate(rrNote) && arrNote === null ? 2 : 0;

      risks[i - from] = stats.value[r]!;
      shares[i - from] = context.stateComparable ? stateShare(context.state, frame.year[r]!, frame.group[r]!) : NaN;
      stats.stateShare[r] = shares[i - from]!;

      stats.outcomeShare[r] = X > 0 ? x[r]! / X : NaN;
      stats.populationShare[r] = N > 0 ? n[r]! / N : NaN;
      stats.compositionIndex[r] = compositionIndex(x[r]!, n[r]!, X, N);
      notes.composition[r] = X > 0 ? 0 : NOTE.no_outcomes;
      if (context.schoolComparison && t >= 0) setFunnel(frame, r, stats.value[t]!);
      else notes.funnel[r] = NOTE.not_school_comparison;
      notes.effectSize[r] = NOTE.not_applicable;
    }
    for (let i = from; i < to; i++) {
      const r = parts.members[i]!;
      const own = groupTestNote(x[r]!, n[r]!, settings);
      let note: RatioNote | null = own;
      if (!own) {
        if (!Number.isFinite(shares[i - from]!)) note = 'no_state_data';
        else {
          stats.weightedRiskRatio[r] = weightedRiskRatio(i - from, risks, shares);
          if (!Number.isFinite(stats.weightedRiskRatio[r]!)) note = 'zero_comparison_risk';
        }
      }
      notes.weightedRiskRatio[r] = noteIndex(note);
    }
    if (t >= 0) markTotal(frame, t);
  }
}

/** The alternate ratio stands in when the district's comparison group is what fails. */
const usesAlternate = (note: RatioNote): boolean => note === 'comparison_below_minimum' || note === 'no_comparison_group' || note === 'zero_comparison_risk';

function setFunnel(frame: MetricFrame, r: number, target: number): void {
  const limits = proportionFunnel(target, frame.n[r]!);
  frame.stats.funnelTarget[r] = target;
  frame.stats.funnelLower95[r] = limits.lower95;
  frame.stats.funnelUpper95[r] = limits.upper95;
  frame.stats.funnelLower998[r] = limits.lower998;
  frame.stats.funnelUpper998[r] = limits.upper998;
  frame.funnelPosition[r] = FUNNEL_POSITION.indexOf(funnelPosition(frame.stats.value[r]!, limits));
}

/** The total is what the groups are compared with: its own comparison statistics do not exist. */
export function markTotal(frame: MetricFrame, t: number): void {
  for (const column of ['riskRatio', 'alternateRiskRatio', 'weightedRiskRatio', 'composition', 'funnel', 'flag'] as const) frame.notes[column][t] = NOTE.is_total;
  frame.notes.effectSize[t] = frame.metric.effectSizes ? NOTE.is_total : NOTE.not_applicable;
}
