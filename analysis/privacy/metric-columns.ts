// Builds the Arrow table of a published metric: one row per cell of the requested years, every
// statistic with its note, withheld figures as nulls (their buffer slots hold NaN, never the figure).
import { Bool, Dictionary, Float64, Int32, makeData, makeVector, Table, Utf8, type Vector } from 'apache-arrow';
import { FUNNEL_POSITION, RATIO_METHOD, type MetricFrame } from '../metrics/compute/metric-frame';
import { NOTE_CODES } from '../metrics/compute/notes';
import { internIds } from '../metrics/compute/partitions';
import { isIdentity, reportingOrder } from '../metrics/compute/reporting-order';
import { groupValueLabel, groupValueOrder } from '../metrics/registry/group-types';
import type { PublishedFigures } from './metric-publication';

export interface MetricTableOptions {
  internal: boolean;
  schoolNames?: ReadonlyMap<string, string>;
}

export function metricArrowTable(published: PublishedFigures, options: MetricTableOptions): Table {
  const frame = published.frame;
  // Facets and groups as small integers: labels, orders and dictionary entries are then worked out once per
  // distinct code, and a panel's millions of rows only index into them.
  const facets = internIds(frame.facet);
  const groups = internIds(frame.group);
  // Requested years only, in reporting order: computed frames are already in it, so most tables copy straight through.
  const order = reportingOrder(frame, options.schoolNames, (r) => frame.requested[r] === 1, { facets, groups });
  const inPlace = isIdentity(order, frame.rows);
  const length = order.length;
  const pick = <T>(values: ArrayLike<T>): T[] => {
    if (inPlace) return Array.prototype.slice.call(values) as T[];
    const out = new Array<T>(length);
    for (let i = 0; i < length; i++) out[i] = values[order[i]!]!;
    return out;
  };
  // Plain loops: these run once per cell per column, and a callback per element costs more than the work.
  const floats = (values: Float64Array, shown?: Uint8Array) => {
    if (inPlace && !shown) return floatVector(values.slice());
    const out = new Float64Array(length);
    if (shown) for (let i = 0; i < length; i++) out[i] = shown[order[i]!] ? values[order[i]!]! : NaN;
    else for (let i = 0; i < length; i++) out[i] = values[order[i]!]!;
    return floatVector(out);
  };
  const codes = (values: ArrayLike<number>) => (inPlace ? Int32Array.from(values) : perRow(new Int32Array(length), (r) => values[r]!));
  // TypedArray.from(rows, fn) walks an iterator; a plain loop over the output order is several times faster.
  function perRow<T extends Int32Array | Int8Array | Uint8Array>(out: T, value: (r: number) => number): T {
    for (let i = 0; i < length; i++) out[i] = value(order[i]!);
    return out;
  }
  const notes = (values: Uint8Array) => indexedDictionary(NOTE_CODES, codes(values));
  // IDEA tests are -1 (not applicable), 0 (failed) or 1 (passed).
  const tests = (values: Int8Array) => boolVector(codes(values));
  const label = (type: MetricFrame['groupType'], code: string) => (type ? groupValueLabel(type, code, options.schoolNames) : code);
  const constant = (value: string | null) => indexedDictionary([null, value], new Uint8Array(length).fill(1));
  // Totals read their own label, one entry past the group codes.
  const groupOrTotal = perRow(new Int32Array(length), (r) => (frame.isTotal[r] ? groups.values.length : groups.ids[r]!));
  const groupOrder = [...groups.values.map((group) => (frame.groupType ? groupValueOrder(frame.groupType, group) : -1)), -1];
  const s = frame.stats;
  const columns: Record<string, Vector> = {
    metric_id: constant(frame.metric.id),
    school_year: makeVector(codes(frame.year)),
    facet_type: constant(frame.facetType),
    facet_value: indexedDictionary(facets.values.map((facet) => (frame.facetType ? facet : null)), codes(facets.ids)),
    facet_label: indexedDictionary(facets.values.map((facet) => (frame.facetType ? label(frame.facetType, facet) : null)), codes(facets.ids)),
    group_type: constant(frame.groupType),
    group_value: indexedDictionary(groups.values, codes(groups.ids)),
    group_label: indexedDictionary([...groups.values.map((group) => label(frame.groupType, group)), totalLabel(frame)], groupOrTotal),
    group_order: makeVector(perRow(new Int32Array(length), (r) => (frame.isTotal[r] ? -1 : groupOrder[groups.ids[r]!]!))),
    is_total: boolVector(codes(frame.isTotal)),
    unit: constant(frame.metric.unit),
    internal: boolVector(new Uint8Array(length).fill(options.internal ? 1 : 0)),
    numerator: floats(frame.x, published.numeratorShown),
    numerator_coded: dictionary(pick(published.numeratorText)),
    denominator: floats(frame.n, published.denominatorShown),
    denominator_coded: dictionary(pick(published.denominatorText)),
    value: floats(s.value),
    value_lower: floats(s.lower),
    value_upper: floats(s.upper),
    value_coded: dictionary(pick(published.valueText)),
    value_note: notes(frame.notes.value),
    reference_label: dictionary(pick(frame.referenceLabel)),
    reference_value: floats(s.referenceValue),
    gap: floats(s.gap),
    gap_note: notes(frame.notes.gap),
    comparison_value: floats(s.comparisonValue),
    risk_ratio: floats(s.riskRatio),
    risk_ratio_note: notes(frame.notes.riskRatio),
    state_comparison_value: floats(s.stateComparisonValue),
    alternate_risk_ratio: floats(s.alternateRiskRatio),
    alternate_risk_ratio_note: notes(frame.notes.alternateRiskRatio),
    weighted_risk_ratio: floats(s.weightedRiskRatio),
    weighted_risk_ratio_note: notes(frame.notes.weightedRiskRatio),
    risk_ratio_method: indexedDictionary(RATIO_METHOD, codes(frame.method)),
    group_cell_test: tests(frame.tests.groupCellTest),
    group_n_test: tests(frame.tests.groupNTest),
    comparison_cell_test: tests(frame.tests.comparisonCellTest),
    comparison_n_test: tests(frame.tests.comparisonNTest),
    years_over_threshold: floats(s.yearsOverThreshold),
    flagged: boolVector(perRow(new Int8Array(length), (r) => (Number.isFinite(s.yearsOverThreshold[r]!) ? frame.flagged[r]! : -1))),
    flag_note: notes(frame.notes.flag),
    students_needed: floats(s.studentsNeeded),
    lowered_two_years: tests(frame.progress.loweredTwoYears),
    lowered_two_years_by_percent: tests(frame.progress.loweredTwoYearsByPercent),
    identified: tests(frame.progress.identified),
    outcome_share: floats(s.outcomeShare),
    population_share: floats(s.populationShare),
    composition_index: floats(s.compositionIndex),
    composition_note: notes(frame.notes.composition),
    cohens_d: floats(s.cohensD),
    hedges_g: floats(s.hedgesG),
    effect_size_note: notes(frame.notes.effectSize),
    prior_value: floats(s.priorValue),
    change: floats(s.change),
    change_note: notes(frame.notes.change),
    funnel_target: floats(s.funnelTarget),
    funnel_lower_95: floats(s.funnelLower95),
    funnel_upper_95: floats(s.funnelUpper95),
    funnel_lower_998: floats(s.funnelLower998),
    funnel_upper_998: floats(s.funnelUpper998),
    funnel_position: indexedDictionary(FUNNEL_POSITION, codes(frame.funnelPosition)),
    funnel_note: notes(frame.notes.funnel),
    suppressed: boolVector(perRow(new Uint8Array(length), (r) => (published.reason[r] === null ? 0 : 1))),
    suppression_reason: dictionary(pick(published.reason)),
  };
  return new Table(columns);
}

