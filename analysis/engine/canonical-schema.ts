// The canonical data model (DESIGN.md section 3): the contract between import and metrics.
// Every district export is mapped onto these tables; metrics only ever read these columns.

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'SMALLINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP';

export interface CanonicalColumn {
  readonly name: string;
  readonly type: ColumnType;
  /** A row without it is rejected on import. */
  readonly required?: boolean;
  readonly description: string;
}

export interface CanonicalTable {
  readonly name: CanonicalTableName;
  readonly label: string;
  readonly grain: string;
  /** Columns that identify a row; duplicates on these are a data-quality issue. */
  readonly key: readonly string[];
  readonly columns: readonly CanonicalColumn[];
}

export const CANONICAL_TABLE_NAMES = [
  'schools',
  'enrollment',
  'attendance',
  'assessments',
  'discipline',
  'courses',
  'graduation',
  'staff',
  'training',
  'surveys',
  'aggregates',
] as const;
export type CanonicalTableName = (typeof CANONICAL_TABLE_NAMES)[number];

const col = (name: string, type: ColumnType, description: string, required = false): CanonicalColumn => ({
  name,
  type,
  description,
  required,
});
const flag = (name: string, description: string) => col(name, 'BOOLEAN', description);

/** School years are stored as the calendar year in which the year ends: 2023-24 is 2024. */
const schoolYear = col('school_year', 'INTEGER', 'School year, as the year it ends (2023-24 is 2024)', true);

