// Race and ethnicity codes in exports -> the federal reporting groups (DESIGN.md section 3), from letters,
// numbers and names: state layouts (Texas PEIMS letters), SIS two-letter codes, Ed-Fi and CEDS names, survey labels.
import { RACE_ETHNICITY_GROUPS } from '../../shared/codes';
import { codeList, type CodeEntry } from './code-list';

const NUMERIC_NOTE = 'Numeric race codes differ between systems; this is the alphabetical federal order (1 American Indian ... 7 Two or more). Check your code book.';

const ENTRIES: readonly CodeEntry[] = [
  { keys: ['H', 'HI', 'HL', 'HIS', 'HISP', 'Hispanic', 'Latino', 'Latina', 'Latinx', 'Latine', 'Hispanic or Latino', 'Hispanic/Latino', 'Hispanic or Latino/a/x', 'Hispanic/Latino of any race', 'Hispanic or Latino of any race', 'Hispanic, any race', 'HispanicOrLatino', 'Hispanic Or Latino Ethnicity'], value: 'hispanic_latino' },
  { keys: ['I', 'AI', 'AM', 'AIAN', 'AMIND', 'American Indian', 'American Indian or Alaska Native', 'American Indian/Alaska Native', 'American Indian - Alaska Native', 'American Indian or Alaskan Native', 'AmericanIndianOrAlaskaNative', 'Native American', 'Alaska Native'], value: 'american_indian_alaska_native' },
  { keys: ['A', 'AS', 'ASN', 'ASIAN'], value: 'asian' },
  { keys: ['B', 'BL', 'BLK', 'AA', 'Black', 'African American', 'Black or African American', 'Black/African American', 'Black - African American', 'BlackOrAfricanAmerican'], value: 'black' },
  { keys: ['P', 'PI', 'NH', 'NHPI', 'HP', 'Pacific Islander', 'Native Hawaiian', 'Native Hawaiian or Other Pacific Islander', 'Native Hawaiian or Pacific Islander', 'Native Hawaiian/Other Pacific Islander', 'Native Hawaiian/Pacific Islander', 'Native Hawaiian - Pacific Islander', 'NativeHawaiianOrOtherPacificIslander'], value: 'native_hawaiian_pacific_islander' },
  { keys: ['W', 'WH', 'WHT', 'White', 'Caucasian'], value: 'white' },
  { keys: ['T', 'M', 'MR', 'TM', 'MU', 'Two or more', 'Two or more races', 'Two or More Races', 'Two or more races (non-Hispanic)', 'Multiracial', 'Multi-racial', 'Multiple', 'Multiple races', 'Multi', 'Two Or More Races'], value: 'two_or_more' },
  { keys: ['MENA', 'ME', 'Middle Eastern or North African', 'Middle Eastern/North African', 'Middle Eastern', 'North African'], value: 'middle_eastern_north_african', note: '2024 federal standard category; crosswalks to White among the seven 1997 groups.' },
  {
    keys: ['N', 'U', 'UNK', 'Unknown', 'Not reported', 'Not Reported', 'Decline to state', 'Declined', 'Declined to state', 'Prefer not to answer', 'Prefer not to say', 'Choose not to respond', 'Not specified', 'Not provided', 'No response'],
    value: null,
    note: 'Means "not reported": loaded as missing.',
  },
  { keys: ['1'], value: 'american_indian_alaska_native', confidence: 0.5, note: NUMERIC_NOTE },
  { keys: ['2'], value: 'asian', confidence: 0.5, note: NUMERIC_NOTE },
  { keys: ['3'], value: 'black', confidence: 0.5, note: NUMERIC_NOTE },
  { keys: ['4'], value: 'hispanic_latino', confidence: 0.5, note: NUMERIC_NOTE },
  { keys: ['5'], value: 'native_hawaiian_pacific_islander', confidence: 0.5, note: NUMERIC_NOTE },
  { keys: ['6'], value: 'white', confidence: 0.5, note: NUMERIC_NOTE },
  { keys: ['7'], value: 'two_or_more', confidence: 0.5, note: NUMERIC_NOTE },
];

export const RACE_CODES = codeList(
  'race',
  RACE_ETHNICITY_GROUPS.map((g) => ({ code: g.code, label: g.label })),
  ENTRIES,
);

/** Race flag columns (one yes/no column per race, OneRoster style) and the group each one stands for. */
export const RACE_FLAG_FIELDS = [
  { field: 'race_american_indian', group: 'american_indian_alaska_native' },
  { field: 'race_asian', group: 'asian' },
  { field: 'race_black', group: 'black' },
  { field: 'race_pacific_islander', group: 'native_hawaiian_pacific_islander' },
  { field: 'race_white', group: 'white' },
  { field: 'race_mena', group: 'middle_eastern_north_african' },
] as const;
