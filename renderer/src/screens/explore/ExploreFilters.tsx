// The filters and choices above an Explore chart: grouping, year, school and comparison always in view;
// the school attributes, grades and internal view in a panel that opens on demand, so a chart still
// shows on the first screen at 1024 px.
import { useState, type ReactNode } from 'react';
import { Button, Switch } from 'react-aria-components';
import type { MetricCatalog, MetricInfo, ProjectInfo } from '../../../../analysis/api';
import { RACE_ETHNICITY_GROUPS, schoolYearLabel, SCHOOL_LEVELS } from '../../../../analysis/shared/codes';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { GRADE_BANDS, type ExploreView } from './view-state';

const ANY = '__any__';
const PATHWAYS: SelectOption[] = [
  { id: 'pbis', label: 'PBIS' },
  { id: 'restorative_practices', label: 'Restorative practices' },
  { id: 'mental_wellness', label: 'Mental wellness' },
  { id: 'anti_racism', label: 'Anti-racism' },
];
const PHASES: SelectOption[] = [
  { id: 'exploration', label: 'Exploration' },
  { id: 'installation', label: 'Installation' },
  { id: 'initial_implementation', label: 'Initial implementation' },
  { id: 'full_implementation', label: 'Full implementation' },
];

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
  const more = [view.schoolLevel, view.communitySchool, view.pathway, view.implementationPhase, view.gradeBand].filter((v) => v !== null).length + (view.internal ? 1 : 0);
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
      <SelectField label="School" value={view.schoolId ?? ANY} options={withAny('All schools', project.schools.map((s) => ({ id: s.schoolId, label: s.schoolName })))} onChange={(id) => onChange({ schoolId: orNull(id) })} />
      {props.children}
      <Button className="link-button filters-toggle" aria-expanded={open} aria-controls="explore-more-filters" onPress={() => setOpen(!open)}>
        {open ? 'Fewer filters' : `More filters${more > 0 ? ` (${more} on)` : ''}`}
      </Button>
      {open && (
        <div className="explore-more-filters" id="explore-more-filters">
          <SelectField label="School level" value={view.schoolLevel ?? ANY} options={withAny('All levels', SCHOOL_LEVELS.map((l) => ({ id: l.code, label: l.label })))} onChange={(id) => onChange({ schoolLevel: orNull(id) })} />
          <SelectField
            label="Community school"
            value={view.communitySchool === null ? ANY : view.communitySchool ? 'yes' : 'no'}
            options={withAny('All schools', [
              { id: 'yes', label: 'Community schools' },
              { id: 'no', label: 'Other schools' },
            ])}
            onChange={(id) => onChange({ communitySchool: id === ANY ? null : id === 'yes' })}
          />
          <SelectField label="Pathway" value={view.pathway ?? ANY} options={withAny('All pathways', PATHWAYS)} onChange={(id) => onChange({ pathway: orNull(id) })} />
          <SelectField label="Implementation phase" value={view.implementationPhase ?? ANY} options={withAny('All phases', PHASES)} onChange={(id) => onChange({ implementationPhase: orNull(id) })} />
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
