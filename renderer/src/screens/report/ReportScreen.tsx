// Report: the whole report previewed as it will print, with Export PDF (a save dialog on the desktop, a
// download from the web host, both printed by the service's printer), the
// paper size, the internal (watermarked) option, and the findings, plan and review as XLSX, CSV and JSON.
import { useCallback, useState } from 'react';
import { Button, Checkbox, Label, Radio, RadioGroup } from 'react-aria-components';
import { Link } from 'wouter';
import type { ExportFindingsRequest, FindingsTable, PaperSize, ProjectInfo, Result, ExportedFile } from '../../../../analysis/api';
import { useAppContext } from '../../app/app-context';
import { useServiceQuery } from '../../state/query-cache';
import { SelectField } from '../../components/SelectField';
import { ReportCoverForm } from './ReportCoverForm';
import { ReportDocument } from './ReportDocument';
import { printAndSave, saveExport } from './save-export';
import '../findings/findings.css';

/** The "Report for" choice that means the district's own report. */
const DISTRICT = 'district';

const CSV_TABLES: { table: FindingsTable; label: string }[] = [
  { table: 'findings', label: 'Findings' },
  { table: 'recommendations', label: 'Recommendations' },
  { table: 'action_plan', label: 'Action plan' },
  { table: 'ratings', label: 'Ratings' },
];

export function ReportScreen({ project }: { project: ProjectInfo }) {
  const { client } = useAppContext();
  const [paper, setPaper] = useState<PaperSize>('letter');
  const [internal, setInternal] = useState(false);
  const [disagreementMap, setDisagreementMap] = useState(false);
  // A school's report: the district summary, then the school's own figures, findings and plan items.
  const [schoolId, setSchoolId] = useState<string>(DISTRICT);
  const school = schoolId === DISTRICT ? {} : { schoolId };
  const [status, setStatus] = useState<string | null>(null);
  const fetchModel = useCallback(() => client.api.getReportModel({ internal, disagreementMap, ...(schoolId === DISTRICT ? {} : { schoolId }) }), [client, internal, disagreementMap, schoolId]);
  // Keyed by time of opening too, so coming back after editing findings shows them.
  const [opened, setOpened] = useState(() => Date.now());
  const query = useServiceQuery(`report:${project.path}:${internal}:${disagreementMap}:${schoolId}:${opened}`, fetchModel);

  const run = async (what: string, call: () => Promise<Result<ExportedFile>>) => {
    setStatus(`Preparing ${what}…`);
    const result = await call();
    if (!result.ok) return setStatus(result.error.message);
    const saved = await saveExport(client.host, result.value);
    setStatus(saved ? `Saved ${saved}.` : null);
  };
  const exportFindings = (request: ExportFindingsRequest, what: string) => run(what, () => client.api.exportFindings({ ...request, internal }));
  const exportPdf = async () => {
    setStatus('Printing the report to PDF: laying it out, then numbering the contents…');
    try {
      const path = await printAndSave(client.host, { paper, internal, disagreementMap, ...school });
      setStatus(path ? `Saved ${path}.` : null);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'The PDF could not be saved.');
    }
  };

  return (
    <div className="screen report-screen">
      <header className="screen-header no-print">
        <p className="eyebrow">{project.districtName}</p>
        <h1>Report</h1>
        <p className="lede">The report as it will print: cover, executive summary, one section per domain, the action plan and the methods appendix.</p>
      </header>
      <section className="panel report-toolbar no-print" aria-label="Report options and exports">
        <SelectField label="Report for" value={schoolId} options={[{ id: DISTRICT, label: 'The district' }, ...project.schools.map((s) => ({ id: s.schoolId, label: s.schoolName }))]} onChange={setSchoolId} />
        <RadioGroup className="segmented" value={paper} onChange={(v) => setPaper(v as PaperSize)} orientation="horizontal">
          <Label className="toolbar-label">Paper</Label>
          <Radio value="letter" className="segment">
            Letter
          </Radio>
          <Radio value="a4" className="segment">
            A4
          </Radio>
        </RadioGroup>
        <Checkbox className="checkbox" isSelected={internal} onChange={setInternal}>
          <span className="checkbox-box" aria-hidden="true" />
          Internal view (unsuppressed figures; every page watermarked)
        </Checkbox>
        <Checkbox className="checkbox" isSelected={disagreementMap} onChange={setDisagreementMap}>
          <span className="checkbox-box" aria-hidden="true" />
          Appendix: where the reviewers disagreed (each reviewer's rating of each criterion)
        </Checkbox>
        <div className="toolbar-actions">
          <Button className="button primary" onPress={exportPdf}>
            Export PDF…
          </Button>
          <Link className="button" href={`/print-report?paper=${paper}&internal=${internal ? 1 : 0}${disagreementMap ? '&disagreementMap=1' : ''}${schoolId === DISTRICT ? '' : `&${new URLSearchParams({ school: schoolId })}`}`}>
            Open print view
          </Link>
        </div>
        <div className="toolbar-exports">
          <span className="toolbar-label">Exports</span>
          <Button className="link-button" onPress={() => exportFindings({ format: 'xlsx' }, 'the workbook')}>
            Findings and plan (XLSX)
          </Button>
          {CSV_TABLES.map(({ table, label }) => (
            <Button key={table} className="link-button" onPress={() => exportFindings({ format: 'csv', table }, `${label.toLowerCase()} CSV`)}>
              {label} (CSV)
            </Button>
          ))}
          <Button className="link-button" onPress={() => run('the review JSON', () => client.api.exportReviewJson({}))}>
            Whole review (JSON)
          </Button>
        </div>
        {status && (
          <p className="action-status" role="status">
            {status}
          </p>
        )}
      </section>
      <ReportCoverForm onSaved={() => setOpened(Date.now())} />
      {query.status === 'loading' && <p className="loading">Assembling the report…</p>}
      {query.status === 'error' && <p className="error-text">{query.message}</p>}
      {query.status === 'ready' && disagreementMap && !query.value.disagreementMap && (
        <p className="muted no-print" role="status">
          The disagreement appendix needs ratings from two or more reviewers; this review has fewer, so the report leaves it out.
        </p>
      )}
      {query.status === 'ready' && (
        <div className={`report-preview paper-${paper}`} aria-label="Report preview">
          <ReportDocument model={query.value} paper={paper} />
        </div>
      )}
    </div>
  );
}
