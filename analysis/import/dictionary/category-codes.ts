// Code lists for the canonical categories: sex, school level, climate pathway and phase, subject,
// discipline action, course type, graduation outcome, staff role, survey respondent, report-card level.
import { DISCIPLINE_ACTIONS, SCHOOL_LEVELS, SEXES } from '../../shared/codes';
import { codeList } from './code-list';

export const SEX_CODES = codeList('sex', SEXES, [
  { keys: ['F', 'Female', 'Girl', 'Woman'], value: 'female' },
  { keys: ['M', 'Male', 'Boy', 'Man'], value: 'male' },
  { keys: ['X', 'NB', 'Nonbinary', 'Non-binary', 'Non binary', 'Another gender', 'Gender X'], value: 'nonbinary' },
  { keys: ['U', 'Unknown', 'Not reported', 'Not selected', 'Prefer not to answer', 'Decline to state'], value: null, note: 'Means "not reported": loaded as missing.' },
  { keys: ['1'], value: 'male', confidence: 0.5, note: 'Numeric sex codes differ between systems; check your code book.' },
  { keys: ['2'], value: 'female', confidence: 0.5, note: 'Numeric sex codes differ between systems; check your code book.' },
]);

export const SCHOOL_LEVEL_CODES = codeList('school_level', SCHOOL_LEVELS, [
  { keys: ['Elementary School', 'Elementary', 'ES', 'Elem', 'Primary', 'Primary School', 'E'], value: 'elementary' },
  { keys: ['Middle School', 'Middle', 'MS', 'Junior High', 'Junior High School', 'Intermediate', 'JH', 'M'], value: 'middle' },
  { keys: ['High School', 'High', 'HS', 'Secondary', 'Senior High', 'Senior High School', 'H'], value: 'high' },
  { keys: ['Other', 'K-8', 'K-12', 'Combined', 'Alternative', 'Special', 'Ungraded', 'Early Childhood', 'Virtual'], value: 'other' },
]);

export const PATHWAY_CODES = codeList(
  'pathway',
  [
    { code: 'pbis', label: 'PBIS' },
    { code: 'restorative_practices', label: 'Restorative practices' },
    { code: 'mental_wellness', label: 'Mental wellness' },
    { code: 'anti_racism', label: 'Anti-racism' },
  ],
  [
    { keys: ['PBIS', 'PBS', 'Positive Behavioral Interventions and Supports', 'Positive Behavior Support'], value: 'pbis' },
    { keys: ['Restorative Practices', 'Restorative', 'Restorative Justice', 'RP', 'RJ'], value: 'restorative_practices' },
    { keys: ['Mental Wellness', 'Mental Health', 'Wellness', 'SEL', 'Social Emotional Learning'], value: 'mental_wellness' },
    { keys: ['Anti-Racism', 'Anti-Racist', 'Antiracism', 'Anti Racism', 'Racial Equity'], value: 'anti_racism' },
    { keys: ['None', 'Not applicable'], value: null },
  ],
);

export const PHASE_CODES = codeList(
  'phase',
  [
    { code: 'exploration', label: 'Exploration' },
    { code: 'installation', label: 'Installation' },
    { code: 'initial_implementation', label: 'Initial implementation' },
    { code: 'full_implementation', label: 'Full implementation' },
  ],
  [
    { keys: ['Exploration', 'Explore', '1'], value: 'exploration' },
    { keys: ['Installation', 'Install', '2'], value: 'installation' },
    { keys: ['Initial Implementation', 'Initial', 'Early Implementation', '3'], value: 'initial_implementation' },
    { keys: ['Full Implementation', 'Full', 'Sustaining', '4'], value: 'full_implementation' },
  ],
);

export const SUBJECT_CODES = codeList(
  'subject',
  [
    { code: 'ela', label: 'English language arts' },
    { code: 'math', label: 'Mathematics' },
    { code: 'science', label: 'Science' },
    { code: 'writing', label: 'Writing' },
  ],
  [
    { keys: ['ELA', 'English Language Arts', 'English', 'Reading', 'RLA', 'Reading/Language Arts', 'Reading Language Arts', 'Language Arts', 'LA', 'RDG', 'Read', 'English Language Arts/Literacy', 'ELA/Literacy', 'English/Language Arts', 'E'], value: 'ela' },
    { keys: ['Math', 'Mathematics', 'MA', 'MAT', 'MTH', 'M', 'Maths', 'Algebra I', 'Algebra 1'], value: 'math' },
    { keys: ['Science', 'SCI', 'S', 'Biology'], value: 'science' },
    { keys: ['Writing', 'WRTG', 'WR', 'W', 'Written Composition'], value: 'writing' },
  ],
);

export const ACTION_CODES = codeList('action', DISCIPLINE_ACTIONS, [
  { keys: ['ISS', 'In-School Suspension', 'In School Suspension', 'In-school suspension', 'IS'], value: 'in_school_suspension' },
  { keys: ['OSS', 'Out-of-School Suspension', 'Out of School Suspension', 'Suspension', 'OS', 'Short-term suspension', 'Long-term suspension', 'STS', 'LTS'], value: 'out_of_school_suspension' },
  { keys: ['EXP', 'Expulsion', 'Expelled', 'EX', 'Expulsion with services', 'Expulsion without services'], value: 'expulsion' },
  { keys: ['LER', 'Referral to Law Enforcement', 'Law Enforcement Referral', 'Law-Enforcement Referral', 'Police Referral', 'LE', 'REF'], value: 'law_enforcement_referral' },
  { keys: ['OTH', 'Other', 'Detention', 'Parent Conference', 'Loss of Privilege', 'Restorative Conference', 'Warning', 'Conference', 'Saturday School', 'Community Service'], value: 'other' },
]);

