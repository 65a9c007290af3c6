// The groups a metric can be broken down by: student groups, school attributes, staff and survey
// groups. Each id is also the column name every population exposes for it, and the group_type name
// the aggregates table uses (flags use the values 'true' and 'false'; every group's total is 'all').
import { RACE_ETHNICITY_GROUPS, SCHOOL_LEVELS, SEXES } from '../../shared/codes';

export const GROUP_TYPE_IDS = [
  'race_ethnicity',
  'sex',
  'ell',
  'swd',
  'section_504',
  'econ_disadv',
  'homeless',
  'foster',
  'migrant',
  'grade',
  'school',
  'school_level',
  'community_school',
  'pathway',
  'implementation_phase',
  'poverty_quartile',
  'staff_role',
  'respondent_type',
] as const;
export type GroupTypeId = (typeof GROUP_TYPE_IDS)[number];

export interface GroupValue {
  code: string;
  label: string;
}

export interface GroupTypeDefinition {
  id: GroupTypeId;
  label: string;
  category: 'student' | 'school' | 'staff' | 'respondent';
  /** Known values in reporting order; schools are labelled from the schools table instead. */
  values: readonly GroupValue[];
}

const flagValues = (yes: string, no: string): GroupValue[] => [
  { code: 'true', label: yes },
  { code: 'false', label: no },
];

const GRADES: GroupValue[] = [
  { code: '-1', label: 'Pre-K' },
  { code: '0', label: 'Kindergarten' },
  ...Array.from({ length: 12 }, (_, i) => ({ code: String(i + 1), label: `Grade ${i + 1}` })),
];

export const GROUP_TYPES: readonly GroupTypeDefinition[] = [
  { id: 'race_ethnicity', label: 'Race/ethnicity', category: 'student', values: RACE_ETHNICITY_GROUPS },
  { id: 'sex', label: 'Sex', category: 'student', values: SEXES },
  { id: 'ell', label: 'English learner', category: 'student', values: flagValues('English learners', 'Not English learners') },
  { id: 'swd', label: 'Disability', category: 'student', values: flagValues('Students with disabilities', 'Students without disabilities') },
  { id: 'section_504', label: 'Section 504', category: 'student', values: flagValues('Section 504 plan', 'No Section 504 plan') },
  { id: 'econ_disadv', label: 'Economic disadvantage', category: 'student', values: flagValues('Economically disadvantaged', 'Not economically disadvantaged') },
  { id: 'homeless', label: 'Homeless', category: 'student', values: flagValues('Experiencing homelessness', 'Not homeless') },
  { id: 'foster', label: 'Foster care', category: 'student', values: flagValues('In foster care', 'Not in foster care') },
  { id: 'migrant', label: 'Migrant', category: 'student', values: flagValues('Migrant', 'Not migrant') },
  { id: 'grade', label: 'Grade', category: 'student', values: GRADES },
  { id: 'school', label: 'School', category: 'school', values: [] },
  { id: 'school_level', label: 'School level', category: 'school', values: SCHOOL_LEVELS },
  { id: 'community_school', label: 'Community school', category: 'school', values: flagValues('Community schools', 'Other schools') },
  {
    id: 'pathway',
    label: 'Culture-and-climate pathway',
    category: 'school',
    values: [
      { code: 'pbis', label: 'PBIS' },
      { code: 'restorative_practices', label: 'Restorative practices' },
      { code: 'mental_wellness', label: 'Mental wellness' },
      { code: 'anti_racism', label: 'Anti-racism' },
    ],
  },
  {
    id: 'implementation_phase',
    label: 'Implementation phase',
    category: 'school',
    values: [
      { code: 'exploration', label: 'Exploration' },
      { code: 'installation', label: 'Installation' },
      { code: 'initial_implementation', label: 'Initial implementation' },
      { code: 'full_implementation', label: 'Full implementation' },
    ],
  },
  {
    id: 'poverty_quartile',
    label: 'School poverty quartile',
    category: 'school',
    values: [
      { code: '1', label: 'Lowest-poverty quarter of schools' },
      { code: '2', label: 'Second quarter' },
      { code: '3', label: 'Third quarter' },
      { code: '4', label: 'Highest-poverty quarter of schools' },
    ],
  },
  {
    id: 'staff_role',
    label: 'Staff role',
    category: 'staff',
    values: [
      { code: 'teacher', label: 'Teachers' },
      { code: 'administrator', label: 'Administrators' },
      { code: 'counselor', label: 'Counselors' },
      { code: 'support', label: 'Support staff' },
      { code: 'other', label: 'Other staff' },
    ],
  },
  {
    id: 'respondent_type',
    label: 'Respondent',
    category: 'respondent',
    values: [
      { code: 'student', label: 'Students' },
      { code: 'family', label: 'Families' },
      { code: 'staff', label: 'Staff' },
    ],
  },
];

/** The value every population uses for a missing group (never dropped: it is its own row). */
export const NOT_REPORTED = 'not_reported';
/** The group value of a partition's total row, here and in the aggregates table. */
export const ALL_GROUP = 'all';

export function isGroupTypeId(id: string): id is GroupTypeId {
  return (GROUP_TYPE_IDS as readonly string[]).includes(id);
}

export function groupType(id: GroupTypeId): GroupTypeDefinition {
  return GROUP_TYPES.find((g) => g.id === id)!;
}

/** Label of one group value; unknown codes are shown as they are, never dropped. */
export function groupValueLabel(type: GroupTypeId, code: string, schoolNames?: ReadonlyMap<string, string>): string {
  if (code === NOT_REPORTED) return 'Not reported';
  if (type === 'school') return schoolNames?.get(code) ?? code;
  return groupType(type).values.find((v) => v.code === code)?.label ?? code;
}

/** Reporting order of a group value: the order of the known list, then unknown codes, then "not reported". */
export function groupValueOrder(type: GroupTypeId, code: string): number {
  if (code === NOT_REPORTED) return 10_000;
  const index = groupType(type).values.findIndex((v) => v.code === code);
  return index >= 0 ? index : 5_000;
}
