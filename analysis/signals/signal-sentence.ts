// One plain sentence per tested cell, for a school board: what the gap is, whether it is likely to be
// noise, and how many students it amounts to.
import { groupValueLabel } from '../metrics/registry/group-types';
import { population } from '../metrics/registry/populations';
import { formatQ } from '../shared/q-value';
import { outcomePhrase } from './outcome-phrases';
import type { SignalCell } from './signal-types';

export interface SentenceContext {
  falseDiscoveryRate: number;
  floorRatio: number;
  schoolNames: ReadonlyMap<string, string>;
}

/** 2024 -> "2023-24": a school year is named by the two calendar years it spans. */
export const schoolYearLabel = (year: number): string => `${year - 1}-${String(year % 100).padStart(2, '0')}`;


const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const points = (value: number): string => `${Math.abs(value * 100).toFixed(1)}`;
const count = (value: number): string => value.toLocaleString('en-US');

/** "Black or African American students", "Students with disabilities", "English learners". */
export function groupSubject(cell: SignalCell): string {
  const label = groupValueLabel(cell.groupType, cell.group);
  const unit = population(cell.metric.population).unit;
  if (cell.groupType === 'poverty_quartile') return / of schools$/.test(label) ? `${capital(unit)} at the ${lower(label)}` : `${capital(unit)} at schools in the ${lower(label)} by poverty`;
  if (/^(students|staff)\b/i.test(label) || /learners$/i.test(label)) return label;
  if (/^(experiencing|in) /i.test(label)) return `${capital(unit)} ${lower(label)}`;
  if (/ plan$/i.test(label)) return `${capital(unit)} with a ${label}`;
  return `${label} ${unit}`;
}

/** Group names are proper nouns ("Black or African American students"); only "Students ..." is lowered. */
const midSentence = (subject: string): string => (/^(students|staff|teachers)\b/i.test(subject) ? lower(subject) : subject);
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const lower = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function certainty(cell: SignalCell, context: SentenceContext): string {
  if (!Number.isFinite(cell.q)) return 'too few to test';
  if (cell.signal) return `a ${cell.kind === 'trend' ? 'change' : 'gap'} unlikely to be noise (${formatQ(cell.q)})`;
  if (cell.q < context.falseDiscoveryRate) return `unlikely to be noise (${formatQ(cell.q)}) but smaller than the practical floor`;
  return `a difference that could be noise (${formatQ(cell.q)})`;
}

export function signalSentence(cell: SignalCell, context: SentenceContext): string {
  const unit = population(cell.metric.population).unit;
  const where = cell.schoolId === null ? '' : ` at ${context.schoolNames.get(cell.schoolId) ?? `school ${cell.schoolId}`}`;
  const year = schoolYearLabel(cell.year);
  const subject = groupSubject(cell);
  const phrase = outcomePhrase(cell.metric);
  if (cell.kind === 'trend') {
    const change = cell.adverse ? 'moved against them' : 'moved in their favour';
    return (
      `${cell.metric.label}: the gap between ${midSentence(subject)} and all other ${unit}${where} ${change}, from ${signedPoints(cell.fromGap)} in ` +
      `${schoolYearLabel(cell.fromYear!)} to ${signedPoints(cell.fromGap + cell.effect)} in ${year}; ${certainty(cell, context)}.`
    );
  }
  if (cell.metric.kind === 'mean') {
    const fmt = (v: number) => (cell.metric.unit === 'percent' ? percent(v) : v.toFixed(1));
    const d = Number.isFinite(cell.effectSize) ? `, d = ${cell.effectSize.toFixed(2)}` : '';
    return `${cell.metric.label}: ${subject}${where} averaged ${fmt(cell.value)} against ${fmt(cell.referenceValue)} for all other ${unit} in ${year}${d}; ${certainty(cell, context)}.`;
  }
  const rates = `(${percent(cell.value)} against ${percent(cell.referenceValue)})`;
  const ratioForm = cell.riskRatio >= context.floorRatio && Number.isFinite(cell.riskRatio);
  const head = ratioForm
    ? `${subject}${where} ${phrase.verb} at ${cell.riskRatio.toFixed(1)} times the rate of all other ${unit} in ${year} ${rates}`
    : `${subject}${where} ${phrase.verb} at a rate ${points(cell.effect)} points ${cell.effect >= 0 ? 'above' : 'below'} all other ${unit} in ${year} ${rates}`;
  return `${head}, ${certainty(cell, context)}${needed(cell, context, phrase.counted)}.`;
}

const signedPoints = (gap: number): string => `${gap >= 0 ? '+' : '-'}${points(gap)} points`;

function needed(cell: SignalCell, context: SentenceContext, counted: string): string {
  if (!cell.adverse) return '';
  const lowerIsBetter = cell.metric.direction === 'lower_is_better';
  if (lowerIsBetter && cell.neededRatio > 0) return `; ${count(cell.neededRatio)} fewer ${counted} would bring the ratio under ${context.floorRatio}`;
  if (!(cell.neededParity > 0)) return '';
  const margin = cell.neededInsideMargin > 0 ? ` (${count(cell.neededInsideMargin)} to come within the margin of error)` : '';
  return `; ${count(cell.neededParity)} ${lowerIsBetter ? 'fewer' : 'more'} ${counted} would close the gap${margin}`;
}
