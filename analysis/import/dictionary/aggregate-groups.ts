// Report-card student groups ("All Students", "Black", "Students with Disabilities") -> a group type and a
// group within it, as aggregates rows store them. Codes are "group_type:group_value".
import { codeList, type CodeEntry } from './code-list';

/** Group types an aggregates row can have; program groups use the values yes and no. */
export const AGGREGATE_GROUP_TYPES = [
  { code: 'all', label: 'All students' },
  { code: 'race_ethnicity', label: 'Race/ethnicity' },
  { code: 'sex', label: 'Sex' },
  { code: 'econ_disadv', label: 'Economically disadvantaged' },
  { code: 'ell', label: 'English learners' },
  { code: 'swd', label: 'Students with disabilities' },
  { code: 'homeless', label: 'Experiencing homelessness' },
  { code: 'foster', label: 'Foster care' },
  { code: 'migrant', label: 'Migrant' },
  { code: 'military_connected', label: 'Military connected' },
  { code: 'gifted', label: 'Gifted' },
  { code: 'section_504', label: 'Section 504' },
] as const;

const yes = (type: string, keys: string[]): CodeEntry => ({ keys, value: `${type}:yes` });
const no = (type: string, keys: string[]): CodeEntry => ({ keys, value: `${type}:no` });

/** California Department of Education's reporting-category codes, as its downloadable files write them. */
const CALIFORNIA: readonly CodeEntry[] = [
  { keys: ['TA'], value: 'all:all' },
  { keys: ['RB'], value: 'race_ethnicity:black' },
  { keys: ['RI'], value: 'race_ethnicity:american_indian_alaska_native' },
  { keys: ['RA'], value: 'race_ethnicity:asian' },
  { keys: ['RF'], value: 'race_ethnicity:filipino' },
  { keys: ['RH'], value: 'race_ethnicity:hispanic_latino' },
  { keys: ['RD'], value: 'race_ethnicity:not_reported' },
  { keys: ['RP'], value: 'race_ethnicity:native_hawaiian_pacific_islander' },
  { keys: ['RT'], value: 'race_ethnicity:two_or_more' },
  { keys: ['RW'], value: 'race_ethnicity:white' },
  { keys: ['GF'], value: 'sex:female' },
  { keys: ['GM'], value: 'sex:male' },
  { keys: ['GX'], value: 'sex:nonbinary' },
  { keys: ['SE'], value: 'ell:yes' },
  { keys: ['SD'], value: 'swd:yes' },
  { keys: ['SS'], value: 'econ_disadv:yes' },
  { keys: ['SM'], value: 'migrant:yes' },
  { keys: ['SF'], value: 'foster:yes' },
  { keys: ['SH'], value: 'homeless:yes' },
];

