// One chart linked as evidence, drawn for the report with the Explore spec builders: title, finding,
// the chart, its text alternative in words, and its data table (all real text in the PDF).
import type { MetricCatalog, ReportChart as ReportChartModel } from '../../../../analysis/api';
import { PlotChart } from '../../charts/PlotChart';
import { chartOptions } from '../../charts/explore/chart-options';
import { chartPlace, type PlaceSchool } from '../../charts/explore/chart-place';
import { chartText } from '../../charts/explore/chart-text';
import { exploreTable } from '../../charts/explore/explore-table';
import { groupOrder, toCell, valueFormat, type MetricRow } from '../../charts/explore/metric-rows';
import { parseView } from '../explore/view-state';
import { withheldNote } from '../../../../analysis/shared/withheld-text';

/** Content width of a Letter or A4 page inside the report's margins, in CSS pixels. */
export const REPORT_CHART_WIDTH = 640;

export function ReportChart({ chart, notes, minimumN, districtName, schools = [] }: { chart: ReportChartModel; notes: MetricCatalog['notes']; minimumN: number; districtName: string; schools?: readonly PlaceSchool[] }) {
  const noteMap = new Map(notes.map((n) => [n.code, n.text]));
  if (chart.error || chart.rows.length === 0) {
    return (
      <figure className="report-figure" id={chart.anchor}>
        <h4>{chart.title}</h4>
        <p className="muted">{chart.error ?? 'No figures for this view in the project’s data.'}</p>
      </figure>
    );
  }
  const view = { ...parseView(chart.query), groupBy: chart.groupType as never, internal: chart.rows.some((r) => r.internal) };
  const rows = chart.rows as MetricRow[];
  const format = valueFormat(chart.metric);
  const cells = rows.filter((r) => !r.is_total).map((r) => toCell(r, noteMap, minimumN));
  // The schools the report names (a school's report, its school); any other school filter reads "school <id>".
  const place = chartPlace(view, districtName, [...schools]);
  const text = chartText({ view, metric: chart.metric, groupTypeLabel: chart.groupTypeLabel, groupType2Label: chart.groupType2Label, rows, cells, format, year: chart.year, place, districtName, source: null, minimumN });
  const table = exploreTable(view.view, rows, format, noteMap, view.view === 'schools' ? 'School' : chart.groupType2Label, minimumN);
  const options = chartOptions(view, rows, cells, groupOrder(rows), format, chart.metric, REPORT_CHART_WIDTH);
  const descriptionId = `${chart.anchor}-description`;
  return (
    <figure className="report-figure" id={chart.anchor} aria-describedby={descriptionId}>
      <div className="figure-keep">
        {/* The evidence's own title: what findings cite, and what printers look up for its page. */}
        <h4>{chart.title}</h4>
        <p className="figure-finding">
          {text.title}. {text.subtitle}
        </p>
        <PlotChart options={options} label={text.alternative} />
      </div>
      <figcaption>
        <p id={descriptionId} className="figure-alternative">
          <span className="figure-label">Text description. </span>
          {text.alternative}
        </p>
        <p className="figure-source">
          {text.footer}
          {cells.some((c) => c.suppressed) ? ` ${withheldNote(cells.filter((c) => c.suppressed).flatMap((c) => [c.valueText, c.numeratorText])) ?? ''}` : ''}
        </p>
        {chart.note && <p className="figure-note">Reviewer’s note: {chart.note}</p>}
      </figcaption>
      {/* A title paragraph rather than a <caption>: a caption can be left at a page's foot while its table moves on. */}
      <p className="table-title" id={`${chart.anchor}-table`}>
        Data for “{text.title}”
      </p>
      <table className="report-table data" aria-labelledby={`${chart.anchor}-table`}>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className={rows[i]?.is_total ? 'total-row' : undefined}>
              {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j} className={typeof cell === 'number' || /^[<>≤≥*\d.,%+-]/.test(String(cell)) ? 'num' : undefined}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