export const COURSE_TYPE_CODES = codeList(
  'course_type',
  [
    { code: 'ap', label: 'Advanced Placement' },
    { code: 'ib', label: 'International Baccalaureate' },
    { code: 'honors', label: 'Honors' },
    { code: 'dual_enrollment', label: 'Dual enrollment' },
    { code: 'gifted_talented', label: 'Gifted and talented' },
    { code: 'algebra_grade8', label: 'Algebra I in grade 8' },
    { code: 'standard', label: 'Standard' },
  ],
  [
    { keys: ['AP', 'Advanced Placement'], value: 'ap' },
    { keys: ['IB', 'International Baccalaureate', 'IBDP'], value: 'ib' },
    { keys: ['HON', 'H', 'Honors', 'Honours', 'HN', 'Pre-AP', 'PAP'], value: 'honors' },
    { keys: ['DE', 'Dual Enrollment', 'Dual Credit', 'DC', 'Concurrent Enrollment', 'College Credit'], value: 'dual_enrollment' },
    { keys: ['GT', 'Gifted', 'Gifted and Talented', 'GATE', 'TAG', 'Gifted/Talented'], value: 'gifted_talented' },
    { keys: ['STD', 'Standard', 'Regular', 'General', 'REG', 'GEN', 'CP', 'College Prep', 'On Level', 'Core'], value: 'standard' },
  ],
);

export const GRADUATION_OUTCOME_CODES = codeList(
  'graduation_outcome',
  [
    { code: 'graduated', label: 'Graduated' },
    { code: 'dropped_out', label: 'Dropped out' },
    { code: 'continuing', label: 'Still enrolled' },
    { code: 'other', label: 'Other completion or exit' },
  ],
  [
    { keys: ['Graduated', 'Graduate', 'Graduated - Regular Diploma', 'Graduated - Advanced Diploma', 'Regular Diploma', 'Advanced Diploma', 'Standard Diploma', 'Diploma', 'GRAD', 'G', 'Graduated on time', 'High school diploma'], value: 'graduated' },
    { keys: ['Dropout', 'Dropped Out', 'Drop out', 'DO', 'D', 'Dropped'], value: 'dropped_out' },
    { keys: ['Still Enrolled', 'Continuing', 'Continuing student', 'Enrolled', 'Still in school', 'C', 'SE'], value: 'continuing' },
    { keys: ['GED', 'HSE', 'High School Equivalency', 'Certificate of Completion', 'Certificate', 'Certificate of Attendance', 'Other', 'Other completer', 'Special Diploma'], value: 'other' },
  ],
);

export const STAFF_ROLE_CODES = codeList(
  'staff_role',
  [
    { code: 'teacher', label: 'Teacher' },
    { code: 'administrator', label: 'Administrator' },
    { code: 'counselor', label: 'Counselor' },
    { code: 'support', label: 'Support staff' },
    { code: 'other', label: 'Other' },
  ],
  [
    { keys: ['Teacher', 'Classroom Teacher', 'Instructor', 'Teachers', 'Educator', 'TCH', 'Special Education Teacher'], value: 'teacher' },
    { keys: ['Administrator', 'Admin', 'Principal', 'Assistant Principal', 'Vice Principal', 'Superintendent', 'Director', 'School Administrator', 'School Leader', 'ADM'], value: 'administrator' },
    { keys: ['Counselor', 'School Counselor', 'Guidance Counselor', 'Counsellor', 'CNS'], value: 'counselor' },
    { keys: ['Support Staff', 'Support', 'Paraprofessional', 'Para', 'Aide', 'Instructional Aide', 'Classified', 'Clerical', 'Custodian', 'Nurse', 'Social Worker', 'Psychologist'], value: 'support' },
    { keys: ['Other', 'OTH'], value: 'other' },
  ],
);

export const RESPONDENT_TYPE_CODES = codeList(
  'respondent_type',
  [
    { code: 'student', label: 'Student' },
    { code: 'family', label: 'Family' },
    { code: 'staff', label: 'Staff' },
  ],
  [
    { keys: ['Student', 'Students', 'Pupil', 'Youth', 'S'], value: 'student' },
    { keys: ['Parent/Guardian', 'Parent', 'Parents', 'Guardian', 'Family', 'Families', 'Caregiver', 'Parent or Guardian', 'Parent/Caregiver', 'P', 'F'], value: 'family' },
    { keys: ['Staff', 'Teacher', 'Teachers', 'Employee', 'Educator', 'Faculty', 'Staff member'], value: 'staff' },
  ],
);

export const AGGREGATE_LEVEL_CODES = codeList(
  'aggregate_level',
  [
    { code: 'school', label: 'School' },
    { code: 'district', label: 'District' },
    { code: 'state', label: 'State' },
  ],
  [
    { keys: ['School', 'Sch', 'S', 'Campus', 'Building'], value: 'school' },
    { keys: ['District', 'Division', 'Dist', 'D', 'LEA', 'Local Education Agency'], value: 'district' },
    // California's downloads write T (total, the state), C (county), D and S.
    { keys: ['State', 'ST', 'SEA', 'Statewide', 'T'], value: 'state' },
  ],
);
