// Small-cell suppression of one partition of a metric table (the groups compared within one year and
// facet, plus their total): which denominators, numerators and rates may be published, and why not.
// Pure; analysis/privacy/publish.ts applies it to every metric table the service returns.
import { bottomCoded, isExtremeRate, topCoded, type CodedRate } from './rate-coding';
import { suppressCountsWithTotal, type SuppressionSettings } from './suppression';

export type MetricSuppressionReason =
  | 'small_n' // fewer units in the group than the minimum
  | 'complementary_n' // group size hidden so a small group's size cannot be worked out from the total
  | 'small_count' // fewer with the outcome than the minimum
  | 'small_complement' // fewer without the outcome than the minimum
  | 'extreme_rate' // the rate is top- or bottom-coded for its group size
  | 'complementary'; // hidden so a small count cannot be worked out from the total

export interface PartitionInput {
  /** Units per group (students counted). */
  n: readonly number[];
  /** Units with the outcome per group; null for means, whose numerator is not a count. */
  x: readonly number[] | null;
  totalN: number;
  totalX: number;
  /** Whether group sizes add up to the total (false when n is the total itself, as for representation). */
  nAddsUp: boolean;
  /**
   * Which shown cell to withhold first when a complement is needed: lowest first. By default the
   * smallest group, whose figure is the least stable anyway; a "not reported" group can go first.
   */
  priority?: readonly number[];
  /**
   * Cells withheld by the decision over every linked table (linked-suppression.ts): their size or their
   * count is hidden whatever this table alone would allow, so that no other table gives them away.
   */
  forcedN?: readonly boolean[];
  forcedX?: readonly boolean[];
  totalForced?: { n: boolean; x: boolean };
}

export interface CellSuppression {
  nReason: MetricSuppressionReason | null;
  xReason: MetricSuppressionReason | null;
  rate: CodedRate;
}

export interface PartitionSuppression {
  cells: CellSuppression[];
  total: CellSuppression;
}

const EXACT: CodedRate = { coding: 'exact', bound: NaN, text: null };
const HIDDEN: CodedRate = { coding: 'hidden', bound: NaN, text: '*' };

export function suppressPartition(input: PartitionInput, settings: SuppressionSettings): PartitionSuppression {
  const min = settings.minimumN;
  const count = input.n.length;
  const cells: CellSuppression[] = input.n.map(() => ({ nReason: null, xReason: null, rate: EXACT }));

  // 1. Group sizes: small ones hidden, and complementary ones so they cannot be recovered from the total.
  let totalNShown = input.totalN >= min;
  if (input.nAddsUp) {
    const sizes = suppressCountsWithTotal(input.n, settings);
    sizes.reasons.forEach((reason, i) => (cells[i]!.nReason = reason === 'small_count' ? 'small_n' : reason === 'complementary' ? 'complementary_n' : null));
    totalNShown &&= sizes.totalShown;
  } else if (!totalNShown) cells.forEach((cell) => (cell.nReason = 'small_n'));
  input.forcedN?.forEach((forced, i) => forced && !cells[i]!.nReason && (cells[i]!.nReason = 'complementary_n'));
  if (input.totalForced?.n) totalNShown = false;
  for (const cell of cells) if (cell.nReason) cell.rate = cell.nReason === 'small_n' ? { ...HIDDEN, text: `n<${min}` } : HIDDEN;

  const x = input.x;
  if (!x) {
    // A mean's numerator is not published; its value goes wherever its group size goes.
    return { cells, total: { nReason: totalNShown ? null : 'small_n', xReason: null, rate: totalNShown ? EXACT : { ...HIDDEN, text: `n<${min}` } } };
  }

  // 2. Numerators: small counts, small complements and extreme rates are coded, not shown.
  for (let i = 0; i < count; i++) {
    const cell = cells[i]!;
    if (cell.nReason) {
      cell.xReason = cell.nReason;
      continue;
    }
    const n = input.n[i]!;
    const xi = x[i]!;
    if (xi < min) [cell.xReason, cell.rate] = ['small_count', bottomCoded(n, min)];
    else if (n - xi < min) [cell.xReason, cell.rate] = ['small_complement', topCoded(n, min)];
    else {
      const extreme = isExtremeRate(xi, n);
      if (extreme) [cell.xReason, cell.rate] = ['extreme_rate', extreme === 'bottom' ? bottomCoded(n, min) : topCoded(n, min)];
    }
  }

  input.forcedX?.forEach((forced, i) => {
    if (forced && !cells[i]!.xReason) [cells[i]!.xReason, cells[i]!.rate] = ['complementary', HIDDEN];
  });

  // 3. Complementary suppression against the total, until the hidden cells give nothing small away.
  // Without adding-up group sizes (representation), the total is the whole: x = n there, and 100% says nothing.
  let totalXShown = totalNShown && !input.totalForced?.x && input.totalX >= min && (!input.nAddsUp || input.totalN - input.totalX >= min);
  while (totalXShown && !hiddenSafe(input, cells, min)) {
    const next = smallestShown(input, cells);
    if (next < 0) totalXShown = false;
    else [cells[next]!.xReason, cells[next]!.rate] = ['complementary', HIDDEN];
  }

  let total: CellSuppression = { nReason: null, xReason: null, rate: EXACT };
  if (!totalNShown) total = { nReason: 'small_n', xReason: 'small_n', rate: { ...HIDDEN, text: `n<${min}` } };
  else if (input.totalX < min) total = { nReason: null, xReason: 'small_count', rate: bottomCoded(input.totalN, min) };
  else if (input.nAddsUp && input.totalN - input.totalX < min) total = { nReason: null, xReason: 'small_complement', rate: topCoded(input.totalN, min) };
  else if (!totalXShown) total = { nReason: null, xReason: 'complementary', rate: HIDDEN };
  return { cells, total };
}

