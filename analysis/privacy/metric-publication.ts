// Applies small-cell suppression to a computed metric table: every figure that would reveal a small
// group, directly or through a statistic derived from it, is withheld with the reason. Pure; the
// result is what analysis/privacy/publish.ts serialises.
import { buildPartitions, type Partitions } from '../metrics/compute/partitions';
import { STAT_COLUMNS, NOTE_COLUMNS, PROGRESS_COLUMNS, TEST_COLUMNS, type MetricFrame, type NoteColumn, type StatColumn } from '../metrics/compute/metric-frame';
import { NOTE } from '../metrics/compute/notes';
import { NOT_REPORTED } from '../metrics/registry/group-types';
import { suppressPartition, type CellSuppression, type MetricSuppressionReason } from './metric-suppression';
import type { LinkedDecisions } from './linked-cube';
import type { SuppressionSettings } from './suppression';

export interface PublishedFigures {
  /** The frame's statistics with withheld ones set to NaN and their notes to 'suppressed'. */
  frame: MetricFrame;
  numeratorShown: Uint8Array;
  denominatorShown: Uint8Array;
  /** Text in place of a withheld figure ("<10", "<3.4%", ">=99%", "*"); null when it is shown. */
  numeratorText: (string | null)[];
  denominatorText: (string | null)[];
  valueText: (string | null)[];
  reason: (MetricSuppressionReason | null)[];
}

/** Statistics that reveal a group's own figure, withheld with it. */
const DEPENDENT: readonly StatColumn[] = [
  'value', 'lower', 'upper', 'referenceValue', 'gap', 'comparisonValue', 'riskRatio', 'alternateRiskRatio', 'weightedRiskRatio',
  'outcomeShare', 'compositionIndex', 'cohensD', 'hedgesG', 'priorValue', 'change', 'yearsOverThreshold', 'funnelTarget',
  'funnelLower95', 'funnelUpper95', 'funnelLower998', 'funnelUpper998', 'studentsNeeded',
];

/** Statistics withheld with a hidden group size, prior year, reference, share of students or streak year. */
const SHARE: readonly StatColumn[] = ['populationShare'];
const CHANGE: readonly StatColumn[] = ['priorValue', 'change'];
const COMPARED_WITH_REFERENCE: readonly StatColumn[] = ['referenceValue', 'gap', 'cohensD', 'hedgesG'];
const COMPARED_WITH_SHARE: readonly StatColumn[] = ['referenceValue', 'gap', 'compositionIndex'];
const STREAK: readonly StatColumn[] = ['yearsOverThreshold'];

