// A list of findings by type (strengths, areas for growth, limiting factors), each with its criteria, evidence
// and the charts it rests on: a domain's section prints its own, a school's report the school's.
import type { FindingType, ReportFinding } from '../../../../analysis/api';
import { FINDING_TYPE_HEADINGS, FINDING_TYPE_LABELS } from '../../../../analysis/shared/findings-labels';
import { PageRef, type PageNumbers } from './report-format';

const TYPES: FindingType[] = ['strength', 'area_for_growth', 'limiting_factor'];

export function ReportFindings({ findings, pages }: { findings: readonly ReportFinding[]; pages: PageNumbers }) {
  return (
    <>
      {TYPES.map((type) => {
        const ofType = findings.filter((f) => f.type === type);
        if (ofType.length === 0) return null;
        return (
          <div key={type} className={`finding-group ${type}`}>
            {ofType.map((f, i) => (
              <article key={f.findingId} className={`finding ${type}`}>
                {i === 0 && <h3 className="finding-group-title">{FINDING_TYPE_HEADINGS[type]}</h3>}
                <h4>
                  <span className="visually-hidden">{FINDING_TYPE_LABELS[type]}: </span>
                  {f.title}
                </h4>
                <p>{f.text}</p>
                {f.criteria.length > 0 && (
                  <p className="finding-links">
                    <span className="link-label">Criteria:</span> {f.criteria.map((c) => `${c.criterionId} ${c.title}`).join('; ')}
                  </p>
                )}
                {f.evidence.length > 0 && (
                  <p className="finding-links">
                    <span className="link-label">Evidence:</span> {f.evidence.join('; ')}
                  </p>
                )}
                {f.charts.length > 0 && (
                  <p className="finding-links">
                    <span className="link-label">{f.charts.length === 1 ? 'Chart' : 'Charts'}:</span>{' '}
                    {f.charts.map((chart, i) => (
                      <span key={chart.anchor}>
                        {i > 0 && '; '}
                        <a href={`#${chart.anchor}`}>{chart.title}</a>
                        <PageRef numbers={pages} anchor={chart.anchor} before=", " />
                      </span>
                    ))}
                  </p>
                )}
              </article>
            ))}
          </div>
        );
      })}
    </>
  );
}
