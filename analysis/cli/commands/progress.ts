// `equitylens progress <project> [--json] [--out FILE.pdf [--paper letter|a4]]`: every action item's benchmark
// re-measured from the data, with its baseline, latest figure, target and status (met, on track, not on track,
// not enough data) and why; --out prints the progress report for the board (always suppressed) instead.
//
// --json prints { "format": 1, "latestYear": number | null, "counts": { met, on_track, not_on_track, not_enough_data },
// "method": string, "items": BenchmarkProgress[] } (analysis/contract/findings.ts): figures in the target's
// display unit (12.5 is 12.5%), each with its 95% interval, and the whole published series for a trend chart.
import path from 'node:path';
import type { BenchmarkProgress, BenchmarkStatus, ProgressReport } from '../../api';
import type { EquityLensService } from '../../service/create-service';
import { schoolYearLabel } from '../../shared/codes';
import { BENCHMARK_STATUS_LABELS } from '../../shared/findings-labels';
import { unwrap } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';
import { textTable } from '../table-output';
import { pdfTarget, writePdf } from '../report-print/write-pdf';

export const PROGRESS_JSON_FORMAT = 1;

export async function progressCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const pdf = command.option('out') !== undefined ? pdfTarget(command) : null;
  unwrap(await service.openProject({ path: path.resolve(command.positionals[0]!) }));
  if (pdf) return writePdf(service, { paper: pdf.paper, internal: false, document: 'progress' }, pdf.target, io);
  const report = unwrap(await service.getProgress({}));
  if (command.flag('json')) io.out(JSON.stringify({ format: PROGRESS_JSON_FORMAT, ...report }, null, 2));
  else io.out(progressText(report));
}

const figure = (point: BenchmarkProgress['baseline']) => (point ? point.text : 'none');

function progressText(report: ProgressReport): string {
  if (report.items.length === 0) return 'No action item has a benchmark yet. Add one on the Findings screen (Action plan).';
  const statuses = (Object.keys(report.counts) as BenchmarkStatus[]).filter((s) => report.counts[s] > 0);
  const rows = report.items.map((item) => [
    `${item.actionId}. ${item.title}${item.itemStatus === 'draft' ? ' (draft)' : ''}`,
    `${item.metricLabel}, ${item.groupLabel}${item.benchmark.statistic === 'value' ? '' : ` (${item.statisticLabel.toLowerCase()})`}`,
    figure(item.baseline),
    figure(item.latest),
    item.targetText,
    BENCHMARK_STATUS_LABELS[item.status],
  ]);
  return [
    `Benchmarks against the data through ${report.latestYear === null ? 'no year yet' : schoolYearLabel(report.latestYear)}: ${statuses.map((s) => `${report.counts[s]} ${BENCHMARK_STATUS_LABELS[s].toLowerCase()}`).join(', ')}.`,
    '',
    textTable(['Action', 'Benchmark', 'Baseline', 'Latest', 'Target', 'Status'], rows, [false, false, false, false, false, false]),
    '',
    ...report.items.map((item) => `${item.actionId}. ${BENCHMARK_STATUS_LABELS[item.status]}: ${item.reason}`),
    '',
    report.method,
  ].join('\n');
}