export function applyMetricSuppression(computed: MetricFrame, comparisonCount: Float64Array | null, settings: SuppressionSettings, linked?: LinkedDecisions | null): PublishedFigures {
  const frame = copyFrame(computed);
  const rows = frame.rows;
  const min = settings.minimumN;
  const kind = frame.metric.kind;
  const result: PublishedFigures = {
    frame,
    numeratorShown: new Uint8Array(rows),
    denominatorShown: new Uint8Array(rows),
    numeratorText: new Array(rows).fill(null),
    denominatorText: new Array(rows).fill(null),
    valueText: new Array(rows).fill(null),
    reason: new Array(rows).fill(null),
  };
  const valueShown = new Uint8Array(rows);
  const parts = buildPartitions(frame.facet, frame.year, frame.isTotal);
  for (let p = 0; p < parts.count; p++) {
    const members = rowsOf(parts, p);
    const t = parts.totalRow[p]!;
    // Plain loops: a panel has hundreds of thousands of partitions, and a closure per column per partition adds up.
    const n = new Array<number>(members.length);
    const x = new Array<number>(members.length);
    // "Not reported" tells a reader least, so it is withheld first; then the smallest group.
    const priority = new Array<number>(members.length);
    for (let k = 0; k < members.length; k++) {
      const r = members[k]!;
      n[k] = frame.n[r]!;
      x[k] = frame.x[r]!;
      priority[k] = frame.group[r] === NOT_REPORTED ? -1 : frame.n[r]!;
    }
    const linkedCell = (r: number) =>
      linked?.cell(frame.year[r]!, frame.isTotal[r] ? null : frame.groupType, frame.isTotal[r] ? null : frame.group[r]!, frame.facetType, frame.facet[r]!);
    const forced = linked ? members.map(linkedCell) : null;
    const totalCell = linked && t >= 0 ? linkedCell(t) : undefined;
    const decision = suppressPartition(
      {
        n,
        x: kind === 'mean' ? null : x,
        totalN: t >= 0 ? frame.n[t]! : n.reduce((sum, v) => sum + v, 0),
        totalX: t >= 0 ? frame.x[t]! : x.reduce((sum, v) => sum + v, 0),
        nAddsUp: kind !== 'representation',
        priority,
        forcedN: forced?.map((c) => c?.hideN === true),
        forcedX: forced?.map((c) => c?.hideX === true),
        totalForced: { n: totalCell?.hideN === true, x: totalCell?.hideX === true },
      },
      settings,
    );
    for (let k = 0; k < members.length; k++) record(result, valueShown, members[k]!, decision.cells[k]!, min);
    if (t >= 0) record(result, valueShown, t, decision.total, min);
  }

  // Withheld column by column (a panel withholds millions of figures): first what a hidden figure
  // reveals, then what leans on a hidden prior year, reference, share or streak year.
  const where = (test: (r: number) => boolean) => {
    const matching: number[] = [];
    for (let r = 0; r < rows; r++) if (test(r)) matching.push(r);
    return matching;
  };
  withhold(frame, where((r) => !valueShown[r]), DEPENDENT);
  withhold(frame, where((r) => !result.denominatorShown[r]), SHARE);
  withhold(frame, where((r) => frame.priorRow[r]! >= 0 && !valueShown[frame.priorRow[r]!]), CHANGE);
  withhold(frame, where((r) => frame.referenceRow[r]! >= 0 && !valueShown[frame.referenceRow[r]!]), COMPARED_WITH_REFERENCE);
  // A representation gap compares with the group's share of students, hidden when they are few.
  if (comparisonCount) withhold(frame, where((r) => comparisonCount[r]! < min), COMPARED_WITH_SHARE);
  withhold(frame, where((r) => streakTouchesHidden(frame, r, valueShown)), STREAK);
  // Progress compares a row's ratio with the two years before: withheld with any of the three figures, and so
  // is the identification that rests on it and on the streak.
  const progressHidden = where((r) => !valueShown[r] || [frame.priorRow[r]!, frame.priorRow[frame.priorRow[r]!] ?? -1].some((p) => p >= 0 && !valueShown[p]) || !Number.isFinite(frame.stats.yearsOverThreshold[r]!));
  for (const column of PROGRESS_COLUMNS) for (const r of progressHidden) frame.progress[column][r] = -1;
  for (let r = 0; r < rows; r++) if (!Number.isFinite(frame.stats.yearsOverThreshold[r]!) && frame.notes.flag[r] === NOTE.suppressed) frame.flagged[r] = 0;
  withholdWeightedRiskRatios(frame, parts, valueShown);
  return result;
}

function record(result: PublishedFigures, valueShown: Uint8Array, r: number, cell: CellSuppression, min: number): void {
  const n = result.frame.n[r]!;
  result.denominatorShown[r] = cell.nReason ? 0 : 1;
  result.denominatorText[r] = cell.nReason === 'small_n' ? `<${min}` : cell.nReason ? '*' : null;
  const mean = result.frame.metric.kind === 'mean';
  result.numeratorShown[r] = !mean && !cell.xReason ? 1 : 0;
  if (!mean) result.numeratorText[r] = numeratorText(cell.xReason, n, min);
  valueShown[r] = mean ? (cell.nReason ? 0 : 1) : cell.rate.coding === 'exact' ? 1 : 0;
  result.valueText[r] = mean ? (cell.nReason ? cell.rate.text : null) : cell.rate.text;
  result.reason[r] = cell.nReason ?? (mean ? null : cell.xReason);
}

function numeratorText(reason: MetricSuppressionReason | null, n: number, min: number): string | null {
  switch (reason) {
    case null:
      return null;
    case 'small_count':
    case 'small_n':
      return `<${min}`;
    case 'small_complement':
      return `>${n - min}`;
    default:
      return '*';
  }
}

