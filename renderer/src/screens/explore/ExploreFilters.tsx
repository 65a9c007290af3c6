// The filters and choices above an Explore chart: grouping, year, comparison, schools (and districts, when
// the project's report-card files cover several) always in view; the school attributes, grades and internal
// view in a panel that opens on demand, so a chart still shows on the first screen at 1024 px. The school,
// district, level, pathway and phase filters each choose any number of values.
import { useState, type ReactNode } from 'react';
import { Button, Switch } from 'react-aria-components';
import type { MetricCatalog, MetricInfo, ProjectInfo } from '../../../../analysis/api';
import { IMPLEMENTATION_PHASES, PATHWAYS, RACE_ETHNICITY_GROUPS, schoolYearLabel, SCHOOL_LEVELS } from '../../../../analysis/shared/codes';
import { MultiSelectField } from '../../components/MultiSelectField';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { GRADE_BANDS, type ExploreView } from './view-state';

const ANY = '__any__';
const options = (codes: readonly { code: string; label: string }[]): SelectOption[] => codes.map((c) => ({ id: c.code, label: c.label }));

const withAny = (label: string, options: readonly SelectOption[]): SelectOption[] => [{ id: ANY, label }, ...options];
const orNull = (id: string) => (id === ANY ? null : id);

export function ExploreFilters(props: { view: ExploreView; metric: MetricInfo; catalog: MetricCatalog; project: ProjectInfo; onChange: (change: Partial<ExploreView>) => void; children?: ReactNode }) {
  const { view, metric, catalog, project, onChange } = props;
  const groupTypes = catalog.groupTypes.filter((g) => metric.groupTypes.includes(g.id) && g.id !== 'school').map((g) => ({ id: g.id, label: g.label }));
  const latest = project.schoolYears[project.schoolYears.length - 1];
  const references: SelectOption[] = [
    { id: ANY, label: `Default (${metric.defaultReference.replace(/_/g, ' ')})` },
    { id: 'all_others', label: 'All other students' },
    { id: 'all_students', label: 'All students' },
    { id: 'highest_performing', label: 'Highest-performing group' },
    ...(view.groupBy === 'race_ethnicity' ? RACE_ETHNICITY_GROUPS.map((g) => ({ id: `group:${g.code}`, label: `${g.label} students` })) : []),
  ];
  const more = [view.schoolLevels, view.pathways, view.implementationPhases].filter((v) => v.length > 0).length + [view.communitySchool, view.gradeBand].filter((v) => v !== null).length + (view.internal ? 1 : 0);
  // Only report-card aggregates know districts; with one there is nothing to choose.
  const districts = project.districts ?? [];
  const [open, setOpen] = useState(more > 0);
  return (
    <div className="explore-filters" role="group" aria-label="Chart settings">
      <SelectField label="Break down by" value={view.groupBy} options={groupTypes} onChange={(id) => onChange({ groupBy: id as ExploreView['groupBy'], reference: null })} />
      {view.view === 'intersection' && (
        <SelectField label="Within" value={view.groupBy2} options={groupTypes.filter((g) => g.id !== view.groupBy)} onChange={(id) => onChange({ groupBy2: id as ExploreView['groupBy2'] })} />
      )}
      {view.view !== 'trend' && (
        <SelectField
          label="School year"
          value={view.year === null ? ANY : String(view.year)}
          options={withAny(`Latest (${latest ? schoolYearLabel(latest) : 'none'})`, [...project.schoolYears].reverse().map((y) => ({ id: String(y), label: schoolYearLabel(y) })))}
          onChange={(id) => onChange({ year: id === ANY ? null : Number(id) })}
        />
      )}
      <SelectField label="Compare with" value={view.reference ?? ANY} options={references} onChange={(id) => onChange({ reference: orNull(id) })} />
      <MultiSelectField label="School" allLabel="All schools" noun="schools" value={view.schoolIds} options={project.schools.map((s) => ({ id: s.schoolId, label: s.schoolName }))} onChange={(schoolIds) => onChange({ schoolIds })} />
      {(districts.length > 1 || view.districtIds.length > 0) && (
        <MultiSelectField label="District" allLabel="All districts" noun="districts" value={view.districtIds} options={districts.map((id) => ({ id, label: id }))} onChange={(districtIds) => onChange({ districtIds })} />
      )}
      {props.children}
      <Button className="link-button filters-toggle" aria-expanded={open} aria-controls="explore-more-filters" onPress={() => setOpen(!open)}>
        {open ? 'Fewer filters' : `More filters${more > 0 ? ` (${more} on)` : ''}`}
      </Button>
      {open && (
        <div className="explore-more-filters" id="explore-more-filters">
          <MultiSelectField label="School level" allLabel="All levels" noun="levels" value={view.schoolLevels} options={options(SCHOOL_LEVELS)} onChange={(schoolLevels) => onChange({ schoolLevels })} />
          <SelectField
            label="Community school"
            value={view.communitySchool === null ? ANY : view.communitySchool ? 'yes' : 'no'}
            options={withAny('All schools', [
              { id: 'yes', label: 'Community schools' },
              { id: 'no', label: 'Other schools' },
            ])}
            onChange={(id) => onChange({ communitySchool: id === ANY ? null : id === 'yes' })}
          />
          <MultiSelectField label="Pathway" allLabel="All pathways" noun="pathways" value={view.pathways} options={options(PATHWAYS)} onChange={(pathways) => onChange({ pathways })} />
          <MultiSelectField label="Implementation phase" allLabel="All phases" noun="phases" value={view.implementationPhases} options={options(IMPLEMENTATION_PHASES)} onChange={(implementationPhases) => onChange({ implementationPhases })} />
          <SelectField
            label="Grades"
            value={view.gradeBand ?? ANY}
            options={withAny('All grades', Object.entries(GRADE_BANDS).map(([id, band]) => ({ id, label: band.label })))}
            onChange={(id) => onChange({ gradeBand: id === ANY ? null : (id as ExploreView['gradeBand']) })}
          />
          <Switch className="switch" isSelected={view.internal} onChange={(internal) => onChange({ internal })}>
            <span className="switch-track" aria-hidden="true" />
            Internal view (unsuppressed)
          </Switch>
        </div>
      )}
    </div>
  );
}
