// The executive summary's largest gaps: the top signals of the signals engine (district-wide gaps in the
// project's latest year that are unlikely to be noise after false-discovery control and past the
// practical floor), from published rows only, in the engine's rank order (certainty, then size).
import type { MetricCatalog, PublishedSignalRow, ReportGap } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { schoolYearLabel } from '../shared/codes';
import { formatQ } from '../shared/q-value';
import { publishedSignals } from '../signals/published-signals';

const MAX_GAPS = 5;
/** No metric takes more than two of the places: a board needs the breadth, not one table. */
const PER_METRIC = 2;

const figure = (row: PublishedSignalRow, v: number) => (row.unit === 'percent' ? `${(v * 100).toFixed(1)}%` : v.toFixed(1));
const gapUnit = (row: PublishedSignalRow) => (row.unit === 'percent' ? 'percentage points' : 'points');

function toGap(row: PublishedSignalRow, catalog: MetricCatalog): Omit<ReportGap, 'discussedAt'> {
  const scale = row.unit === 'percent' ? 100 : 1;
  const effect = row.effect! * scale;
  const interval = row.effect_lower !== null && row.effect_upper !== null ? `; 95% CI ${(row.effect_lower * scale).toFixed(1)} to ${(row.effect_upper * scale).toFixed(1)}` : '';
  return {
    metricId: row.metric_id,
    metricLabel: row.metric_label,
    groupType: row.group_type,
    groupTypeLabel: catalog.groupTypes.find((g) => g.id === row.group_type)?.label ?? row.group_type,
    groupLabel: row.group_label,
    year: row.school_year,
    valueText: `${figure(row, row.value!)} in ${schoolYearLabel(row.school_year)}`,
    referenceLabel: 'all other students',
    referenceText: figure(row, row.reference_value!),
    gapText: `${Math.abs(effect).toFixed(1)} ${gapUnit(row)} ${effect > 0 ? 'higher' : 'lower'} (${formatQ(row.q!)}${interval})`,
    gap: Math.round(effect * 10) / 10,
    sentence: row.sentence!,
  };
}

export async function largestGaps(database: ProjectDatabase, context: { catalog: MetricCatalog; latestYear: number; internal: boolean }): Promise<Omit<ReportGap, 'discussedAt'>[]> {
  // The project's latest year only (an older gap is not news to a board); a group fares worse than all others.
  const { rows } = await publishedSignals(database, { internal: context.internal }, (c) => c.signal && c.adverse && c.kind === 'gap' && c.schoolId === null && c.year === context.latestYear);
  const taken = new Map<string, number>();
  const chosen: PublishedSignalRow[] = [];
  for (const row of rows.filter((r) => r.signal && !r.suppressed && r.value !== null && r.effect !== null)) {
    const count = taken.get(row.metric_id) ?? 0;
    if (count >= PER_METRIC || chosen.length >= MAX_GAPS) continue;
    taken.set(row.metric_id, count + 1);
    chosen.push(row);
  }
  return chosen.map((row) => toGap(row, context.catalog));
}
