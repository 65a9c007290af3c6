// What each import kind loads: its canonical table's columns, how each column's values are read, and the
// helper fields that feed derived values (a race list, days present, a percent, a completion status).
import type { ImportFieldInfo, ImportKind, ImportValueKind } from '../api';
import { CANONICAL_TABLES, type CanonicalColumn, type CanonicalTable } from '../engine/canonical-schema';
import { AGGREGATE_GROUP_CODES, AGGREGATE_GROUP_TYPE_CODES } from './dictionary/aggregate-groups';
import { ACTION_CODES, AGGREGATE_LEVEL_CODES, COURSE_TYPE_CODES, GRADUATION_OUTCOME_CODES, PATHWAY_CODES, PHASE_CODES, RESPONDENT_TYPE_CODES, SCHOOL_LEVEL_CODES, SEX_CODES, STAFF_ROLE_CODES, SUBJECT_CODES } from './dictionary/category-codes';
import type { CodeList } from './dictionary/code-list';
import { CERTIFIED_FLAG_CODES, COMPLETED_FLAG_CODES, COMPLETION_CODES, ECON_FLAG_CODES, ELL_FLAG_CODES, FLAG_CODES, PROFICIENT_FLAG_CODES, SWD_FLAG_CODES } from './dictionary/flag-codes';
import { GRADE_CODES } from './dictionary/grade-codes';
import { CONSTRUCT_CODES, PROGRAM_CODES } from './dictionary/open-codes';
import { RACE_CODES } from './dictionary/race-codes';

export interface FieldSpec {
  field: string;
  label: string;
  description: string;
  valueKind: ImportValueKind;
  /** The dictionary for code, flag and grade fields (and race lists). */
  codes: CodeList | null;
  required: boolean;
  helper: boolean;
  repeatable: boolean;
  /** Set by the importer itself (never mapped from a column). */
  derivedOnly: boolean;
}

export interface KindSpec {
  kind: ImportKind;
  label: string;
  table: CanonicalTable;
  fields: readonly FieldSpec[];
  /** Which wide layout the kind accepts: one column per group, or per survey item. */
  wide: 'groups' | 'items' | null;
}

type Override = Partial<Omit<FieldSpec, 'field'>>;

const code = (codes: CodeList): Override => ({ valueKind: 'code', codes });
const flag = (codes: CodeList = FLAG_CODES): Override => ({ valueKind: 'flag', codes });

/** How the canonical columns of each table are read (ids, codes, flags, years, dates). */
const OVERRIDES: Record<ImportKind, Record<string, Override>> = {
  schools: { level: code(SCHOOL_LEVEL_CODES), pathway: code(PATHWAY_CODES), implementation_phase: code(PHASE_CODES), community_school: flag() },
  enrollment: {
    grade: { valueKind: 'grade', codes: GRADE_CODES },
    sex: code(SEX_CODES),
    race_ethnicity: code(RACE_CODES),
    econ_disadv: flag(ECON_FLAG_CODES),
    ell: flag(ELL_FLAG_CODES),
    swd: flag(SWD_FLAG_CODES),
  },
  attendance: { days_absent: { repeatable: true } },
  assessments: { subject: code(SUBJECT_CODES), grade: { valueKind: 'grade', codes: GRADE_CODES }, performance_level: { valueKind: 'integer' }, proficient: flag(PROFICIENT_FLAG_CODES) },
  discipline: { action_type: code(ACTION_CODES), offense: { valueKind: 'text' } },
  courses: { course_type: code(COURSE_TYPE_CODES), completed: flag(COMPLETED_FLAG_CODES) },
  graduation: { cohort_year: { valueKind: 'year' }, outcome: code(GRADUATION_OUTCOME_CODES) },
  staff: { role: code(STAFF_ROLE_CODES), race_ethnicity: code(RACE_CODES), sex: code(SEX_CODES), certified: flag(CERTIFIED_FLAG_CODES) },
  training: { program: code(PROGRAM_CODES) },
  surveys: {
    respondent_type: code(RESPONDENT_TYPE_CODES),
    construct: code(CONSTRUCT_CODES),
    item: { valueKind: 'text' },
    respondent_race_ethnicity: code(RACE_CODES),
  },
  aggregates: {
    level: code(AGGREGATE_LEVEL_CODES),
    // Kept as the file names it: a registry match is suggested, never written over it.
    measure: { valueKind: 'text' },
    group_type: code(AGGREGATE_GROUP_TYPE_CODES),
    group_value: { valueKind: 'text' },
    denominator_derived: { derivedOnly: true },
    district_id: { valueKind: 'id' },
    source_status: { derivedOnly: true },
    total_derived: { derivedOnly: true },
  },
};

const helper = (field: string, label: string, valueKind: ImportValueKind, description: string, extra: Override = {}): FieldSpec => ({
  field,
  label,
  description,
  valueKind,
  codes: null,
  required: false,
  helper: true,
  repeatable: false,
  derivedOnly: false,
  ...extra,
});

