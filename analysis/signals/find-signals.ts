// The signals engine: every Domain 1 and Domain 2 metric, by every student group district-wide and
// within each school, tested in the latest year (its gap against all others) and since the first year
// (the change in that gap); Benjamini-Hochberg across the whole family; signals ranked.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Grouping } from '../metrics/compile/metric-query';
import type { MetricSettings } from '../metrics/metric-settings';
import { computePanelFrames, readSchoolNames, type PanelFrame } from '../metrics/panel-frames';
import { metricGroupTypes } from '../metrics/registry';
import { groupType, type GroupTypeId } from '../metrics/registry/group-types';
import type { MetricDefinition } from '../metrics/registry/metric-types';
import { withheldRows } from '../privacy/signal-suppression';
import { addFieldMethods } from './field-methods';
import { gapCells } from './gap-cells';
import { controlFamily, rankCells } from './signal-family';
import type { SignalSettings } from './signal-settings';
import type { SignalCell } from './signal-types';
import { trendCells } from './trend-cells';

export interface FoundSignals {
  cells: PublishableCell[];
  schoolNames: ReadonlyMap<string, string>;
  metrics: string[];
  groupTypes: GroupTypeId[];
  years: number[];
}

export interface PublishableCell extends SignalCell {
  /** Its figures (or, for a trend, either year's) are withheld by small-cell suppression. */
  withheld: boolean;
  /** Position in the ranking of the whole family (1 is first), kept when a list is filtered. */
  rank: number;
}

export interface FindOptions {
  year: number | null;
  /** Unsuppressed, for on-screen review only. */
  internal: boolean;
}

/** The groups signals compare: student groups (not grades), plus school poverty for staff metrics. */
export function signalGroupings(metrics: readonly MetricDefinition[]): Grouping[] {
  const types = new Set(metrics.flatMap((m) => metricGroupTypes(m)));
  const studentGroups = [...types].filter((t) => groupType(t).category === 'student' && t !== 'grade');
  const groupings: Grouping[] = studentGroups.flatMap((g): Grouping[] => [{ primary: g, facet: null }, ...(types.has('school') ? [{ primary: g, facet: 'school' as const }] : [])]);
  if (metrics.some((m) => m.population === 'staff') && types.has('poverty_quartile')) groupings.push({ primary: 'poverty_quartile', facet: null });
  return groupings;
}

/** Cells of one frame, tested and annotated; pure, so any frame (or a synthetic one) can be checked. */
export function frameSignalCells(frame: PanelFrame, frameId: number, options: { year: number | null }, settings: SignalSettings): SignalCell[] {
  const cellOptions = { year: options.year, floorPoints: settings.floorPoints, floorRatio: settings.floorRatio, floorEffectSize: settings.floorEffectSize };
  const cells = [...gapCells(frame, frameId, cellOptions), ...trendCells(frame, frameId, cellOptions)];
  addFieldMethods(frame, cells, settings.floorRatio);
  return cells;
}

export async function findSignals(connection: DuckDBConnection, metricSettings: MetricSettings, settings: SignalSettings, options: FindOptions): Promise<FoundSignals> {
  const schoolNames = await readSchoolNames(connection);
  const cells: PublishableCell[] = [];
  const metrics = new Set<string>();
  const groupTypes = new Set<GroupTypeId>();
  const years = new Set<number>();
  let frameId = 0;
  await computePanelFrames(connection, metricSettings, {
    domains: [1, 2],
    include: (metric) => metric.kind !== 'representation',
    groupings: signalGroupings,
    schoolNames,
    // Frames are dropped as soon as their cells are read: a large district's panel does not fit in memory at once.
    onFrame: (frame) => {
      const found = frameSignalCells(frame, frameId++, options, settings);
      if (found.length === 0) return;
      const withheld = options.internal ? null : withheldRows(frame.computed, { minimumN: metricSettings.minimumN });
      for (const tested of found) {
        // Extended in place: a large district has hundreds of thousands of cells, and copies cost.
        const cell = tested as PublishableCell;
        cell.rank = 0;
        cell.withheld = withheld !== null && (withheld[cell.row] === 1 || (cell.fromRow >= 0 && withheld[cell.fromRow] === 1));
        cells.push(cell);
        metrics.add(cell.metric.id);
        groupTypes.add(cell.groupType);
        years.add(cell.year);
        if (cell.fromYear !== null) years.add(cell.fromYear);
      }
    },
  });
  controlFamily(cells, settings);
  const ranked = rankCells(cells) as PublishableCell[];
  ranked.forEach((cell, i) => (cell.rank = i + 1));
  return { cells: ranked, schoolNames, metrics: [...metrics], groupTypes: [...groupTypes], years: [...years].sort((a, b) => a - b) };
}
