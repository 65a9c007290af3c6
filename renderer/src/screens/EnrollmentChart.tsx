// The overview's chart: enrollment by a chosen group and school year, fetched as Arrow, drawn by Plot.
import { useCallback, useMemo, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { EnrollmentGroupType } from '../../../analysis/api';
import { column, decodeArrow } from '../api/arrow';
import { useAppContext, useProject } from '../app/app-context';
import { enrollmentChartOptions, enrollmentChartText, type EnrollmentColumns } from '../charts/enrollment-chart-spec';
import { PlotChart } from '../charts/PlotChart';
import { ChartFigure } from '../components/ChartFigure';
import { useElementWidth } from '../components/use-element-width';
import { useServiceQuery } from '../state/query-cache';
import { schoolYearLabel } from '../../../analysis/shared/codes';
import { withheldNote } from '../../../analysis/shared/withheld-text';

const GROUP_TYPES: { id: EnrollmentGroupType; label: string; noun: string }[] = [
  { id: 'race_ethnicity', label: 'Race/ethnicity', noun: 'race/ethnicity' },
  { id: 'sex', label: 'Sex', noun: 'sex' },
  { id: 'school_level', label: 'School level', noun: 'school level' },
  { id: 'grade', label: 'Grade', noun: 'grade' },
];

export function EnrollmentChart() {
  const { client } = useAppContext();
  const projectPath = useProject((s) => s.project?.path ?? '');
  const [groupType, setGroupType] = useState<EnrollmentGroupType>('race_ethnicity');
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const fetchEnrollment = useCallback(() => client.api.getEnrollmentByGroup({ groupType }), [client, groupType]);
  const query = useServiceQuery(`enrollment:${projectPath}:${groupType}`, fetchEnrollment);

  const columns = useMemo<EnrollmentColumns | null>(() => {
    if (query.status !== 'ready') return null;
    const table = decodeArrow(query.value);
    return {
      schoolYear: column<number>(table, 'school_year').map(Number),
      groupLabel: column<string>(table, 'group_label').map(String),
      students: column<number>(table, 'students'),
      studentsDisplay: column<string>(table, 'students_display').map(String),
    };
  }, [query]);
  const noun = GROUP_TYPES.find((g) => g.id === groupType)!.noun;
  const options = useMemo(() => (columns && width > 0 ? enrollmentChartOptions(columns, width) : null), [columns, width]);

  return (
    <section className="panel" aria-labelledby="enrollment-heading">
      <div className="panel-header">
        <h2 id="enrollment-heading">Enrollment</h2>
        <RadioGroup className="segmented" value={groupType} onChange={(value) => setGroupType(value as EnrollmentGroupType)} orientation="horizontal">
          <Label className="visually-hidden">Break enrollment down by</Label>
          {GROUP_TYPES.map((g) => (
            <Radio key={g.id} value={g.id} className="segment">
              {g.label}
            </Radio>
          ))}
        </RadioGroup>
      </div>
      <div ref={ref}>
        {query.status === 'loading' && <p className="loading">Loading enrollment…</p>}
        {query.status === 'error' && <p className="error-text">{query.message}</p>}
        {columns && options && (
          <EnrollmentFigure columns={columns} noun={noun} options={options} />
        )}
      </div>
    </section>
  );
}

function EnrollmentFigure({ columns, noun, options }: { columns: EnrollmentColumns; noun: string; options: ReturnType<typeof enrollmentChartOptions> }) {
  const text = enrollmentChartText(columns, noun);
  const hasSuppressed = columns.students.some((s) => s === null);
  return (
    <ChartFigure
      title={text.title}
      subtitle={text.subtitle}
      note={hasSuppressed ? withheldNote(columns.studentsDisplay) : undefined}
      table={{
        columns: ['Group', 'School year', 'Students'],
        rows: columns.groupLabel.map((group, i) => [group, schoolYearLabel(columns.schoolYear[i]!), columns.studentsDisplay[i]!]),
      }}
    >
      <PlotChart options={options} label={text.alternative} />
    </ChartFigure>
  );
}
