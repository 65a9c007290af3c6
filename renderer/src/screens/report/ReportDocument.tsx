// The whole report laid out for print: cover, contents, executive summary, one section per domain, the
// action plan, progress on it (once a later year is loaded), the methods appendix and, when asked for, the disagreement appendix. The same component is
// the in-app preview and the print route.
import type { PaperSize, ReportModel } from '../../../../analysis/api';
import { INTERNAL_REPORT_MARK } from '../../../../analysis/shared/findings-labels';
import { NO_PAGE_NUMBERS, type PageNumbers } from './report-format';
import { ReportActionPlan } from './ReportActionPlan';
import { ReportContents, ReportCover } from './ReportCover';
import { ReportDataProfile } from './ReportDataProfile';
import { ReportDisagreementMap } from './ReportDisagreementMap';
import { ReportDomain } from './ReportDomain';
import { ReportMethods } from './ReportMethods';
import { ReportProgress } from './ReportProgress';
import { ReportSummary } from './ReportSummary';
import { ReportSchoolFindings } from './ReportSchoolFindings';
import './report.css';

/** The page box: the only rule that differs between paper sizes (margins match the printers' options). */
export function PageRule({ paper }: { paper: PaperSize }) {
  return <style>{`@page { size: ${paper === 'a4' ? 'A4' : 'letter'}; margin: 0.7in 0.75in 0.8in 0.75in; }`}</style>;
}

/** `pages`: where each heading landed in a first print (print, then number); none on screen. */
export function ReportDocument({ model, paper, pages = NO_PAGE_NUMBERS }: { model: ReportModel; paper: PaperSize; pages?: PageNumbers }) {
  return (
    <article className={`report-document paper-${paper}${model.internal ? ' internal' : ''}`} lang="en">
      <PageRule paper={paper} />
      {model.internal && (
        // Fixed-position elements repeat on every printed page: the watermark is on each one.
        <div className="report-watermark" aria-hidden="true">
          INTERNAL
        </div>
      )}
      {model.internal && (
        <p className="internal-strip" role="note">
          {INTERNAL_REPORT_MARK}
        </p>
      )}
      <ReportCover model={model} />
      <ReportContents model={model} pages={pages} />
      <ReportSummary model={model} pages={pages} />
      {model.contents.some((c) => c.anchor === 'data-profile') && <ReportDataProfile model={model} />}
      {model.school && <ReportSchoolFindings model={model} pages={pages} />}
      {model.domains.map((domain) => (
        <ReportDomain key={domain.domainId} domain={domain} model={model} pages={pages} />
      ))}
      {model.contents.some((c) => c.anchor === 'action-plan') && <ReportActionPlan model={model} />}
      {model.contents.some((c) => c.anchor === 'progress') && <ReportProgress progress={model.progress} />}
      <ReportMethods model={model} />
      {model.disagreementMap && <ReportDisagreementMap map={model.disagreementMap} />}
    </article>
  );
}
