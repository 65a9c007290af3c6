// Explore: pick a metric, a grouping and filters; see it as bars, gaps, trend, school grid, funnel or composition.
import { useCallback } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useLocation, useSearch } from 'wouter';
import type { ProjectInfo } from '../../../../analysis/api';
import { useAppContext } from '../../app/app-context';
import { useServiceQuery } from '../../state/query-cache';
import { ExploreChart } from './ExploreChart';
import { DataSourcePicker, sourceLabel } from './DataSourcePicker';
import { ExploreFilters } from './ExploreFilters';
import { MetricPicker } from './MetricPicker';
import { SavedViews } from './SavedViews';
import { ViewActions } from './ViewActions';
import { parseView, serializeView, toFilters, VIEW_KINDS, VIEW_LABELS, type ExploreView } from './view-state';

export function ExploreScreen({ project }: { project: ProjectInfo }) {
  const { client } = useAppContext();
  const search = useSearch();
  const [, navigate] = useLocation();
  const view = parseView(search);
  const fetchCatalog = useCallback(() => client.api.listMetrics({}), [client]);
  const catalog = useServiceQuery(`catalog:${project.path}`, fetchCatalog);
  const fetchSettings = useCallback(() => client.api.getMetricSettings({}), [client]);
  const settings = useServiceQuery(`metric-settings:${project.path}`, fetchSettings);
  const sourcesRequest = { metricId: view.metricId, filters: toFilters(view, undefined) };
  // The key decides when to ask again (a new metric or new filters); a fresh closure each render is harmless.
  const sources = useServiceQuery(`explore-sources:${project.path}:${JSON.stringify(sourcesRequest)}`, () => client.api.getExploreSources(sourcesRequest));
  const change = (update: Partial<ExploreView>) => navigate(`/explore?${serializeView({ ...view, ...update })}`, { replace: true });

  if (settings.status === 'error') return <div className="screen"><p className="error-text">{settings.message}</p></div>;
  if (catalog.status !== 'ready' || settings.status !== 'ready') return <div className="screen">{catalog.status === 'error' ? <p className="error-text">{catalog.message}</p> : <p className="loading">Loading metrics…</p>}</div>;
  const metrics = catalog.value.metrics;
  const metric = metrics.find((m) => m.id === view.metricId) ?? metrics[0]!;
  const latestYear = project.schoolYears[project.schoolYears.length - 1] ?? new Date().getFullYear();
  const groupBy = metric.groupTypes.includes(view.groupBy) ? view.groupBy : (metric.groupTypes.find((g) => g !== 'school') ?? view.groupBy);
  const effective: ExploreView = { ...view, metricId: metric.id, groupBy };

  return (
    <div className="screen explore">
      <header className="screen-header">
        <p className="eyebrow">{project.districtName}</p>
        <h1>Explore</h1>
      </header>
      <div className="explore-layout">
        <aside className="explore-sidebar" aria-label="Choose a metric">
          <SavedViews />
          <MetricPicker metrics={metrics} selected={metric.id} onSelect={(metricId) => change({ metricId, reference: null })} />
        </aside>
        <section className="panel explore-main" aria-labelledby="explore-metric">
          <h2 id="explore-metric">{metric.label}</h2>
          <p className="metric-definition">{metric.definition}</p>
          <RadioGroup className="segmented view-kinds" value={effective.view} onChange={(v) => change({ view: v as ExploreView['view'] })} orientation="horizontal">
            <Label className="visually-hidden">Chart</Label>
            {VIEW_KINDS.map((kind) => (
              <Radio key={kind} value={kind} className="segment">
                {VIEW_LABELS[kind]}
              </Radio>
            ))}
          </RadioGroup>
          <ExploreFilters view={effective} metric={metric} catalog={catalog.value} project={project} onChange={change}>
            {sources.status === 'ready' && <DataSourcePicker sources={sources.value} value={effective.source} onChange={(source) => change({ source })} />}
          </ExploreFilters>
          <ExploreChart
            view={effective}
            metric={metric}
            catalog={catalog.value}
            project={project}
            latestYear={latestYear}
            minimumN={settings.value.minimumN}
            sources={sources.status === 'ready' ? sources.value : null}
            sourceLabel={sources.status === 'ready' ? sourceLabel(sources.value, effective.source) : null} renderActions={(title) => <ViewActions view={effective} title={title} />} />
        </section>
      </div>
    </div>
  );
}
