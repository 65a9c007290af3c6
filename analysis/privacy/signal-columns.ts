// The Arrow table of published signal rows (columns documented at SignalsResult in
// analysis/contract/signals.ts). A cell whose figures small-cell suppression withholds keeps only
// what identifies it: every figure, its sentence and its signal flag are withheld with it.
import { Bool, Float64, Int32, Table, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { groupValueLabel } from '../metrics/registry/group-types';
import type { PublishableCell } from '../signals/find-signals';

export interface SignalTableOptions {
  internal: boolean;
  schoolNames: ReadonlyMap<string, string>;
  sentence: (cell: PublishableCell) => string;
}

type Column = [name: string, type: DataType, value: (cell: PublishableCell) => unknown, figure: boolean];

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

const COLUMNS: Column[] = [
  ['rank', new Int32(), (c) => c.rank, false],
  ['metric_id', new Utf8(), (c) => c.metric.id, false],
  ['metric_label', new Utf8(), (c) => c.metric.label, false],
  ['domain', new Int32(), (c) => c.metric.domain, false],
  ['topic', new Utf8(), (c) => c.metric.topic, false],
  ['unit', new Utf8(), (c) => c.metric.unit, false],
  ['direction', new Utf8(), (c) => c.metric.direction, false],
  ['kind', new Utf8(), (c) => c.kind, false],
  ['group_type', new Utf8(), (c) => c.groupType, false],
  ['group_value', new Utf8(), (c) => c.group, false],
  ['group_label', new Utf8(), (c) => groupValueLabel(c.groupType, c.group), false],
  ['level', new Utf8(), (c) => (c.schoolId === null ? 'district' : 'school'), false],
  ['school_id', new Utf8(), (c) => c.schoolId, false],
  ['school_year', new Int32(), (c) => c.year, false],
  ['from_year', new Int32(), (c) => c.fromYear, false],
  ['n', new Float64(), (c) => finite(c.n), true],
  ['numerator', new Float64(), (c) => finite(c.x), true],
  ['value', new Float64(), (c) => finite(c.value), true],
  ['reference_n', new Float64(), (c) => finite(c.referenceN), true],
  ['reference_value', new Float64(), (c) => finite(c.referenceValue), true],
  ['effect', new Float64(), (c) => finite(c.effect), true],
  ['effect_lower', new Float64(), (c) => finite(c.effectLower), true],
  ['effect_upper', new Float64(), (c) => finite(c.effectUpper), true],
  ['from_gap', new Float64(), (c) => finite(c.fromGap), true],
  ['risk_ratio', new Float64(), (c) => finite(c.riskRatio), true],
  ['effect_size', new Float64(), (c) => finite(c.effectSize), true],
  ['test', new Utf8(), (c) => c.test.method, false],
  ['statistic', new Float64(), (c) => finite(c.test.statistic), true],
  ['p', new Float64(), (c) => finite(c.test.p), true],
  ['q', new Float64(), (c) => finite(c.q), true],
  ['size', new Float64(), (c) => finite(c.size), true],
  ['adverse', new Bool(), (c) => c.adverse, true],
  ['signal', new Bool(), (c) => c.signal, true],
  ['shrunk', new Float64(), (c) => finite(c.shrunk), true],
  ['shrunk_lower', new Float64(), (c) => finite(c.shrunkLower), true],
  ['shrunk_upper', new Float64(), (c) => finite(c.shrunkUpper), true],
  ['ppg_moe', new Float64(), (c) => finite(c.ppgMoe), true],
  ['ppg_impacted', new Bool(), (c) => c.ppgImpacted, true],
  ['proportionality_index', new Float64(), (c) => finite(c.proportionalityIndex), true],
  ['eighty_index', new Float64(), (c) => finite(c.eightyIndex), true],
  ['needed_parity', new Float64(), (c) => finite(c.neededParity), true],
  ['needed_inside_margin', new Float64(), (c) => finite(c.neededInsideMargin), true],
  ['needed_ratio', new Float64(), (c) => finite(c.neededRatio), true],
];

export function signalArrowTable(cells: readonly PublishableCell[], options: SignalTableOptions): Table {
  const hidden = (cell: PublishableCell) => !options.internal && cell.withheld;
  const columns: Record<string, Vector> = {};
  for (const [name, type, value, figure] of COLUMNS) {
    // A withheld cell is never a signal in published output; the other figures are simply absent.
    columns[name] = vectorFromArray(
      cells.map((cell) => (figure && hidden(cell) ? (name === 'signal' ? false : null) : value(cell))),
      type,
    );
  }
  columns.school_name = vectorFromArray(cells.map((c) => (c.schoolId === null ? null : (options.schoolNames.get(c.schoolId) ?? null))), new Utf8());
  columns.sentence = vectorFromArray(cells.map((c) => (hidden(c) ? null : options.sentence(c))), new Utf8());
  columns.internal = vectorFromArray(cells.map(() => options.internal), new Bool());
  columns.suppressed = vectorFromArray(cells.map(hidden), new Bool());
  columns.suppression_reason = vectorFromArray(cells.map((c) => (hidden(c) ? 'small_group' : null)), new Utf8());
  return new Table(columns);
}
