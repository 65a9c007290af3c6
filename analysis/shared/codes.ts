// Canonical code lists shared by import, metrics and the renderer (pure, DOM-free).

/** The seven federal reporting groups (1997 standard), plus MENA from the 2024 revision. */
export const RACE_ETHNICITY_GROUPS = [
  { code: 'hispanic_latino', label: 'Hispanic or Latino' },
  { code: 'american_indian_alaska_native', label: 'American Indian or Alaska Native' },
  { code: 'asian', label: 'Asian' },
  { code: 'black', label: 'Black or African American' },
  { code: 'native_hawaiian_pacific_islander', label: 'Native Hawaiian or Other Pacific Islander' },
  { code: 'white', label: 'White' },
  { code: 'two_or_more', label: 'Two or more races' },
  { code: 'middle_eastern_north_african', label: 'Middle Eastern or North African' },
] as const;
export type RaceEthnicityCode = (typeof RACE_ETHNICITY_GROUPS)[number]['code'];

export const SEXES = [
  { code: 'female', label: 'Female' },
  { code: 'male', label: 'Male' },
  { code: 'nonbinary', label: 'Nonbinary' },
] as const;

export const DISCIPLINE_ACTIONS = [
  { code: 'in_school_suspension', label: 'In-school suspension' },
  { code: 'out_of_school_suspension', label: 'Out-of-school suspension' },
  { code: 'expulsion', label: 'Expulsion' },
  { code: 'law_enforcement_referral', label: 'Law-enforcement referral' },
  { code: 'other', label: 'Other action' },
] as const;

export const SCHOOL_LEVELS = [
  { code: 'elementary', label: 'Elementary' },
  { code: 'middle', label: 'Middle' },
  { code: 'high', label: 'High' },
  { code: 'other', label: 'Other' },
] as const;

/** Culture-and-climate pathways a school follows (one each). */
export const PATHWAYS = [
  { code: 'pbis', label: 'PBIS' },
  { code: 'restorative_practices', label: 'Restorative practices' },
  { code: 'mental_wellness', label: 'Mental wellness' },
  { code: 'anti_racism', label: 'Anti-racism' },
] as const;

/** Where a school is in implementing its pathway (one each). */
export const IMPLEMENTATION_PHASES = [
  { code: 'exploration', label: 'Exploration' },
  { code: 'installation', label: 'Installation' },
  { code: 'initial_implementation', label: 'Initial implementation' },
  { code: 'full_implementation', label: 'Full implementation' },
] as const;

export function raceEthnicityLabel(code: string | null): string {
  if (code === null) return 'Not reported';
  return RACE_ETHNICITY_GROUPS.find((g) => g.code === code)?.label ?? code;
}

/** "2023-24" for 2024: how people write school years. */
export function schoolYearLabel(year: number): string {
  return `${year - 1}-${String(year % 100).padStart(2, '0')}`;
}