const NOTE_OF: Partial<Record<StatColumn, NoteColumn>> = {
  value: 'value', gap: 'gap', referenceValue: 'gap', riskRatio: 'riskRatio', alternateRiskRatio: 'alternateRiskRatio', weightedRiskRatio: 'weightedRiskRatio',
  compositionIndex: 'composition', outcomeShare: 'composition', cohensD: 'effectSize', hedgesG: 'effectSize', change: 'change', priorValue: 'change',
  yearsOverThreshold: 'flag', studentsNeeded: 'flag', funnelTarget: 'funnel',
};

function withhold(frame: MetricFrame, rows: readonly number[], columns: readonly StatColumn[]): void {
  for (const column of columns) {
    const values = frame.stats[column];
    const note = NOTE_OF[column];
    const notes = note ? frame.notes[note] : null;
    for (const r of rows) {
      values[r] = NaN;
      // A note that explains why a statistic does not exist at all stays; anything else becomes "suppressed".
      if (notes && notes[r] !== NOTE.not_applicable && notes[r] !== NOTE.is_total) notes[r] = NOTE.suppressed;
    }
  }
  const value = columns.includes('value');
  const tests = TEST_COLUMNS.map((test) => frame.tests[test]);
  for (const r of rows) {
    if (value) {
      for (const test of tests) test[r] = -1;
      frame.method[r] = 0;
      frame.funnelPosition[r] = 0;
    }
    if (value || columns.includes('yearsOverThreshold')) frame.flagged[r] = 0;
  }
}

/** Whether the years counted in a row's streak include a year whose figure is withheld. */
function streakTouchesHidden(frame: MetricFrame, r: number, valueShown: Uint8Array): boolean {
  let years = frame.stats.yearsOverThreshold[r]!;
  let row = frame.priorRow[r]!;
  while (Number.isFinite(years) && years > 1 && row >= 0) {
    if (!valueShown[row]) return true;
    years--;
    row = frame.priorRow[row]!;
  }
  return false;
}

/**
 * The weighted risk ratio mixes every group's risk that has a state share. Where one of those risks is
 * withheld, the ratio is withheld too, with a note: recomputing it without that group would publish a
 * different statistic under the same name, and the defined one could be solved for the hidden risk.
 */
function withholdWeightedRiskRatios(frame: MetricFrame, parts: Partitions, valueShown: Uint8Array): void {
  for (let p = 0; p < parts.count; p++) {
    const members = rowsOf(parts, p);
    const inputs = members.filter((r) => Number.isFinite(frame.stats.stateShare[r]!));
    for (const r of members) {
      if (!valueShown[r] || !Number.isFinite(frame.stats.weightedRiskRatio[r]!)) continue;
      if (inputs.every((k) => k === r || valueShown[k])) continue;
      frame.stats.weightedRiskRatio[r] = NaN;
      frame.notes.weightedRiskRatio[r] = NOTE.input_withheld;
    }
  }
}

function copyFrame(frame: MetricFrame): MetricFrame {
  return {
    ...frame,
    stats: Object.fromEntries(STAT_COLUMNS.map((c) => [c, frame.stats[c].slice()])) as MetricFrame['stats'],
    notes: Object.fromEntries(NOTE_COLUMNS.map((c) => [c, frame.notes[c].slice()])) as MetricFrame['notes'],
    tests: Object.fromEntries(TEST_COLUMNS.map((c) => [c, frame.tests[c].slice()])) as MetricFrame['tests'],
    progress: Object.fromEntries(PROGRESS_COLUMNS.map((c) => [c, frame.progress[c].slice()])) as MetricFrame['progress'],
    method: frame.method.slice(),
    flagged: frame.flagged.slice(),
    funnelPosition: frame.funnelPosition.slice(),
  };
}

/** The group rows of partition p as a plain array (Array.from on a typed array walks an iterator). */
function rowsOf(parts: Partitions, p: number): number[] {
  const rows: number[] = [];
  for (let k = parts.start[p]!; k < parts.start[p + 1]!; k++) rows.push(parts.members[k]!);
  return rows;
}
