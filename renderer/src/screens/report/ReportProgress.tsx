// Progress on the action plan: each benchmark's baseline, latest figure, target and status, with a small trend
// chart and the reason for its status. The same cards are the Progress screen, the review report's section and
// the body of the progress report.
import type { BenchmarkProgress, ProgressReport } from '../../../../analysis/api';
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import { BENCHMARK_STATUS_LABELS } from '../../../../analysis/shared/findings-labels';
import { PROGRESS_HEADING } from '../../../../analysis/shared/document-titles';
import { PlotChart } from '../../charts/PlotChart';
import { benchmarkTrendOptions, benchmarkTrendText } from '../../charts/report/benchmark-trend-spec';

/** Width of a card's trend chart, in CSS pixels: half the report's content width. */
const TREND_WIDTH = 300;

/** "Against the data through 2024-25: 1 met, 1 on track, 2 not on track." */
export function progressSummary(progress: ProgressReport): string {
  const counts = (Object.keys(progress.counts) as (keyof ProgressReport['counts'])[]).filter((s) => progress.counts[s] > 0);
  const through = progress.latestYear === null ? 'no school year yet' : schoolYearLabel(progress.latestYear);
  return `${progress.items.length} benchmark${progress.items.length === 1 ? '' : 's'} against the data through ${through}: ${counts.map((s) => `${progress.counts[s]} ${BENCHMARK_STATUS_LABELS[s].toLowerCase()}`).join(', ')}.`;
}

export function BenchmarkProgressCard({ item, headingLevel = 2 }: { item: BenchmarkProgress; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `progress-${item.actionId}`;
  const drawable = item.series.some((p) => p.value !== null);
  return (
    <article className="progress-item" aria-labelledby={headingId}>
      <div className="progress-head">
        <Heading id={headingId}>{item.title}</Heading>
        <span className={`progress-status status-${item.status}`}>{BENCHMARK_STATUS_LABELS[item.status]}</span>
      </div>
      <p className="progress-measure">
        {item.metricLabel}, {item.groupLabel}
        {item.benchmark.statistic === 'value' ? '' : ` (${item.statisticLabel.toLowerCase()})`} · Owner: {item.owner}
        {item.itemStatus === 'draft' ? ' · draft item' : ''}
      </p>
      <div className="progress-body">
        <dl className="progress-figures">
          <div>
            <dt>Baseline</dt>
            <dd>{item.baseline?.text ?? 'none recorded'}</dd>
          </div>
          <div>
            <dt>Latest</dt>
            <dd>{item.latest?.text ?? 'no later year yet'}</dd>
          </div>
          <div>
            <dt>Target</dt>
            <dd>{item.targetText}</dd>
          </div>
        </dl>
        {drawable && (
          <figure className="progress-trend">
            <PlotChart options={benchmarkTrendOptions(item, TREND_WIDTH)} label={benchmarkTrendText(item)} />
            <figcaption className="visually-hidden">{benchmarkTrendText(item)}</figcaption>
          </figure>
        )}
      </div>
      <p className="progress-reason">{item.reason}</p>
    </article>
  );
}

/** The review report's section, printed once a year after a baseline is loaded; the progress report's body too. */
export function ReportProgress({ progress, asDocument = false }: { progress: ProgressReport; asDocument?: boolean }) {
  return (
    <section className={asDocument ? 'progress-document-body' : 'report-section'} id="progress" aria-labelledby="progress-title">
      {/* The progress report's cover already carries the title; its body is the benchmarks. */}
      <h1 id="progress-title">{asDocument ? 'Benchmarks' : PROGRESS_HEADING}</h1>
      <p className="section-intro">{progressSummary(progress)}</p>
      {progress.items.map((item) => (
        <BenchmarkProgressCard key={item.actionId} item={item} />
      ))}
      <p className="table-note">{progress.method} Figures are suppressed to protect small groups, as everywhere in this report.</p>
    </section>
  );
}
