// The district overview for an open project: what is loaded, which years and schools, enrollment.
import { schoolYearLabel, SCHOOL_LEVELS } from '../../../analysis/shared/codes';
import type { ProjectInfo } from '../../../analysis/api';
import { EnrollmentChart } from './EnrollmentChart';

export function OverviewScreen({ project }: { project: ProjectInfo }) {
  const students = project.tables.find((t) => t.table === 'enrollment')?.rows ?? 0;
  const years = project.schoolYears;
  const levels = SCHOOL_LEVELS.map((level) => ({ ...level, count: project.schools.filter((s) => s.level === level.code).length })).filter((l) => l.count > 0);
  return (
    <div className="screen">
      <header className="screen-header">
        <p className="eyebrow">{project.name}</p>
        <h1>{project.districtName}</h1>
      </header>
      <dl className="stat-cards">
        <div className="stat-card">
          <dt>School years</dt>
          <dd>{years.length > 0 ? `${schoolYearLabel(years[0]!)} to ${schoolYearLabel(years[years.length - 1]!)}` : 'None loaded'}</dd>
        </div>
        <div className="stat-card">
          <dt>Schools</dt>
          <dd>
            {project.schools.length}
            {levels.length > 0 && <span className="stat-detail">{levels.map((l) => `${l.count} ${l.label.toLowerCase()}`).join(', ')}</span>}
          </dd>
        </div>
        <div className="stat-card">
          <dt>Student-year enrollment records</dt>
          <dd>{students.toLocaleString('en-US')}</dd>
        </div>
        <div className="stat-card">
          <dt>Tables with data</dt>
          <dd>
            {project.tables.filter((t) => t.rows > 0).length} of {project.tables.length}
          </dd>
        </div>
      </dl>
      {students > 0 ? <EnrollmentChart /> : <p className="empty">No enrollment has been loaded into this review yet.</p>}
    </div>
  );
}