const ENTRIES: readonly CodeEntry[] = [
  { keys: ['All Students', 'All', 'Total', 'All students', 'Overall', 'Everyone', 'All Student Groups'], value: 'all:all' },
  { keys: ['Hispanic', 'Hispanic or Latino', 'Hispanic/Latino', 'Latino', 'Hispanic, of any race'], value: 'race_ethnicity:hispanic_latino' },
  { keys: ['American Indian', 'American Indian or Alaska Native', 'American Indian/Alaska Native', 'Native American'], value: 'race_ethnicity:american_indian_alaska_native' },
  { keys: ['Asian'], value: 'race_ethnicity:asian' },
  { keys: ['Black', 'Black or African American', 'African American', 'Black/African American'], value: 'race_ethnicity:black' },
  { keys: ['Native Hawaiian', 'Native Hawaiian or Other Pacific Islander', 'Pacific Islander', 'Native Hawaiian/Pacific Islander', 'Native Hawaiian or Pacific Islander'], value: 'race_ethnicity:native_hawaiian_pacific_islander' },
  { keys: ['White', 'Caucasian'], value: 'race_ethnicity:white' },
  { keys: ['Multiple Races', 'Two or More Races', 'Two or more', 'Multiracial', 'Multi-racial', 'Two or More'], value: 'race_ethnicity:two_or_more' },
  { keys: ['Middle Eastern or North African', 'MENA'], value: 'race_ethnicity:middle_eastern_north_african' },
  // Publishers that combine Asian with Pacific Islander (NYC's snapshot): a group of its own, not one of the seven.
  { keys: ['Asian and Pacific Islander', 'Asian/Pacific Islander', 'Asian or Pacific Islander'], value: 'race_ethnicity:asian_pacific_islander' },
  { keys: ['Missing Race/Ethnicity Data', 'Race Not Reported', 'Unknown Race', 'Race/Ethnicity Not Reported'], value: 'race_ethnicity:not_reported' },
  { keys: ['Female', 'Girls', 'Females'], value: 'sex:female' },
  { keys: ['Male', 'Boys', 'Males'], value: 'sex:male' },
  { keys: ['Nonbinary', 'Non-binary', 'Gender X', 'Neither Female nor Male', 'X'], value: 'sex:nonbinary' },
  yes('econ_disadv', ['Economically Disadvantaged', 'Econ Disadv', 'Economically Disadvantaged Students', 'Low Income', 'Low-Income', 'Disadvantaged', 'Free/Reduced Lunch', 'Poverty', 'Students in Poverty']),
  no('econ_disadv', ['Not Economically Disadvantaged', 'Non-Economically Disadvantaged', 'Not Low Income', 'Non Low Income']),
  yes('ell', ['English Learners', 'English Learner', 'English Language Learners', 'EL', 'ELL', 'LEP', 'Limited English Proficient']),
  no('ell', ['Non-English Learners', 'Not English Learners', 'Non-EL', 'Non-ELL', 'Non-LEP']),
  yes('swd', ['Students with Disabilities', 'Students With Disabilities', 'SWD', 'Disabled', 'Special Education', 'IEP']),
  no('swd', ['Students without Disabilities', 'Non-SWD', 'Not Disabled', 'General Education']),
  yes('homeless', ['Homeless', 'Experiencing Homelessness', 'McKinney-Vento']),
  no('homeless', ['Not Homeless']),
  yes('foster', ['Foster Care', 'Foster', 'Students in Foster Care']),
  no('foster', ['Not Foster Care', 'Not in Foster Care']),
  yes('migrant', ['Migrant', 'Migrant Students']),
  no('migrant', ['Non-Migrant', 'Not Migrant']),
  yes('military_connected', ['Military Connected', 'Military', 'Military-Connected', 'Military Connected Students']),
  no('military_connected', ['Not Military Connected', 'Non-Military']),
  yes('gifted', ['Gifted', 'Gifted and Talented', 'Gifted/Talented']),
  no('gifted', ['Not Gifted']),
  yes('section_504', ['Section 504', '504']),
  ...CALIFORNIA,
];

export const AGGREGATE_GROUP_CODES = codeList(
  'aggregate_group',
  ENTRIES.map((e) => ({ code: e.value!, label: e.keys[0]! })),
  ENTRIES,
);

/** Group-type codes as written in a separate group-type column ("Race/Ethnicity", "Gender"). */
export const AGGREGATE_GROUP_TYPE_CODES = codeList('aggregate_group_type', AGGREGATE_GROUP_TYPES, [
  { keys: ['All', 'All Students', 'Total'], value: 'all' },
  { keys: ['Race/Ethnicity', 'Race', 'Ethnicity', 'Race and Ethnicity', 'RaceEthnicity', 'Race_Ethnicity'], value: 'race_ethnicity' },
  { keys: ['Sex', 'Gender'], value: 'sex' },
  { keys: ['Economically Disadvantaged', 'Economic Status', 'Econ Disadv', 'Income', 'Poverty'], value: 'econ_disadv' },
  { keys: ['English Learners', 'English Learner', 'EL Status', 'ELL', 'LEP', 'Language'], value: 'ell' },
  { keys: ['Disability', 'Disability Status', 'Students with Disabilities', 'SWD', 'Special Education'], value: 'swd' },
  { keys: ['Homeless', 'Homeless Status', 'Housing'], value: 'homeless' },
  { keys: ['Foster Care', 'Foster'], value: 'foster' },
  { keys: ['Migrant', 'Migrant Status'], value: 'migrant' },
  { keys: ['Military Connected', 'Military'], value: 'military_connected' },
  { keys: ['Gifted', 'Gifted Status'], value: 'gifted' },
]);

/** "race_ethnicity:black" -> its parts. */
export function splitGroupCode(code: string): { groupType: string; groupValue: string } {
  const at = code.indexOf(':');
  return at < 0 ? { groupType: code, groupValue: code } : { groupType: code.slice(0, at), groupValue: code.slice(at + 1) };
}
