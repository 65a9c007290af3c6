// What the signals engine says about a suggestion rule's groups: the signals behind the suggestion, or
// that the data are too thin to tell a gap from noise. Reads published signal rows only.
import type { MetricRule, PublishedSignalRow } from '../api';
import { schoolYearLabel } from '../shared/codes';
import { engineGroup, groupPhrase, SUGGESTION_METRICS } from '../shared/suggestion-metrics';
import { formatQ } from '../shared/q-value';
import type { SignalSettings } from '../signals/signal-settings';

export interface RuleSignals {
  /** One or two sentences for the suggestion's reason. */
  text: string;
  /** No gap of the rule's groups could be tested and published: small groups, or no data. */
  thin: boolean;
}

/** At most this many signals are named; the rest are counted. */
const NAMED = 3;

/** The published rows a rule can speak of: its metric's rows (district and schools, gaps and trends). */
export const ruleMetricId = (rule: MetricRule): string => SUGGESTION_METRICS[rule.metric].metricId;

export function ruleSignals(rule: MetricRule, rows: readonly PublishedSignalRow[], settings: SignalSettings): RuleSignals {
  const groups = rule.groups.map((code) => ({ code, ...engineGroup(rule.groupType, code) }));
  const codeOf = (row: PublishedSignalRow) => groups.find((g) => g.groupType === row.group_type && g.group === row.group_value)?.code;
  const mine = rows.filter((r) => r.metric_id === ruleMetricId(rule) && codeOf(r) !== undefined);
  const district = mine.filter((r) => r.level === 'district');
  const behind = district.filter((r) => r.signal && r.adverse);
  const inSchools = mine.filter((r) => r.level === 'school' && r.signal && r.adverse).length;
  const schools = inSchools > 0 ? ` Within schools, ${inSchools} more signal${inSchools === 1 ? '' : 's'} for these groups.` : '';
  if (!district.some((r) => r.kind === 'gap' && !r.suppressed && r.q !== null)) {
    return { thin: true, text: `The data are too thin to tell these groups’ gaps from noise: each is withheld for small numbers or too small to test.${schools}` };
  }
  if (behind.length === 0) {
    const floor = `${settings.floorPoints} points or a risk ratio of ${settings.floorRatio}`;
    return { thin: false, text: `No signal behind it: no gap of these groups district-wide is both unlikely to be noise (q < ${settings.falseDiscoveryRate}) and past the practical floor (${floor}).${schools}` };
  }
  const named = behind.slice(0, NAMED).map((r) => signalPhrase(r, groupPhrase(rule.groupType, codeOf(r)!), settings));
  const more = behind.length > NAMED ? `; and ${behind.length - NAMED} more` : '';
  return { thin: false, text: `${behind.length} signal${behind.length === 1 ? '' : 's'}: ${named.join('; ')}${more}.${schools}` };
}

/** "Black or African American students, out-of-school suspension 2.4 times all other students in 2023-24 (q < 0.001)". */
function signalPhrase(row: PublishedSignalRow, who: string, settings: SignalSettings): string {
  const q = row.q === null ? '' : ` (${formatQ(row.q)})`;
  // "Chronic absenteeism" is lowered mid-sentence; "ELA proficiency" and "AP or IB enrollment" are not.
  const label = /^[A-Z][a-z]/.test(row.metric_label) ? row.metric_label.charAt(0).toLowerCase() + row.metric_label.slice(1) : row.metric_label;
  const what = `${who}, ${label}`;
  const points = (v: number) => `${Math.abs(v * 100).toFixed(1)} points`;
  if (row.kind === 'trend') {
    return `${what}: the gap moved against them by ${points(row.effect ?? 0)} since ${schoolYearLabel(row.from_year ?? row.school_year)}${q}`;
  }
  const year = schoolYearLabel(row.school_year);
  if (row.unit !== 'percent' && row.effect_size !== null) return `${what} ${Math.abs(row.effect_size).toFixed(2)} standard deviations ${row.effect! < 0 ? 'below' : 'above'} all other students in ${year}${q}`;
  if (row.risk_ratio !== null && row.risk_ratio >= settings.floorRatio) return `${what} ${row.risk_ratio.toFixed(1)} times the rate of all other students in ${year}${q}`;
  return `${what} ${points(row.effect ?? 0)} ${(row.effect ?? 0) < 0 ? 'below' : 'above'} all other students in ${year}${q}`;
}