function smallestShown(input: PartitionInput, cells: CellSuppression[]): number {
  const rank = (i: number) => input.priority?.[i] ?? input.n[i]!;
  let best = -1;
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]!.xReason) continue;
    if (best < 0 || rank(i) < rank(best) || (rank(i) === rank(best) && input.x![i]! < input.x![best]!)) best = i;
  }
  return best;
}

/**
 * Safe when nothing is hidden, or at least two cells are hidden, what they hold with and without the
 * outcome each adds up to the minimum, and no small count is pinned to one value by the total and
 * what the other hidden cells are known to hold.
 */
export function hiddenSafe(input: PartitionInput, cells: readonly CellSuppression[], min: number): boolean {
  if (cells.every((cell) => cell.xReason === null)) return true;
  const hidden = cells.map((_, i) => i).filter((i) => cells[i]!.xReason !== null);
  if (hidden.length < 2) return false;
  let withOutcome = 0;
  let without = 0;
  for (const i of hidden) {
    withOutcome += input.x![i]!;
    without += input.n[i]! - input.x![i]!;
  }
  if (withOutcome < min || without < min) return false;
  // Complementary cells are known only to be large; every other hidden value must stay ambiguous,
  // both as a count with the outcome and as a count without it.
  const protectedCell = hidden.map((i) => cells[i]!.xReason !== 'complementary' && cells[i]!.xReason !== 'complementary_n');
  const xBounds = hidden.map((i) => knownBounds(input, cells[i]!, i, min, withOutcome));
  const cBounds = hidden.map((i, k): [number, number] => {
    const reason = cells[i]!.xReason;
    if (reason === 'small_n') return [0, min - 1];
    if (reason === 'complementary_n') return [0, without];
    return [input.n[i]! - xBounds[k]![1], input.n[i]! - xBounds[k]![0]];
  });
  return !pinned(xBounds, withOutcome, protectedCell) && !pinned(cBounds, without, protectedCell);
}

/** What a reader can tell about a hidden numerator from its published reason, size and coded rate. */
export function knownBounds(input: PartitionInput, cell: CellSuppression, i: number, min: number, hiddenSum: number): [number, number] {
  const n = input.n[i]!;
  switch (cell.xReason) {
    case 'small_n':
      return [0, min - 1];
    case 'complementary_n':
      return [0, hiddenSum];
    case 'small_count':
      return [0, Math.min(min - 1, n)];
    case 'small_complement':
      return [Math.max(0, n - min + 1), n];
    case 'extreme_rate':
      return cell.rate.coding === 'bottom' ? [min, Math.floor((cell.rate.bound / 100) * n + 1e-9)] : [Math.ceil((cell.rate.bound / 100) * n - 1e-9), n - min];
    default:
      return [min, Math.max(min, n - min)];
  }
}

/** Whether any small (non-complementary) hidden value has only one value consistent with the sum. */
function pinned(bounds: [number, number][], sum: number, small: boolean[]): boolean {
  let lows = 0;
  let highs = 0;
  for (const [lo, hi] of bounds) {
    lows += lo;
    highs += hi;
  }
  return bounds.some(([lo, hi], k) => small[k] && Math.max(lo, sum - (highs - hi)) >= Math.min(hi, sum - (lows - lo)));
}
