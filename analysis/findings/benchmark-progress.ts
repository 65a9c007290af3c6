// Every action item's benchmark re-measured from the data: baseline, latest, target and a status, read from the
// published (suppressed) metric tables, so the progress screen, report and command line print only what the
// suppression choke point let through.
import type { ActionItemStatus, BenchmarkPoint, BenchmarkProgress, BenchmarkSpec, BenchmarkStatus, MetricGroupType, ProgressReport, PublishedMetricRow } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { schoolYears } from '../engine/school-years';
import type { MetricSettings } from '../metrics/metric-settings';
import { metricGroupTypes } from '../metrics/registry';
import type { MetricDefinition } from '../metrics/registry/metric-types';
import { metricTable } from '../metrics/run-metric';
import { publishedRows } from '../report/published-rows';
import { readMetricSettings } from '../report/metric-settings-read';
import { schoolYearLabel } from '../shared/codes';
import { requireMetric } from './benchmark-baseline';
import { displayScale, formatFigure, STATISTIC_LABELS } from './benchmark-format';
import { benchmarkSeries, interval, pointText, type SeriesYear } from './benchmark-series';
import { judgeBenchmark } from './benchmark-status';
import { actionSnapshot, readActionRows } from './findings-records';

export const PROGRESS_METHOD =
  'Each benchmark is re-measured from the published figures of its baseline year and of the latest year after it with a figure. ' +
  'Met: the latest figure is at or beyond the target. ' +
  'On track: it moved toward the target by more than the noise (the change’s 95% interval excludes zero, the two years taken as independent samples, ' +
  'which overstates the noise when the same students appear in both) and is at or beyond a straight line from the baseline to the target for its year. ' +
  'Not on track: it did neither, and the reason says why. Not enough data: the baseline or every later year is withheld or not yet loaded. ' +
  'A gap’s noise combines the group’s interval with that of all other students; a risk ratio’s is judged on the log scale.';

function countStatuses(items: readonly BenchmarkProgress[]): Record<BenchmarkStatus, number> {
  const counts: Record<BenchmarkStatus, number> = { met: 0, on_track: 0, not_on_track: 0, not_enough_data: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}

/** The progress of some action items only (a school's report carries its own items'). */
export function progressOf(progress: ProgressReport, actionIds: ReadonlySet<number>): ProgressReport {
  const items = progress.items.filter((i) => actionIds.has(i.actionId));
  return { ...progress, items, counts: countStatuses(items) };
}

/** Published rows of one metric by one group type, read once for every benchmark that needs them. */
function rowsReader(database: ProjectDatabase, settings: MetricSettings) {
  const tables = new Map<string, Promise<PublishedMetricRow[]>>();
  return (metric: MetricDefinition, spec: BenchmarkSpec): Promise<PublishedMetricRow[]> => {
    // An all-students benchmark reads the total row of the metric's first breakdown (as its baseline does).
    const groupType = spec.groupType ?? metricGroupTypes(metric)[0] ?? null;
    const key = `${metric.id}|${groupType ?? ''}`;
    let rows = tables.get(key);
    if (!rows) {
      rows = metricTable(database.connection, { metricId: metric.id, groupBy: groupType ? [groupType as MetricGroupType] : [] }, settings).then(publishedRows);
      tables.set(key, rows);
    }
    return rows;
  };
}

function point(year: SeriesYear, spec: BenchmarkSpec, metric: MetricDefinition, minimumN: number): BenchmarkPoint {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 10_000);
  const { lower, upper } = interval(year, spec.statistic);
  return { year: year.year, value: round(year.estimate), lower: round(lower), upper: round(upper), text: pointText(year, spec, metric, minimumN) };
}

/** One benchmark's progress from its metric's published rows. */
export function progressFromRows(rows: readonly PublishedMetricRow[], spec: BenchmarkSpec, metric: MetricDefinition, minimumN: number) {
  const series = benchmarkSeries(rows, spec, metric);
  // A benchmark saved before baseline years were recorded reads its latest year as the baseline, as it always did.
  const baselineYear = spec.baselineYear ?? series[series.length - 1]?.year ?? null;
  const baseline = series.find((y) => y.year === baselineYear) ?? null;
  const latest = [...series].reverse().find((y) => baselineYear !== null && y.year > baselineYear && y.estimate !== null) ?? null;
  const better: 1 | -1 = metric.direction === 'higher_is_better' ? 1 : -1;
  const judgement = judgeBenchmark({
    statistic: spec.statistic,
    better,
    target: spec.target,
    targetYear: spec.targetYear,
    baseline,
    latest,
    format: (value) => formatFigure(value, metric, spec.statistic),
    yearLabel: schoolYearLabel,
  });
  return {
    better,
    suffix: displayScale(metric, spec.statistic).suffix,
    groupLabel: baseline?.row.group_label ?? series[0]?.row.group_label ?? (spec.group === null ? 'All students' : spec.group),
    baseline: baseline ? point(baseline, spec, metric, minimumN) : null,
    latest: latest ? point(latest, spec, metric, minimumN) : null,
    targetText: `${formatFigure(spec.target, metric, spec.statistic)} by ${schoolYearLabel(spec.targetYear)}`,
    ...judgement,
    series: series.map((y) => point(y, spec, metric, minimumN)),
  };
}

export async function readProgress(database: ProjectDatabase): Promise<ProgressReport> {
  const settings = await readMetricSettings(database);
  const rowsOf = rowsReader(database, settings);
  const items: BenchmarkProgress[] = [];
  for (const row of await readActionRows(database.connection)) {
    const s = actionSnapshot(row);
    const benchmark = s.benchmark as BenchmarkSpec | null;
    if (!benchmark) continue;
    const base = { actionId: Number(row.action_id), domainId: s.domainId, criterionId: s.criterionId, title: s.title, owner: s.owner, itemStatus: s.status as ActionItemStatus, benchmark, statisticLabel: STATISTIC_LABELS[benchmark.statistic] };
    try {
      const metric = requireMetric(benchmark.metricId);
      items.push({ ...base, metricLabel: metric.label, ...progressFromRows(await rowsOf(metric, benchmark), benchmark, metric, settings.minimumN) });
    } catch (error) {
      // A benchmark whose metric was dropped or has no data still shows, with why it cannot be judged.
      const why = error instanceof Error && error.name === 'ServiceFailure' ? error.message : 'Its figures could not be computed.';
      items.push({ ...base, metricLabel: benchmark.metricId, groupLabel: benchmark.group ?? 'All students', suffix: '', better: 1, baseline: null, latest: null, targetText: `${benchmark.target} by ${schoolYearLabel(benchmark.targetYear)}`, expected: null, change: null, beyondNoise: null, status: 'not_enough_data', reason: why, series: [] });
    }
  }
  return { latestYear: (await schoolYears(database.connection)).at(-1) ?? null, items, counts: countStatuses(items), method: PROGRESS_METHOD };
}
