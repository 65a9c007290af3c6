// Adds to each rate's gap cell what the field reads beside the test: the empirical-Bayes estimate
// shrunk toward its school's or the district's rate, and the disproportionate-impact measures with
// the students needed to reach parity, to fall inside the margin and to bring a risk ratio under the floor.
import type { PanelFrame } from '../metrics/panel-frames';
import { NOT_REPORTED } from '../metrics/registry/group-types';
import { eightyPercentIndex, fewerNeededForRatio, percentagePointGap, proportionalityIndex, type Counts } from '../metrics/statistics/disproportionate-impact';
import { betaBinomialStrength, shrinkRate, type ShrinkageCell } from '../metrics/statistics/empirical-bayes';
import { totalRows } from './gap-cells';
import type { SignalCell } from './signal-types';

export function addFieldMethods(frame: PanelFrame, cells: readonly SignalCell[], floorRatio: number): void {
  const gaps = cells.filter((c) => c.kind === 'gap');
  if (frame.metric.kind !== 'proportion' || gaps.length === 0) return;
  const f = frame.computed.frame;
  const totals = totalRows(frame);
  const year = gaps[0]!.year;
  const rate = (r: number) => f.x[r]! / f.n[r]!;

  // One prior strength for the frame's year, from every group of every school (or the district).
  const partitionMembers = new Map<number, number[]>();
  const shrinkage: ShrinkageCell[] = [];
  for (let r = 0; r < f.rows; r++) {
    if (f.isTotal[r] || f.year[r] !== year || f.group[r] === NOT_REPORTED || !(f.n[r]! > 0)) continue;
    const t = totals.get(f.partition[r]!);
    if (t === undefined) continue;
    shrinkage.push({ x: f.x[r]!, n: f.n[r]!, prior: rate(t) });
    const members = partitionMembers.get(f.partition[r]!);
    if (members) members.push(r);
    else partitionMembers.set(f.partition[r]!, [r]);
  }
  const strength = betaBinomialStrength(shrinkage);

  // The field's methods assume a favourable outcome; for an adverse one they read its complement.
  const adverse = frame.metric.direction === 'lower_is_better';
  const favourable = (r: number): Counts => ({ x: adverse ? f.n[r]! - f.x[r]! : f.x[r]!, n: f.n[r]! });
  const indices = new Map<number, { pi: number; eighty: number }>();
  for (const members of partitionMembers.values()) {
    const counts = members.map(favourable);
    const pi = proportionalityIndex(counts);
    const eighty = eightyPercentIndex(counts);
    members.forEach((r, i) => indices.set(r, { pi: pi[i]!.index, eighty: eighty[i]!.index }));
  }

  for (const cell of gaps) {
    const t = totals.get(f.partition[cell.row]!)!;
    const shrunk = shrinkRate({ x: cell.x, n: cell.n, prior: rate(t) }, strength);
    cell.shrunk = shrunk.estimate;
    cell.shrunkLower = shrunk.lower;
    cell.shrunkUpper = shrunk.upper;
    const reference = adverse ? 1 - cell.referenceValue : cell.referenceValue;
    const ppg = percentagePointGap(favourable(cell.row), reference);
    cell.ppgMoe = ppg.moe;
    cell.ppgImpacted = ppg.impacted;
    cell.neededParity = ppg.neededParity;
    cell.neededInsideMargin = ppg.neededNotImpacted;
    cell.proportionalityIndex = indices.get(cell.row)?.pi ?? NaN;
    cell.eightyIndex = indices.get(cell.row)?.eighty ?? NaN;
    cell.neededRatio = adverse ? fewerNeededForRatio({ x: cell.x, n: cell.n }, cell.referenceValue, floorRatio) : NaN;
  }
}
