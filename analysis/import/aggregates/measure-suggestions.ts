// Which registry metric each report-card measure reads as: the measure keeps its own id, and a metric
// whose aggregates measure has the same meaning is suggested with a confidence and a reason.
import type { ImportMapping, MeasureSuggestion } from '../../api';
import { MEASURE_CODES } from '../dictionary/open-codes';
import type { SourceProfile } from '../mapping/column-profile';

export function suggestMeasure(measure: string): MeasureSuggestion {
  const words = measure.replace(/[_-]+/g, ' ');
  const exact = MEASURE_CODES.codes.find((c) => c.code === measure);
  if (exact) return { measure, metricId: exact.code, confidence: 1, reason: `"${measure}" is the measure the ${exact.label.toLowerCase()} metric reads.` };
  const meaning = MEASURE_CODES.lookup(words);
  if (!meaning?.value) return { measure, metricId: null, confidence: 0, reason: `No registry metric matches "${measure}": it is read as its own rate (numerator over denominator).` };
  return {
    measure,
    metricId: meaning.value,
    confidence: meaning.confidence,
    reason: `"${measure}" reads like ${MEASURE_CODES.codes.find((c) => c.code === meaning.value)?.label.toLowerCase() ?? meaning.value}; import with --measure ${meaning.value} to read it as that metric.`,
  };
}

/** The measures a mapping would load: its one value for every row, or the measure column's values. */
export function measureSuggestions(mapping: ImportMapping, profile: SourceProfile): MeasureSuggestion[] {
  if (mapping.kind !== 'aggregates') return [];
  const constant = mapping.constants.find((c) => c.field === 'measure');
  if (constant) return [suggestMeasure(constant.value)];
  const column = mapping.columns.find((c) => c.target === 'measure');
  const values = column ? (profile.columns.get(column.source)?.values ?? []) : [];
  return values.slice(0, 50).map((v) => suggestMeasure(v.value.trim()));
}
