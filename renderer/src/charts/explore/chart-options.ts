// The chart model: which spec builder draws a view, and what it is given from the published rows.
import type * as Plot from '@observablehq/plot';
import type { MetricInfo } from '../../../../analysis/api';
import type { ExploreView } from '../../../../analysis/shared/explore-view';
import { inSentence } from '../../../../analysis/shared/text';
import { compositionOptions } from './composition-spec';
import type { RateCell, ValueFormat } from './explore-data';
import { funnelCurve } from './funnel-curve';
import { funnelOptions, type FunnelSchool } from './funnel-spec';
import { gapDotsOptions } from './gap-dots-spec';
import { heatmapOptions, heatmapRowOrder, type HeatmapSort } from './heatmap-spec';
import { ALL_STUDENTS_COLOR } from './group-colors';
import type { MetricRow } from './metric-rows';
import { rateBarsOptions } from './rate-bars-spec';
import { trendOptions } from './trend-spec';

/** Shared with the report, which redraws charts linked as evidence exactly as Explore drew them. */
export function chartOptions(
  view: ExploreView,
  rows: readonly MetricRow[],
  cells: readonly RateCell[],
  order: readonly string[],
  format: ValueFormat,
  metric: MetricInfo,
  width: number,
  choices: { sort?: HeatmapSort } = {},
): Plot.PlotOptions {
  const totalRow = rows.find((r) => r.is_total && r.facet_value === null);
  const referenceLabel = rows.find((r) => r.reference_label)?.reference_label ?? 'All other students';
  switch (view.view) {
    case 'groups': {
      // One reference line only when every group shares it (all students, a named group).
      const values = new Set(rows.filter((r) => !r.is_total && r.reference_value !== null).map((r) => r.reference_value));
      // Representation compares each group with its own share of students: ticks per group, not one line.
      if (metric.kind === 'representation') return rateBarsOptions({ cells, groupOrder: order, format, reference: null, referenceTicks: 'Share of students', form: 'bars', width });
      const reference = values.size === 1 ? { value: [...values][0]!, label: referenceLabel } : totalRow?.value != null ? { value: totalRow.value, label: 'All students' } : null;
      return rateBarsOptions({ cells, groupOrder: order, format, reference, form: metric.kind === 'mean' && format.scale !== 100 ? 'dots' : 'bars', width });
    }
    case 'gaps':
      return gapDotsOptions({ cells, groupOrder: order, format, referenceLabel, width });
    case 'trend':
      return trendOptions({ cells, totals: rows.filter((r) => r.is_total && r.facet_value === null).map(totalCell), groupOrder: order, format, width });
    case 'schools':
    case 'intersection': {
      const higherIsBetter = metric.direction === 'higher_is_better';
      const rowOrder = view.view === 'schools' ? heatmapRowOrder(facetSummaries(rows, higherIsBetter), choices.sort ?? 'name', higherIsBetter) : [...new Set(rows.filter((r) => r.facet_label !== null).map((r) => r.facet_label!))];
      return heatmapOptions({ cells: cells.filter((c) => c.secondaryLabel !== undefined), groupOrder: order, rowOrder, format, higherIsBetter: metric.direction === 'higher_is_better', width });
    }
    case 'funnel': {
      const schools: FunnelSchool[] = rows
        .filter((r) => !r.is_total && r.value !== null && r.denominator !== null && r.funnel_position)
        .map((r) => ({ schoolLabel: r.group_label, value: r.value!, n: r.denominator!, position: r.funnel_position as FunnelSchool['position'] }));
      const published = rows
        .filter((r) => !r.is_total && r.funnel_lower_95 !== null && r.denominator !== null)
        .map((r) => ({ n: r.denominator!, lower95: r.funnel_lower_95!, upper95: r.funnel_upper_95!, lower998: r.funnel_lower_998!, upper998: r.funnel_upper_998! }));
      const target = rows.find((r) => r.funnel_target !== null)?.funnel_target ?? totalRow?.value ?? 0;
      const sizes = published.map((p) => p.n);
      // From well below the smallest school to just past the largest, so the funnel's mouth shows.
      const curve = funnelCurve(published, target, [Math.min(...sizes) * 0.6, Math.max(...sizes) * 1.05], { bounded: format.scale === 100 });
      return funnelOptions({ schools, curve, target, format, higherIsBetter: metric.direction === 'higher_is_better', width });
    }
    case 'composition':
      return compositionOptions({
        rows: rows.filter((r) => !r.is_total).map((r, i) => ({ group: r.group_value, groupLabel: r.group_label, outcomeShare: r.outcome_share, enrollmentShare: r.population_share, withheld: cells[i]?.withheld ?? null })),
        groupOrder: order,
        outcomeLabel: inSentence(metric.label),
        width,
      });
  }
}

/** Each school row of the grid: its overall figure, its widest gap on the side of concern, and its size. */
function facetSummaries(rows: readonly MetricRow[], higherIsBetter: boolean) {
  const labels = [...new Set(rows.filter((r) => r.facet_label !== null).map((r) => r.facet_label!))];
  const sign = higherIsBetter ? -1 : 1;
  return labels.map((label) => {
    const mine = rows.filter((r) => r.facet_label === label);
    const total = mine.find((r) => r.is_total) ?? null;
    const gaps = mine.filter((r) => !r.is_total && r.gap !== null).map((r) => r.gap! * sign);
    return { label, value: total?.value ?? null, widestGap: gaps.length > 0 ? Math.max(...gaps) : null, n: total?.denominator ?? null };
  });
}

/** A total row as a cell for the trend's all-students line (its withheld label is never drawn). */
function totalCell(r: MetricRow): RateCell {
  return {
    group: 'all',
    groupLabel: 'All students',
    year: r.school_year,
    value: r.value,
    lower: r.value_lower,
    upper: r.value_upper,
    n: r.denominator,
    numeratorText: r.numerator_coded ?? String(r.numerator ?? ''),
    denominatorText: r.denominator_coded ?? (r.denominator ?? 0).toLocaleString('en-US'),
    gap: null,
    reference: null,
    suppressed: r.suppressed,
    withheld: null,
    color: ALL_STUDENTS_COLOR,
    note: null,
  };
}