const totalLabel = (frame: MetricFrame): string =>
  frame.metric.kind === 'representation' ? 'All teachers' : (({ students: 'All students', tested: 'All tested students', cohort: 'All cohort members', staff: 'All staff', teachers_and_students: 'All teachers', respondents: 'All respondents' }) as const)[frame.metric.population];

/** Doubles with nulls where the value is NaN (not computed or withheld); the slot keeps NaN. */
function floatVector(values: Float64Array): Vector {
  const length = values.length;
  const bitmap = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    if (Number.isNaN(values[i]!)) nullCount++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  }
  return makeVector(makeData({ type: new Float64(), length, nullCount, nullBitmap: nullCount > 0 ? bitmap : undefined, data: values }));
}

/** A dictionary column from an index per row into a short list of entries; null entries are nulls. */
function indexedDictionary(entries: readonly (string | null)[], indexOfRow: ArrayLike<number>): Vector {
  const length = indexOfRow.length;
  const distinct = new Map<string, number>();
  const codeOfEntry = entries.map((entry) => (entry === null ? -1 : (distinct.get(entry) ?? distinct.set(entry, distinct.size).get(entry)!)));
  const indices = new Int32Array(length);
  const bitmap = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    const code = codeOfEntry[indexOfRow[i]!] ?? -1;
    if (code < 0) nullCount++;
    else {
      indices[i] = code;
      bitmap[i >> 3]! |= 1 << (i & 7);
    }
  }
  const type = new Dictionary(new Utf8(), new Int32());
  return makeVector(makeData({ type, length, nullCount, nullBitmap: nullCount > 0 ? bitmap : undefined, data: indices, dictionary: utf8Vector([...distinct.keys()]) }));
}

/** Dictionary-encoded text: a table repeats a few labels and coded figures many times. */
function dictionary(values: readonly (string | null)[]): Vector {
  const entries: (string | null)[] = [null];
  const codes = new Map<string, number>();
  const indices = new Int32Array(values.length);
  // Rows often repeat the value before them: reuse its entry without a lookup.
  let [previous, previousIndex]: [string | null, number] = [null, 0];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value !== previous) {
      previous = value;
      previousIndex = value === null ? 0 : (codes.get(value) ?? codes.set(value, entries.push(value) - 1).get(value)!);
    }
    indices[i] = previousIndex;
  }
  return indexedDictionary(entries, indices);
}

const encoder = new TextEncoder();

/** Plain UTF-8 strings, built straight into Arrow buffers (the generic builders cost more than the data here). */
function utf8Vector(values: readonly string[]): Vector {
  const bytes = values.map((value) => encoder.encode(value));
  const offsets = new Int32Array(values.length + 1);
  bytes.forEach((b, i) => (offsets[i + 1] = offsets[i]! + b.length));
  const data = new Uint8Array(offsets[values.length]!);
  bytes.forEach((b, i) => data.set(b, offsets[i]!));
  return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets: offsets, data }));
}

/** Booleans from codes: negative is null, 0 false, anything else true. */
function boolVector(codes: ArrayLike<number>): Vector {
  const length = codes.length;
  const bits = new Uint8Array(Math.ceil(length / 8));
  const valid = new Uint8Array(bits.length);
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    if (code < 0) nullCount++;
    else valid[i >> 3]! |= 1 << (i & 7);
    if (code > 0) bits[i >> 3]! |= 1 << (i & 7);
  }
  return makeVector(makeData({ type: new Bool(), length, nullCount, nullBitmap: nullCount > 0 ? valid : undefined, data: bits }));
}
