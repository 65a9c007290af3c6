// Builds the Arrow table of a published metric: one row per cell of the requested years, every
// statistic with its note, withheld figures as nulls (their buffer slots hold NaN, never the figure).
import { Bool, Dictionary, Float64, Int32, makeData, makeVector, Table, Utf8, type Vector } from 'apache-arrow';
import { FUNNEL_POSITION, RATIO_METHOD, type MetricFrame } from '../metrics/compute/metric-frame';
import { NOTE_CODES } from '../metrics/compute/notes';
import { groupValueLabel, groupValueOrder } from '../metrics/registry/group-types';
import type { PublishedFigures } from './metric-publication';

export interface MetricTableOptions {
  internal: boolean;
  schoolNames?: ReadonlyMap<string, string>;
}

export function metricArrowTable(published: PublishedFigures, options: MetricTableOptions): Table {
  const frame = published.frame;
  const order = Int32Array.from(outputOrder(frame, options.schoolNames));
  const length = order.length;
  const pick = <T>(values: ArrayLike<T>): T[] => {
    const out = new Array<T>(length);
    for (let i = 0; i < length; i++) out[i] = values[order[i]!]!;
    return out;
  };
  // Plain loops: these run once per cell per column, and a callback per element costs more than the work.
  const floats = (values: Float64Array, shown?: Uint8Array) => {
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const r = order[i]!;
      out[i] = shown && !shown[r] ? NaN : values[r]!;
    }
    return floatVector(out);
  };
  const notes = (values: Uint8Array) => codedDictionary(NOTE_CODES, pick(values));
  const tests = (values: Int8Array) => boolVector(pick(values).map((v) => (v < 0 ? null : v === 1)));
  const label = (type: MetricFrame['groupType'], code: string) => (type ? groupValueLabel(type, code, options.schoolNames) : code);
  const constant = (value: string | null) => codedDictionary([null, value], new Uint8Array(length).fill(value === null ? 0 : 1));
  const s = frame.stats;
  const columns: Record<string, Vector> = {
    metric_id: constant(frame.metric.id),
    school_year: makeVector(Int32Array.from(pick(frame.year))),
    facet_type: constant(frame.facetType),
    facet_value: dictionary(pick(frame.facet).map((facet) => (frame.facetType ? facet : null))),
    facet_label: dictionary(labelled(pick(frame.facet), (facet) => (frame.facetType ? label(frame.facetType, facet) : null))),
    group_type: constant(frame.groupType),
    group_value: dictionary(pick(frame.group)),
    group_label: dictionary(Array.from(order, (r) => (frame.isTotal[r] ? totalLabel(frame) : label(frame.groupType, frame.group[r]!)))),
    group_order: makeVector(Int32Array.from(order, (r) => (frame.isTotal[r] || !frame.groupType ? -1 : groupValueOrder(frame.groupType, frame.group[r]!)))),
    is_total: boolVector(pick(frame.isTotal).map(Boolean)),
    unit: constant(frame.metric.unit),
    internal: boolVector(new Array<boolean>(length).fill(options.internal)),
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
    risk_ratio_method: codedDictionary(RATIO_METHOD, pick(frame.method)),
    group_cell_test: tests(frame.tests.groupCellTest),
    group_n_test: tests(frame.tests.groupNTest),
    comparison_cell_test: tests(frame.tests.comparisonCellTest),
    comparison_n_test: tests(frame.tests.comparisonNTest),
    years_over_threshold: floats(s.yearsOverThreshold),
    flagged: boolVector(Array.from(order, (r) => (Number.isFinite(s.yearsOverThreshold[r]!) ? frame.flagged[r] === 1 : null))),
    flag_note: notes(frame.notes.flag),
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
    funnel_position: codedDictionary(FUNNEL_POSITION, pick(frame.funnelPosition)),
    funnel_note: notes(frame.notes.funnel),
    suppressed: boolVector(pick(published.reason).map((reason) => reason !== null)),
    suppression_reason: dictionary(pick(published.reason)),
  };
  return new Table(columns);
}

