// One Explore chart: fetches the metric table for the view, draws the chosen chart with its words and table.
import { useCallback, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { ExploreSources, MetricCatalog, MetricInfo, ProjectInfo } from '../../../../analysis/api';
import { inSentence } from '../../../../analysis/shared/text';
import { decodeArrow } from '../../api/arrow';
import { useAppContext, useProject } from '../../app/app-context';
import { saveBytes, saveCsv, savePng, saveSvg, type ExportText } from '../../charts/chart-export';
import { chartOptions } from '../../charts/explore/chart-options';
import { chartPlace } from '../../charts/explore/chart-place';
import { chartText } from '../../charts/explore/chart-text';
import type { HeatmapSort } from '../../charts/explore/heatmap-spec';
import { exploreExportTable, exploreTable } from '../../charts/explore/explore-table';
import { groupOrder, metricRows, toCell, valueFormat, type MetricRow } from '../../charts/explore/metric-rows';
import { PlotChart } from '../../charts/PlotChart';
import { ChartFigure } from '../../components/ChartFigure';
import { SelectField } from '../../components/SelectField';
import { useElementWidth } from '../../components/use-element-width';
import { useServiceQuery } from '../../state/query-cache';
import { metricRequest, serializeView, type ExploreView } from './view-state';

interface ChartProps {
  view: ExploreView;
  metric: MetricInfo;
  catalog: MetricCatalog;
  project: ProjectInfo;
  latestYear: number;
  minimumN: number;
  /** Which sources hold the metric and how many schools pass the filters; null while loading. */
  sources: ExploreSources | null;
  /** How the data source is named in captions ("student records"); null when not known. */
  sourceLabel: string | null;
  renderActions?: (title: string) => React.ReactNode;
}

export function ExploreChart(props: ChartProps) {
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
      {rows && emptyReason(props, rows) && <p className="empty-state" role="status">{emptyReason(props, rows)}</p>}
      {rows && !emptyReason(props, rows) && width > 0 && <LoadedChart {...props} rows={rows} notes={notes} width={width} labelOf={labelOf} />}
    </div>
  );
}

const SORTS = [
  { id: 'value', label: 'Figure for all students' },
  { id: 'gap', label: 'Widest gap' },
  { id: 'n', label: 'Number of students' },
  { id: 'name', label: 'Name' },
];

/**
 * Why there is nothing to draw, told apart: no school passes the filters, the chosen source holds no
 * records for the metric, or no figure for the year. Withheld figures are not "nothing": they are drawn
 * and labelled, and the headline says so.
 */
function emptyReason(props: ChartProps, rows: readonly MetricRow[]): string | null {
  const { sources, view, metric } = props;
  if (sources && sources.matchingSchools === 0) return 'No school matches these filters. Widen the school, level, pathway, phase or community-school filters to see figures.';
  const chosen = sources?.sources.find((s) => s.id === (view.source === 'auto' ? sources.automatic : view.source));
  if (sources && (!chosen || !chosen.available)) {
    const other = sources.sources.find((s) => s.available && s.id !== chosen?.id);
    return `No data: ${chosen ? chosen.label.toLowerCase() : 'this project'} ${chosen ? 'hold' : 'holds'} no records for ${inSentence(metric.label)}.${other ? ` Switch the data source to ${other.label.toLowerCase()}.` : ' Import them on the Data screen.'}`;
  }
  if (rows.filter((r) => !r.is_total).length === 0) return `No data: there are no figures for ${inSentence(metric.label)} in this school year${view.gradeBand ? ' and grade band' : ''}.`;
  return null;
}

function LoadedChart(props: ChartProps & { rows: MetricRow[]; notes: Map<string, string>; width: number; labelOf: (id: string) => string }) {
  const { view, metric, rows, notes, width, labelOf, project, minimumN } = props;
  const chartRef = useRef<HTMLDivElement>(null);
  // The grid's row order is a way of reading it, not part of the view, so it stays out of the address.
  const [sort, setSort] = useState<HeatmapSort>('value');
  const [exportError, setExportError] = useState<string | null>(null);
  const { client } = useAppContext();
  const year = view.year ?? props.latestYear;
  const format = valueFormat(metric);
  const cells = rows.filter((r) => !r.is_total).map((r) => toCell(r, notes, minimumN));
  const place = chartPlace(view, project.districtName, project.schools);
  const text = chartText({
    view,
    metric,
    groupTypeLabel: labelOf(view.groupBy),
    groupType2Label: labelOf(view.groupBy2),
    rows,
    cells,
    format,
    year,
    place,
    districtName: project.districtName,
    source: props.sourceLabel,
    minimumN,
  });
  const secondary = view.view === 'schools' ? 'School' : labelOf(view.groupBy2);
  const table = exploreTable(view.view, rows, format, notes, secondary, minimumN);
  const fileName = `${metric.id}-${serializeView(view).replace(/[^a-z0-9]+/gi, '-')}`.slice(0, 120);
  const exported: ExportText = { title: text.title, subtitle: text.subtitle, caption: [text.footer, text.legend, ...(text.suppressionNote ? [text.suppressionNote] : [])] };
  const exportData = () => exploreExportTable(view.view, rows, format, notes, secondary, minimumN);
  const csv = () => {
    const data = exportData();
    saveCsv(fileName, text.metadata, data.columns, data.rows, view.internal);
  };
  const xlsx = async () => {
    const data = exportData();
    // Written by the service, which already bundles exceljs; the renderer bundle stays small.
    const result = await client.api.exportChartXlsx({ baseName: fileName, metadata: text.metadata, columns: data.columns, rows: data.rows, internal: view.internal });
    if (result.ok) saveBytes(result.value.fileName, result.value.bytes, result.value.mimeType);
    else setExportError(result.error.message);
  };
  // Below this the margins for group names leave no room to draw (and Plot would make negative sizes).
  const options = chartOptions(view, rows, cells, groupOrder(rows), format, metric, Math.max(width, 520), { sort });
  return (
    <>
      {view.internal && <p className="internal-banner" role="note">Internal view: figures below are not suppressed. Do not share screenshots; exports are marked.</p>}
      <ChartFigure
        title={text.title}
        subtitle={text.subtitle}
        footer={text.footer}
        legend={text.legend}
        note={text.suppressionNote ?? undefined}
        table={table}
        actions={
          <>
            <Button className="link-button" onPress={() => chartRef.current && savePng(chartRef.current, fileName, exported, view.internal)}>
              Save PNG
            </Button>
            <Button className="link-button" onPress={() => chartRef.current && saveSvg(chartRef.current, fileName, exported, view.internal)}>
              Save SVG
            </Button>
            <Button className="link-button" onPress={csv}>
              Save CSV
            </Button>
            <Button className="link-button" onPress={xlsx}>
              Save XLSX
            </Button>
            {exportError && (
              <span className="error-text" role="alert">
                {exportError}
              </span>
            )}
            {props.renderActions?.(text.title)}
          </>
        }
      >
        {view.view === 'schools' && (
          <div className="chart-tools">
            <SelectField label="Sort schools by" value={sort} options={SORTS} onChange={(id) => setSort(id as HeatmapSort)} />
          </div>
        )}
        <div ref={chartRef}>
          <PlotChart options={options} label={text.alternative} interactive />
        </div>
      </ChartFigure>
    </>
  );
}