export const CANONICAL_TABLES: readonly CanonicalTable[] = [
  {
    name: 'schools',
    label: 'Schools',
    grain: 'one row per school',
    key: ['school_id'],
    columns: [
      col('school_id', 'VARCHAR', 'School identifier, as the district issues it', true),
      col('school_name', 'VARCHAR', 'School name', true),
      col('level', 'VARCHAR', 'elementary, middle, high or other'),
      flag('community_school', 'Has a community-school partnership'),
      col('community_partner', 'VARCHAR', 'Lead community partner organisation'),
      col('pathway', 'VARCHAR', 'Culture-and-climate pathway: pbis, restorative_practices, mental_wellness, anti_racism'),
      col('implementation_phase', 'VARCHAR', 'exploration, installation, initial_implementation, full_implementation'),
    ],
  },
  {
    name: 'enrollment',
    label: 'Enrollment and demographics',
    grain: 'one row per student per school year',
    key: ['student_id', 'school_year'],
    columns: [
      col('student_id', 'VARCHAR', 'Student identifier (kept as text: leading zeros matter)', true),
      schoolYear,
      col('school_id', 'VARCHAR', 'School of enrollment', true),
      col('grade', 'SMALLINT', 'Grade level: -1 pre-kindergarten, 0 kindergarten, 1-12'),
      col('sex', 'VARCHAR', 'female, male or nonbinary'),
      col('race_ethnicity', 'VARCHAR', 'One of the federal reporting groups (see race-ethnicity codes)'),
      flag('hispanic', 'Hispanic or Latino, of any race'),
      flag('race_american_indian', 'Reported American Indian or Alaska Native'),
      flag('race_asian', 'Reported Asian'),
      flag('race_black', 'Reported Black or African American'),
      flag('race_pacific_islander', 'Reported Native Hawaiian or Other Pacific Islander'),
      flag('race_white', 'Reported White'),
      flag('race_mena', 'Reported Middle Eastern or North African (2024 standard)'),
      flag('ell', 'English learner'),
      flag('swd', 'Student with a disability (IEP)'),
      flag('section_504', 'Has a Section 504 plan'),
      flag('econ_disadv', 'Economically disadvantaged'),
      flag('homeless', 'Experiencing homelessness'),
      flag('foster', 'In foster care'),
      flag('migrant', 'Migrant'),
      flag('gifted', 'Identified gifted and talented'),
    ],
  },
  {
    name: 'attendance',
    label: 'Attendance',
    grain: 'one row per student per school year (per school)',
    key: ['student_id', 'school_year', 'school_id'],
    columns: [
      col('student_id', 'VARCHAR', 'Student identifier', true),
      schoolYear,
      col('school_id', 'VARCHAR', 'School', true),
      col('days_enrolled', 'DOUBLE', 'Days enrolled', true),
      col('days_absent', 'DOUBLE', 'Days absent, excused or not', true),
    ],
  },
  {
    name: 'assessments',
    label: 'Assessment results',
    grain: 'one row per student per school year per subject',
    key: ['student_id', 'school_year', 'subject'],
    columns: [
      col('student_id', 'VARCHAR', 'Student identifier', true),
      schoolYear,
      col('school_id', 'VARCHAR', 'School where tested'),
      col('subject', 'VARCHAR', 'ela, math, science, writing', true),
      col('grade', 'SMALLINT', 'Grade tested'),
      col('scale_score', 'DOUBLE', 'Scale score'),
      col('performance_level', 'SMALLINT', 'Performance level, 1 (lowest) upward'),
      flag('proficient', 'Met the proficiency standard'),
    ],
  },
  {
    name: 'discipline',
    label: 'Discipline incidents and actions',
    grain: 'one row per disciplinary action',
    key: ['incident_id', 'student_id', 'action_type'],
    columns: [
      col('incident_id', 'VARCHAR', 'Incident identifier', true),
      col('student_id', 'VARCHAR', 'Student identifier', true),
      schoolYear,
      col('school_id', 'VARCHAR', 'School'),
      col('incident_date', 'DATE', 'Date of the incident'),
      col('offense', 'VARCHAR', 'Offense category'),
      col('action_type', 'VARCHAR', 'in_school_suspension, out_of_school_suspension, expulsion, law_enforcement_referral, other', true),
      col('days_removed', 'DOUBLE', 'Days removed from instruction'),
    ],
  },
  {
    name: 'courses',
    label: 'Course enrollment',
    grain: 'one row per student per course per school year',
    key: ['student_id', 'school_year', 'course_id'],
    columns: [
      col('student_id', 'VARCHAR', 'Student identifier', true),
      schoolYear,
      col('school_id', 'VARCHAR', 'School'),
      col('course_id', 'VARCHAR', 'Course identifier', true),
      col('course_name', 'VARCHAR', 'Course title'),
      col('course_type', 'VARCHAR', 'ap, ib, honors, dual_enrollment, gifted_talented, algebra_grade8, standard', true),
      flag('completed', 'Completed the course'),
    ],
  },
  {
    name: 'graduation',
    label: 'Graduation cohorts',
    grain: 'one row per student per cohort',
    key: ['student_id', 'cohort_year'],
    columns: [
      col('student_id', 'VARCHAR', 'Student identifier', true),
      col('cohort_year', 'INTEGER', 'Expected graduation year of the four-year cohort', true),
      col('school_id', 'VARCHAR', 'High school of record'),
      col('outcome', 'VARCHAR', 'graduated, dropped_out, continuing, other', true),
    ],
  },
  {
    name: 'staff',
    label: 'Staff',
    grain: 'one row per staff member per school year',
    key: ['staff_id', 'school_year'],
    columns: [
      col('staff_id', 'VARCHAR', 'Staff identifier', true),
      schoolYear,
      col('school_id', 'VARCHAR', 'School assignment (blank for central office)'),
      col('role', 'VARCHAR', 'teacher, administrator, counselor, support, other'),
      col('race_ethnicity', 'VARCHAR', 'One of the federal reporting groups'),
      col('sex', 'VARCHAR', 'female, male or nonbinary'),
      col('years_experience', 'DOUBLE', 'Years of professional experience'),
      flag('certified', 'Fully certified for the assignment'),
      col('hire_date', 'DATE', 'Date of hire in the district'),
    ],
  },
  {
    name: 'training',
    label: 'Professional learning',
    grain: 'one row per staff member per completed session',
    key: ['staff_id', 'program', 'completed_date'],
    columns: [
      col('staff_id', 'VARCHAR', 'Staff identifier', true),
      col('program', 'VARCHAR', 'Program name, for example anti_bias', true),
      col('completed_date', 'DATE', 'Date completed', true),
    ],
  },
  {
    name: 'surveys',
    label: 'Climate surveys',
    grain: 'one row per respondent per item',
    key: ['respondent_id', 'school_year', 'item'],
    columns: [
      col('respondent_id', 'VARCHAR', 'Anonymous respondent identifier', true),
      col('respondent_type', 'VARCHAR', 'student, family or staff', true),
      col('school_id', 'VARCHAR', 'School'),
      schoolYear,
      col('construct', 'VARCHAR', 'Construct the item measures, for example belonging', true),
      col('item', 'VARCHAR', 'Item identifier', true),
      col('response', 'DOUBLE', 'Response value (1 lowest)'),
      flag('favorable', 'Response is in the favorable range'),
      col('respondent_race_ethnicity', 'VARCHAR', 'Self-reported federal reporting group, when asked'),
    ],
  },
  {
    name: 'aggregates',
    label: 'Report-card aggregates',
    grain: 'one row per measure per group per school (or district, state) per year',
    key: ['school_year', 'level', 'district_id', 'school_id', 'measure', 'group_type', 'group_value'],
    columns: [
      col('school_year', 'INTEGER', 'School year, as the year it ends'),
      col('level', 'VARCHAR', 'school, district or state'),
      col('school_id', 'VARCHAR', 'School (for school-level rows)'),
      col('measure', 'VARCHAR', 'What is counted, for example chronic_absenteeism', true),
      col('group_type', 'VARCHAR', 'all, race_ethnicity, sex, ell, swd, econ_disadv, ...', true),
      col('group_value', 'VARCHAR', 'The group within the group type', true),
      col('numerator', 'DOUBLE', 'Count with the outcome'),
      col('denominator', 'DOUBLE', 'Count in the group'),
      flag('denominator_derived', 'Denominator derived from a count and a percent'),
      col('district_id', 'VARCHAR', 'District (LEA or division) the row belongs to, when a file covers several'),
      col('source_status', 'VARCHAR', 'suppressed_in_source when the publisher hid the count (blank, a mark, or 0 written for suppressed)'),
      flag('total_derived', 'An all-students row added up from groups that partition the population'),
    ],
  },
];

export function canonicalTable(name: CanonicalTableName): CanonicalTable {
  const table = CANONICAL_TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`Unknown canonical table ${name}`);
  return table;
}

export function isCanonicalTableName(name: string): name is CanonicalTableName {
  return (CANONICAL_TABLE_NAMES as readonly string[]).includes(name);
}