const totalLabel = (frame: MetricFrame): string =>
  frame.metric.kind === 'representation' ? 'All teachers' : (({ students: 'All students', tested: 'All tested students', cohort: 'All cohort members', staff: 'All staff', teachers_and_students: 'All teachers', respondents: 'All respondents' }) as const)[frame.metric.population];

/** Requested years only: by year, facet, then the total before its groups in reporting order. */
function outputOrder(frame: MetricFrame, schoolNames?: ReadonlyMap<string, string>): number[] {
  const rows: number[] = [];
  for (let r = 0; r < frame.rows; r++) if (frame.requested[r]) rows.push(r);
  const facetKey = (r: number) => (frame.facetType ? groupValueOrder(frame.facetType, frame.facet[r]!) : 0);
  const groupKey = (r: number) => (frame.isTotal[r] ? -1 : frame.groupType ? groupValueOrder(frame.groupType, frame.group[r]!) : 0);
  const name = (type: MetricFrame['groupType'], code: string) => (type === 'school' ? (schoolNames?.get(code) ?? code) : code);
  return rows.sort(
    (a, b) =>
      frame.year[a]! - frame.year[b]! ||
      facetKey(a) - facetKey(b) ||
      name(frame.facetType, frame.facet[a]!).localeCompare(name(frame.facetType, frame.facet[b]!)) ||
      groupKey(a) - groupKey(b) ||
      name(frame.groupType, frame.group[a]!).localeCompare(name(frame.groupType, frame.group[b]!)),
  );
}

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

/** Labels computed once per distinct code (school names, group labels), not once per row. */
function labelled(codes: readonly string[], label: (code: string) => string | null): (string | null)[] {
  const cache = new Map<string, string | null>();
  return codes.map((code) => {
    if (!cache.has(code)) cache.set(code, label(code));
    return cache.get(code)!;
  });
}

/** A dictionary column over a fixed list whose index 0 means null (notes, methods, positions). */
function codedDictionary(values: readonly (string | null)[], codes: ArrayLike<number>): Vector {
  const length = codes.length;
  const indices = new Int32Array(length);
  const bitmap = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i]!;
    if (code === 0 || values[code] === null || values[code] === undefined) nullCount++;
    else {
      indices[i] = code - 1;
      bitmap[i >> 3]! |= 1 << (i & 7);
    }
  }
  const entries = values.slice(1).map((v) => v ?? '');
  const type = new Dictionary(new Utf8(), new Int32());
  return makeVector(makeData({ type, length, nullCount, nullBitmap: nullCount > 0 ? bitmap : undefined, data: indices, dictionary: utf8Vector(entries) }));
}

/** Dictionary-encoded text: a table repeats a few labels and note codes many times. */
function dictionary(values: readonly (string | null)[]): Vector {
  const codes = new Map<string, number>();
  const indices = new Int32Array(values.length);
  const bitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((value, i) => {
    if (value === null) {
      nullCount++;
      return;
    }
    let code = codes.get(value);
    if (code === undefined) codes.set(value, (code = codes.size));
    indices[i] = code;
    bitmap[i >> 3]! |= 1 << (i & 7);
  });
  const type = new Dictionary(new Utf8(), new Int32());
  return makeVector(makeData({ type, length: values.length, nullCount, nullBitmap: nullCount > 0 ? bitmap : undefined, data: indices, dictionary: utf8Vector([...codes.keys()]) }));
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

function boolVector(values: readonly (boolean | null)[]): Vector {
  const bits = new Uint8Array(Math.ceil(values.length / 8));
  const valid = new Uint8Array(bits.length);
  let nullCount = 0;
  values.forEach((value, i) => {
    if (value === null) nullCount++;
    else valid[i >> 3]! |= 1 << (i & 7);
    if (value) bits[i >> 3]! |= 1 << (i & 7);
  });
  return makeVector(makeData({ type: new Bool(), length: values.length, nullCount, nullBitmap: nullCount > 0 ? valid : undefined, data: bits }));
}
