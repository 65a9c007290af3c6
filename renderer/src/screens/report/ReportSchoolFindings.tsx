// A school's report: the findings recorded for the school, domain by domain (the district's are in its own report).
import type { ReportModel } from '../../../../analysis/api';
import type { PageNumbers } from './report-format';
import { ReportFindings } from './ReportFindings';

export function ReportSchoolFindings({ model, pages }: { model: ReportModel; pages: PageNumbers }) {
  const school = model.school!;
  const entry = model.contents.find((c) => c.anchor === 'school-findings');
  return (
    <section className="report-section" id="school-findings" aria-labelledby="school-findings-title">
      <h1 id="school-findings-title">{entry?.title ?? 'Findings'}</h1>
      <p className="section-intro">What the review found at {school.schoolName}. The district-wide findings, ratings and plan are in the district’s report; its summary opens this one.</p>
      {school.findings.length === 0 && <p className="muted">No findings are recorded for this school yet.</p>}
      {school.findings.map((domain) => (
        <div key={domain.number}>
          <h2>
            Domain {domain.number}: {domain.name}
          </h2>
          <ReportFindings findings={domain.findings} pages={pages} />
        </div>
      ))}
    </section>
  );
}
