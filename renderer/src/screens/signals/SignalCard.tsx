// One signal: the engine's sentence, its figures (raw and shrunken rate, q, students needed), a small chart,
// a link to the matching Explore view and the shared "Add as evidence" action.
import { Link } from 'wouter';
import type { PublishedSignalRow } from '../../../../analysis/api';
import { DEFAULT_VIEW, type ExploreView } from '../../../../analysis/shared/explore-view';
import { serializeView } from '../../../../analysis/shared/explore-view-address';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { formatQ } from '../../../../analysis/shared/q-value';
import { PlotChart } from '../../charts/PlotChart';
import { signalChartOptions } from '../../charts/signals/signal-chart-spec';
import { ViewActions } from '../explore/ViewActions';

/** The Explore view that shows this signal: its metric by its group type, in its school and year. */
export function signalView(row: PublishedSignalRow): ExploreView {
  return { ...DEFAULT_VIEW, metricId: row.metric_id, groupBy: row.group_type as ExploreView['groupBy'], view: row.kind === 'trend' ? 'trend' : 'groups', schoolIds: row.school_id ? [row.school_id] : [], year: row.kind === 'trend' ? null : row.school_year };
}

const figure = (row: PublishedSignalRow, v: number | null) => (v === null ? '—' : row.unit === 'percent' ? `${(v * 100).toFixed(1)}%` : v.toFixed(1));
const count = (v: number | null) => (v === null ? null : Math.round(v).toLocaleString('en-US'));

export function SignalCard({ row, headingId }: { row: PublishedSignalRow; headingId: string }) {
  const where = row.school_name ? `, ${row.school_name}` : '';
  // A trend is the same group's gap seen over years: its title says so, so the two cards are told apart.
  const title = `${row.metric_label}: ${row.group_label}${where}${row.kind === 'trend' && row.from_year !== null ? `, change since ${schoolYearLabel(row.from_year)}` : ''}`;
  const chart = signalChartOptions(row, 360);
  const needed = count(row.direction === 'lower_is_better' && row.needed_ratio ? row.needed_ratio : row.needed_parity);
  const shrunk = row.shrunk === null ? null : `${figure(row, row.shrunk)} (95% ${figure(row, row.shrunk_lower)} to ${figure(row, row.shrunk_upper)})`;
  return (
    <article className="signal-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      <p className="signal-sentence">{row.sentence}</p>
      <div className="signal-body">
        <dl className="signal-figures">
          <div>
            <dt>Raw rate</dt>
            <dd>
              {figure(row, row.value)} of {count(row.n)} against {figure(row, row.reference_value)}
            </dd>
          </div>
          {shrunk && (
            <div>
              <dt>Shrunken estimate</dt>
              <dd>{shrunk}</dd>
            </div>
          )}
          <div>
            <dt>Certainty</dt>
            <dd>{row.q === null ? 'not tested' : formatQ(row.q)}</dd>
          </div>
          {needed && needed !== '0' && (
            <div>
              <dt>Students needed</dt>
              <dd>{needed}</dd>
            </div>
          )}
        </dl>
        {chart && <PlotChart options={chart} label={`${title}: raw ${figure(row, row.value)}${shrunk ? `, shrunken ${shrunk}` : ''}, all others ${figure(row, row.reference_value)}`} />}
      </div>
      <div className="signal-actions">
        <Link href={`/explore?${serializeView(signalView(row))}`} className="link-button">
          Open in Explore
        </Link>
        <ViewActions view={signalView(row)} title={title} />
      </div>
    </article>
  );
}