/** Fields that are not columns of the table but feed derived ones. */
const HELPERS: Partial<Record<ImportKind, FieldSpec[]>> = {
  enrollment: [
    helper('race_codes', 'Race codes (list)', 'race_list', 'Every race reported, in one column (BL|WH): sets the race flags and, with no race column, the group', { codes: RACE_CODES }),
    helper('race_two_or_more', 'Two or more races (flag)', 'flag', 'OneRoster-style flag for two or more races', { codes: FLAG_CODES }),
  ],
  attendance: [helper('days_present', 'Days present', 'number', 'Days attended: days absent = days enrolled - days present when no absence column is given')],
  courses: [helper('grade_level', "Student's grade", 'grade', 'Grade of the student in the course: Algebra I in grade 8 is its own course type', { codes: GRADE_CODES })],
  training: [helper('completion_status', 'Completion status', 'code', 'Only completed sessions are training records; other rows are listed as not loaded', { codes: COMPLETION_CODES })],
  aggregates: [
    helper('group', 'Student group', 'code', 'One column naming the group ("All Students", "Black", "Students with Disabilities"): sets group type and group', { codes: AGGREGATE_GROUP_CODES }),
    helper('percent', 'Percent', 'percent', 'The rate as a percent: with the count, it gives the denominator (recorded as derived)'),
  ],
};

const LABELS: Record<string, string> = {
  school_year: 'School year',
  student_id: 'Student ID',
  school_id: 'School ID',
  staff_id: 'Staff ID',
  incident_id: 'Incident ID',
  course_id: 'Course ID',
  respondent_id: 'Respondent ID',
  race_ethnicity: 'Race/ethnicity',
  respondent_race_ethnicity: 'Respondent race/ethnicity',
  hispanic: 'Hispanic or Latino',
  race_american_indian: 'American Indian or Alaska Native (flag)',
  race_asian: 'Asian (flag)',
  race_black: 'Black or African American (flag)',
  race_pacific_islander: 'Native Hawaiian or Pacific Islander (flag)',
  race_white: 'White (flag)',
  race_mena: 'Middle Eastern or North African (flag)',
  ell: 'English learner',
  swd: 'Student with a disability',
  section_504: 'Section 504 plan',
  econ_disadv: 'Economically disadvantaged',
  foster: 'Foster care',
  gifted: 'Gifted and talented',
  days_enrolled: 'Days enrolled',
  days_absent: 'Days absent',
  scale_score: 'Scale score',
  performance_level: 'Performance level',
  action_type: 'Discipline action',
  days_removed: 'Days removed',
  incident_date: 'Incident date',
  course_type: 'Course type',
  course_name: 'Course title',
  cohort_year: 'Cohort year',
  years_experience: 'Years of experience',
  hire_date: 'Hire date',
  completed_date: 'Date completed',
  respondent_type: 'Respondent type',
  group_type: 'Group type',
  group_value: 'Group',
  denominator_derived: 'Denominator derived',
  district_id: 'District (LEA)',
  source_status: 'Status in the source',
  total_derived: 'Total derived',
  level: 'Level',
  implementation_phase: 'Implementation phase',
  community_school: 'Community school',
  community_partner: 'Community partner',
};

function defaultValueKind(column: CanonicalColumn): ImportValueKind {
  if (column.name === 'school_year') return 'school_year';
  if (column.name.endsWith('_id')) return 'id';
  switch (column.type) {
    case 'BOOLEAN':
      return 'flag';
    case 'DATE':
    case 'TIMESTAMP':
      return 'date';
    case 'DOUBLE':
      return 'number';
    case 'INTEGER':
    case 'SMALLINT':
      return 'integer';
    default:
      return 'text';
  }
}

function fieldOf(kind: ImportKind, column: CanonicalColumn): FieldSpec {
  const override = OVERRIDES[kind][column.name] ?? {};
  const valueKind = override.valueKind ?? defaultValueKind(column);
  return {
    field: column.name,
    label: LABELS[column.name] ?? sentenceCase(column.name),
    description: column.description,
    valueKind,
    codes: override.codes ?? (valueKind === 'flag' ? FLAG_CODES : null),
    required: column.required ?? false,
    helper: false,
    repeatable: override.repeatable ?? false,
    derivedOnly: override.derivedOnly ?? false,
  };
}

const sentenceCase = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');

export const KIND_SPECS: readonly KindSpec[] = CANONICAL_TABLES.map((table) => {
  const kind = table.name as ImportKind;
  return {
    kind,
    label: table.label,
    table,
    fields: [...table.columns.map((column) => fieldOf(kind, column)), ...(HELPERS[kind] ?? [])],
    wide: kind === 'aggregates' ? 'groups' : kind === 'surveys' ? 'items' : null,
  };
});

export function kindSpec(kind: ImportKind): KindSpec {
  const spec = KIND_SPECS.find((k) => k.kind === kind);
  if (!spec) throw new Error(`Unknown import kind ${kind}`);
  return spec;
}

export function fieldSpec(kind: ImportKind, field: string): FieldSpec | undefined {
  return kindSpec(kind).fields.find((f) => f.field === field);
}

export function isImportKind(value: string): value is ImportKind {
  return KIND_SPECS.some((k) => k.kind === value);
}

/** What the renderer shows in the mapping editor's field list. */
export function fieldInfo(spec: FieldSpec): ImportFieldInfo {
  return {
    field: spec.field,
    label: spec.label,
    description: spec.description,
    valueKind: spec.valueKind,
    required: spec.required,
    helper: spec.helper,
    repeatable: spec.repeatable,
    codes: spec.codes ? [...spec.codes.codes] : null,
  };
}
