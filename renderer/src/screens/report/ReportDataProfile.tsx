// The data profile: while nothing is rated, what the district's data show for each Domain 1 cluster (in a school's
// report, the school's), each chart with its text alternative and data table. Titled so nobody reads it as a review.
import type { ReportModel } from '../../../../analysis/api';
import { ReportChart } from './ReportChart';

export function ReportDataProfile({ model }: { model: ReportModel }) {
  const entry = model.contents.find((c) => c.anchor === 'data-profile');
  return (
    <section className="report-section" id="data-profile" aria-labelledby="data-profile-title">
      <h1 id="data-profile-title">{entry?.title ?? 'Data profile'}</h1>
      <p className="section-intro">
        {model.school
          ? `What ${model.school.schoolName}’s own data show, cluster by cluster: each figure is for the school’s students alone, and a group too small at the school is withheld even where the district’s figure for it is shown.`
          : 'What the district’s own data show, cluster by cluster, before any criterion is rated.'}{' '}
        These are figures, not ratings: the review weighs them with stakeholder voice and observation or document review.
      </p>
      {model.dataProfile.map((cluster) => (
        <div key={cluster.clusterId} id={cluster.anchor}>
          <h2>{cluster.name}</h2>
          {cluster.charts.length === 0 && <p className="muted">The project’s data hold no figures for this cluster yet.</p>}
          {cluster.charts.map((chart) => (
            <ReportChart key={chart.anchor} chart={chart} notes={model.methods.notes} minimumN={model.methods.suppression.minimumN} districtName={model.cover.districtName} schools={model.school ? [model.school] : []} />
          ))}
        </div>
      ))}
    </section>
  );
}
