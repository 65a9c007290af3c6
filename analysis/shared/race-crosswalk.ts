// The 2024 revision of the federal race and ethnicity standard (SPD 15) and its crosswalk to the seven
// 1997 reporting groups, for comparing years collected under each (pure; the renderer may use it).
import type { RaceEthnicityCode } from './codes';

/** The seven groups every year can be reported in, whichever standard the data was collected under. */
export type SevenGroupCode = Exclude<RaceEthnicityCode, 'middle_eastern_north_african'>;

/**
 * Under the 1997 standard Middle Eastern and North African people were counted as White, so a MENA
 * response crosswalks to White. Every other group is the same in both standards: Hispanic or Latino is
 * still "of any race" (the combined question's Hispanic answer wins), and more than one race is
 * "Two or more races". Someone who reported MENA with another race is already two_or_more.
 */
export const RACE_2024_TO_SEVEN_GROUPS: Readonly<Record<RaceEthnicityCode, SevenGroupCode>> = {
  hispanic_latino: 'hispanic_latino',
  american_indian_alaska_native: 'american_indian_alaska_native',
  asian: 'asian',
  black: 'black',
  native_hawaiian_pacific_islander: 'native_hawaiian_pacific_islander',
  white: 'white',
  two_or_more: 'two_or_more',
  middle_eastern_north_african: 'white',
};

export function toSevenGroups(code: RaceEthnicityCode): SevenGroupCode {
  return RACE_2024_TO_SEVEN_GROUPS[code];
}
