// One Explore chart: fetches the metric table for the view, draws the chosen chart with its words and table.
import { useCallback, useMemo, useRef } from 'react';
import { Button } from 'react-aria-components';
import type { MetricCatalog, MetricInfo } from '../../../../analysis/api';
import { inSentence } from '../../../../analysis/shared/text';
import { decodeArrow } from '../../api/arrow';
import { useAppContext, useProject } from '../../app/app-context';
import { saveCsv, savePng, saveSvg } from '../../charts/chart-export';
import { compositionOptions } from '../../charts/explore/composition-spec';
import { funnelOptions, type FunnelSchool } from '../../charts/explore/funnel-spec';
import { gapDotsOptions } from '../../charts/explore/gap-dots-spec';
import { heatmapOptions } from '../../charts/explore/heatmap-spec';
import { rateBarsOptions } from '../../charts/explore/rate-bars-spec';
import { trendOptions } from '../../charts/explore/trend-spec';
import { PlotChart } from '../../charts/PlotChart';
import { ChartFigure } from '../../components/ChartFigure';
import { useElementWidth } from '../../components/use-element-width';
import { useServiceQuery } from '../../state/query-cache';
import { chartText } from './chart-text';
import { exploreTable } from './explore-table';
import { groupOrder, metricRows, toCell, valueFormat, type MetricRow } from './metric-rows';
import { metricRequest, serializeView, type ExploreView } from './view-state';
import { withheldNote } from '../../../../analysis/shared/withheld-text';

export function ExploreChart(props: { view: ExploreView; metric: MetricInfo; catalog: MetricCatalog; latestYear: number; renderActions?: (title: string) => React.ReactNode }) {
  const { catalog } = props;
  const { client } = useAppContext();
  const projectPath = useProject((s) => s.project?.path ?? '');
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const request = useMemo(() => metricRequest(props.view, props.latestYear), [props.view, props.latestYear]);
  const fetchTable = useCallback(() => client.api.getMetricTable(request), [client, request]);
  const query = useServiceQuery(`metric:${projectPath}:${JSON.stringify(request)}`, fetchTable);
  const rows = useMemo(() => (query.status === 'ready' ? metricRows(decodeArrow(query.value)) : null), [query]);
  const notes = useMemo(() => new Map(catalog.notes.map((n) => [n.code, n.text])), [catalog]);
  const labelOf = (id: string) => catalog.groupTypes.find((g) => g.id === id)?.label ?? id;

  // The measured wrapper is always rendered, so the chart knows its width when the data arrive.
  return (
    <div ref={ref}>
      {query.status === 'loading' && <p className="loading">Computing {inSentence(props.metric.label)}…</p>}
      {query.status === 'error' && <p className="error-text">{query.message}</p>}
      {rows && width > 0 && <LoadedChart {...props} rows={rows} notes={notes} width={width} labelOf={labelOf} />}
    </div>
  );
}

function LoadedChart(props: {
  view: ExploreView;
  metric: MetricInfo;
  latestYear: number;
  renderActions?: (title: string) => React.ReactNode;
  rows: MetricRow[];
  notes: Map<string, string>;
  width: number;
  labelOf: (id: string) => string;
}) {
  const { view, metric, rows, notes, width, labelOf } = props;
  const chartRef = useRef<HTMLDivElement>(null);
  const year = view.year ?? props.latestYear;
  const format = valueFormat(metric);
  const groupRows = rows.filter((r) => !r.is_total);
  const cells = groupRows.map((r) => toCell(r, notes));
  const order = groupOrder(rows);
  const text = chartText({ view, metric, groupTypeLabel: labelOf(view.groupBy), groupType2Label: labelOf(view.groupBy2), rows, cells, format, year });
  const table = exploreTable(view.view, rows, format, notes, view.view === 'schools' ? 'School' : labelOf(view.groupBy2));
  const fileName = `${metric.id}-${serializeView(view).replace(/[^a-z0-9]+/gi, '-')}`.slice(0, 120);
  // Below this the margins for group names leave no room to draw (and Plot would make negative sizes).
  const options = chartOptions(view, rows, cells, order, format, metric, Math.max(width, 520));
  return (
    <>
      {view.internal && <p className="internal-banner" role="note">Internal view: figures below are not suppressed. Do not share screenshots; exports are marked.</p>}
      <ChartFigure
        title={text.title}
        subtitle={text.subtitle}
        footer={text.footer}
        note={withheldNote(cells.filter((c) => c.suppressed).flatMap((c) => [c.valueText, c.numeratorText]))}
        table={table}
        actions={
          <>
            <Button className="link-button" onPress={() => chartRef.current && savePng(chartRef.current, fileName, text.title, view.internal)}>
              Save PNG
            </Button>
            <Button className="link-button" onPress={() => chartRef.current && saveSvg(chartRef.current, fileName, text.title, view.internal)}>
              Save SVG
            </Button>
            <Button className="link-button" onPress={() => saveCsv(fileName, table.columns, table.rows, view.internal)}>
              Save CSV
            </Button>
            {props.renderActions?.(text.title)}
          </>
        }
      >
        <div ref={chartRef}>
          <PlotChart options={options} label={text.alternative} />
        </div>
      </ChartFigure>
    </>
  );
}

