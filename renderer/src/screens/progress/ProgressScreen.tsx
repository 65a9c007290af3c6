// Progress: every action item's benchmark re-measured from the data loaded since the plan was made, with its
// status judged against the noise, a small trend chart and why; and the progress report (PDF) for the board.
import { useCallback, useState } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { Link } from 'wouter';
import type { PaperSize, ProjectInfo } from '../../../../analysis/api';
import { useAppContext } from '../../app/app-context';
import { useServiceQuery } from '../../state/query-cache';
import { BenchmarkProgressCard, progressSummary } from '../report/ReportProgress';
import { printAndSave } from '../report/save-export';
import '../report/report.css';

export function ProgressScreen({ project }: { project: ProjectInfo }) {
  const { client } = useAppContext();
  const fetchProgress = useCallback(() => client.api.getProgress({}), [client]);
  const progress = useServiceQuery(`progress:${project.path}`, fetchProgress);
  const [paper, setPaper] = useState<PaperSize>('letter');
  const [status, setStatus] = useState<string | null>(null);
  const exportPdf = async () => {
    setStatus('Printing the progress report to PDF…');
    try {
      const path = await printAndSave(client.host, { paper, internal: false, document: 'progress' });
      setStatus(path ? `Saved ${path}.` : null);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The PDF could not be saved.');
    }
  };

  return (
    <div className="screen progress-screen">
      <header className="screen-header">
        <p className="eyebrow">{project.districtName}</p>
        <h1>Progress</h1>
        <p className="lede">
          Each benchmark in the action plan, measured again from the data: the baseline year it was set in, the latest year since, and whether the change is more than
          the year-to-year noise.
        </p>
      </header>
      {progress.status === 'loading' && <p className="loading">Measuring the benchmarks…</p>}
      {progress.status === 'error' && <p className="error-text">{progress.message}</p>}
      {progress.status === 'ready' && progress.value.items.length === 0 && (
        <p className="panel">
          No action item has a benchmark yet. Add one to an action item on the <Link href="/findings">Findings</Link> screen; its baseline is the latest year loaded.
        </p>
      )}
      {progress.status === 'ready' && progress.value.items.length > 0 && (
        <>
          <section className="panel report-toolbar" aria-label="Progress report">
            <p className="progress-summary">{progressSummary(progress.value)}</p>
            <RadioGroup className="segmented" value={paper} onChange={(v) => setPaper(v as PaperSize)} orientation="horizontal">
              <Label className="toolbar-label">Paper</Label>
              <Radio value="letter" className="segment">
                Letter
              </Radio>
              <Radio value="a4" className="segment">
                A4
              </Radio>
            </RadioGroup>
            <div className="toolbar-actions">
              <Button className="button primary" onPress={exportPdf}>
                Export progress report (PDF)…
              </Button>
              <Link className="button" href={`/print-report?paper=${paper}&internal=0&document=progress`}>
                Open print view
              </Link>
            </div>
            {status && (
              <p className="action-status" role="status">
                {status}
              </p>
            )}
          </section>
          <div className="report-document progress-sheet">
            {progress.value.items.map((item) => (
              <BenchmarkProgressCard key={item.actionId} item={item} />
            ))}
            <p className="table-note">{progress.value.method}</p>
          </div>
        </>
      )}
    </div>
  );
}
