// Values no real record can have: more days absent than enrolled, negative scores, dates outside the school
// year, counts above their totals. Rows holding one are not loaded; each is listed with its line and column.
import type { ImportKind } from '../../api';

export interface ImpossibleRule {
  /** The canonical column the problem is in (reported as that column). */
  field: string;
  /** SQL over the record's canonical columns; true means impossible. */
  when: string;
  message: string;
  /** Only when these fields come from the file (not derived). */
  needs?: string[];
}

const SCHOOL_YEAR_RULE: ImpossibleRule = {
  field: 'school_year',
  when: 'school_year < 1980 OR school_year > year(current_date) + 2',
  message: 'The school year is not between 1979-80 and next year.',
};

export const IMPOSSIBLE_RULES: Record<ImportKind, ImpossibleRule[]> = {
  schools: [],
  enrollment: [SCHOOL_YEAR_RULE],
  attendance: [
    SCHOOL_YEAR_RULE,
    { field: 'days_absent', when: 'days_absent > days_enrolled', message: 'More days absent than days enrolled.' },
    { field: 'days_absent', when: 'days_absent < 0', message: 'Days absent cannot be negative.' },
    { field: 'days_enrolled', when: 'days_enrolled < 0 OR days_enrolled > 366', message: 'Days enrolled must be from 0 to 366.' },
  ],
  assessments: [
    SCHOOL_YEAR_RULE,
    { field: 'scale_score', when: 'scale_score < 0', message: 'A scale score cannot be negative.' },
    { field: 'performance_level', when: 'performance_level < 0 OR performance_level > 10', message: 'A performance level must be from 0 to 10.' },
  ],
  discipline: [
    SCHOOL_YEAR_RULE,
    { field: 'days_removed', when: 'days_removed < 0 OR days_removed > 366', message: 'Days removed must be from 0 to 366.' },
    {
      field: 'incident_date',
      when: "incident_date < make_date(school_year - 1, 7, 1) OR incident_date > make_date(school_year, 6, 30)",
      message: 'The incident date is outside the school year (July to June).',
      needs: ['school_year', 'incident_date'],
    },
  ],
  courses: [SCHOOL_YEAR_RULE],
  graduation: [{ field: 'cohort_year', when: 'cohort_year < 1980 OR cohort_year > year(current_date) + 6', message: 'The cohort year is not between 1980 and six years from now.' }],
  staff: [
    SCHOOL_YEAR_RULE,
    { field: 'years_experience', when: 'years_experience < 0 OR years_experience > 80', message: 'Years of experience must be from 0 to 80.' },
    { field: 'hire_date', when: 'hire_date > current_date + INTERVAL 1 YEAR', message: 'The hire date is more than a year in the future.' },
  ],
  training: [{ field: 'completed_date', when: 'completed_date > current_date + INTERVAL 31 DAY', message: 'The completion date is in the future.' }],
  surveys: [SCHOOL_YEAR_RULE, { field: 'response', when: 'response < 0', message: 'A survey response cannot be negative.' }],
  aggregates: [
    { field: 'numerator', when: 'numerator < 0 OR denominator < 0', message: 'A count cannot be negative.' },
    { field: 'numerator', when: 'numerator > denominator', message: 'The count is larger than its total.' },
  ],
};