/** Exported for the report (issue 7), which redraws charts linked as evidence exactly as Explore drew them. */
export function chartOptions(view: ExploreView, rows: readonly MetricRow[], cells: ReturnType<typeof toCell>[], order: string[], format: ReturnType<typeof valueFormat>, metric: MetricInfo, width: number) {
  const totalRow = rows.find((r) => r.is_total && r.facet_value === null);
  const referenceLabel = rows.find((r) => r.reference_label)?.reference_label ?? 'All other students';
  switch (view.view) {
    case 'groups': {
      // One reference line only when every group shares it (all students, a named group).
      const values = new Set(rows.filter((r) => !r.is_total && r.reference_value !== null).map((r) => r.reference_value));
      const reference = values.size === 1 ? { value: [...values][0]!, label: referenceLabel } : totalRow?.value != null ? { value: totalRow.value, label: 'All students' } : null;
      return rateBarsOptions({ cells, groupOrder: order, format, reference, width });
    }
    case 'gaps':
      return gapDotsOptions({ cells, groupOrder: order, format, referenceLabel, width });
    case 'trend':
      return trendOptions({ cells, groupOrder: order, format, width });
    case 'schools':
    case 'intersection': {
      const rowOrder = [...new Set(rows.filter((r) => r.facet_label !== null).map((r) => r.facet_label!))];
      if (view.view === 'schools') rowOrder.sort((a, b) => a.localeCompare(b));
      return heatmapOptions({ cells: cells.filter((c) => c.secondaryLabel !== undefined), groupOrder: order, rowOrder, format, higherIsBetter: metric.direction === 'higher_is_better', width });
    }
    case 'funnel': {
      const schools: FunnelSchool[] = rows
        .filter((r) => !r.is_total && r.value !== null && r.denominator !== null && r.funnel_position)
        .map((r) => ({ schoolLabel: r.group_label, value: r.value!, n: r.denominator!, position: r.funnel_position as FunnelSchool['position'] }));
      const curve = rows
        .filter((r) => r.funnel_lower_95 !== null && r.denominator !== null)
        .map((r) => ({ n: r.denominator!, lower95: r.funnel_lower_95!, upper95: r.funnel_upper_95!, lower998: r.funnel_lower_998!, upper998: r.funnel_upper_998! }))
        .sort((a, b) => a.n - b.n);
      const target = rows.find((r) => r.funnel_target !== null)?.funnel_target ?? totalRow?.value ?? 0;
      return funnelOptions({ schools, curve, target, format, higherIsBetter: metric.direction === 'higher_is_better', width });
    }
    case 'composition':
      return compositionOptions({
        rows: rows.filter((r) => !r.is_total).map((r) => ({ group: r.group_value, groupLabel: r.group_label, outcomeShare: r.outcome_share, enrollmentShare: r.population_share })),
        groupOrder: order,
        outcomeLabel: inSentence(metric.label),
        width,
      });
  }
}
