// The print route (#/print-report?paper=letter&internal=0[&disagreementMap=1][&document=progress]): the report (or the
// progress report) alone, no app frame, for printers.
// When every chart has drawn it sets body[data-report-ready="true"], which printers wait for.
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearch } from 'wouter';
import type { PaperSize, ReportModel } from '../../../../analysis/api';
import { parseReportPages, REPORT_PAGES_EVENT } from '../../../../analysis/shared/report-pages';
import { useAppContext } from '../../app/app-context';
import { ReportDocument } from './ReportDocument';
import { ProgressDocument } from './ProgressDocument';
import { runningTitle } from '../../../../analysis/shared/document-titles';

export function PrintReport() {
  const { client } = useAppContext();
  const params = new URLSearchParams(useSearch());
  const paper: PaperSize = params.get('paper') === 'a4' ? 'a4' : 'letter';
  const internal = params.get('internal') === '1';
  const disagreementMap = params.get('disagreementMap') === '1';
  const progressOnly = params.get('document') === 'progress';
  const schoolId = params.get('school') ?? undefined;
  // The printers' second pass: where each heading landed in the first print, from the address or (without
  // reloading the report) from an event a printer dispatches in the page.
  const [pagesText, setPagesText] = useState(params.get('pages'));
  const pages = useMemo(() => ({ pages: parseReportPages(pagesText), pending: pagesText === null }), [pagesText]);
  useEffect(() => {
    const listener = (event: Event) => {
      delete document.body.dataset.reportReady;
      setPagesText(String((event as CustomEvent<unknown>).detail ?? ''));
    };
    window.addEventListener(REPORT_PAGES_EVENT, listener);
    return () => window.removeEventListener(REPORT_PAGES_EVENT, listener);
  }, []);
  const [model, setModel] = useState<ReportModel | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    delete document.body.dataset.reportReady;
    delete document.body.dataset.reportError;
    document.body.classList.add('printing-report');
    let current = true;
    void client.api.getReportModel({ internal, disagreementMap, ...(schoolId ? { schoolId } : {}) }).then((result) => {
      if (!current) return;
      if (result.ok) setModel(result.value);
      else setError(result.error.message);
    });
    return () => {
      current = false;
      document.body.classList.remove('printing-report');
    };
  }, [client, internal, disagreementMap, schoolId]);
  useEffect(() => {
    if (error) document.body.dataset.reportError = error;
    if (!model) return;
    // The PDF's title (its metadata, and what a screen reader announces first).
    document.title = runningTitle({ title: model.cover.title, districtName: model.cover.districtName, schoolName: model.school?.schoolName, document: progressOnly ? 'progress' : 'review' });
    // Children's effects (each chart's Plot.plot) have run by now; wait for the fonts. A timer, not an
    // animation frame: a hidden print window may never paint a frame.
    let cancelled = false;
    void document.fonts.ready.then(() =>
      setTimeout(() => {
        if (!cancelled) document.body.dataset.reportReady = 'true';
      }, 0),
    );
    return () => {
      cancelled = true;
    };
  }, [model, error, pages, progressOnly]);
  if (error) return <p className="error-text">{error}</p>;
  if (!model) return <p className="loading">Preparing the report…</p>;
  return (
    <main id="main" className="print-main">
      <p className="no-print print-back">
        <Link href={progressOnly ? '/progress' : '/report'}>Back to the {progressOnly ? 'Progress' : 'Report'} screen</Link>
      </p>
      {progressOnly ? <ProgressDocument model={model} paper={paper} /> : <ReportDocument model={model} paper={paper} pages={pages} />}
    </main>
  );
}
