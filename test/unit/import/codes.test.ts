// Code mapping: race and ethnicity from letters, numbers, names and lists; sex; yes/no flags; what is only
// suggested, what means "not reported", and what stays unmapped for the user.
import { describe, expect, it } from 'vitest';
import { AGGREGATE_GROUP_CODES } from '../../../analysis/import/dictionary/aggregate-groups';
import { PROGRAM_CODES } from '../../../analysis/import/dictionary/open-codes';
import { fieldSpec } from '../../../analysis/import/kinds';
import { choicesFor, resolveValue, RACE_BITS } from '../../../analysis/import/values/code-resolution';
import { toSevenGroups } from '../../../analysis/shared/race-crosswalk';
import { splitGroupHeader } from '../../../analysis/import/mapping/wide-layout';

const field = (kind: Parameters<typeof fieldSpec>[0], name: string) => fieldSpec(kind, name)!;
const resolve = (kind: Parameters<typeof fieldSpec>[0], name: string, raw: string | null, codes: { field: string; code: string; value: string | null }[] = []) =>
  resolveValue(field(kind, name), raw, choicesFor(name, codes), 'end');

describe('race and ethnicity', () => {
  const race = (raw: string) => resolve('enrollment', 'race_ethnicity', raw);
  it('maps state letters, SIS codes, federal names and survey labels to the seven groups', () => {
    const cases: [string, string][] = [
      ['H', 'hispanic_latino'], ['I', 'american_indian_alaska_native'], ['A', 'asian'], ['B', 'black'], ['P', 'native_hawaiian_pacific_islander'], ['W', 'white'], ['T', 'two_or_more'],
      ['HI', 'hispanic_latino'], ['AM', 'american_indian_alaska_native'], ['AS', 'asian'], ['BL', 'black'], ['PI', 'native_hawaiian_pacific_islander'], ['WH', 'white'], ['MR', 'two_or_more'],
      ['Black or African American', 'black'], ['Native Hawaiian or Other Pacific Islander', 'native_hawaiian_pacific_islander'], ['Two or More Races', 'two_or_more'],
      ['Hispanic or Latino/a/x', 'hispanic_latino'], ['Multiracial', 'two_or_more'], ['  white  ', 'white'], ['AmericanIndianOrAlaskaNative', 'american_indian_alaska_native'],
      ['uri://ed-fi.org/RaceDescriptor#Asian', 'asian'],
    ];
    for (const [raw, value] of cases) expect(race(raw), raw).toMatchObject({ value, status: 'mapped' });
  });
  it('represents the 2024 standard (Middle Eastern or North African) and crosswalks it to White among the seven groups', () => {
    expect(race('Middle Eastern or North African')).toMatchObject({ value: 'middle_eastern_north_african', status: 'mapped' });
    expect(toSevenGroups('middle_eastern_north_african')).toBe('white');
    expect(toSevenGroups('black')).toBe('black');
  });
  it('reads "not reported" codes as missing on purpose', () => {
    for (const raw of ['N', 'Decline to State', 'Prefer not to answer', 'Unknown']) expect(race(raw), raw).toMatchObject({ value: null, status: 'not_reported' });
  });
  it('only suggests a meaning for numeric codes, and leaves undefined codes unmapped', () => {
    expect(race('3')).toMatchObject({ value: 'black', status: 'suggested' });
    expect(race('D')).toMatchObject({ value: null, status: 'unmapped' });
    expect(race('Other')).toMatchObject({ status: 'unmapped' });
  });
  it("applies the user's choices before the dictionary", () => {
    expect(resolve('enrollment', 'race_ethnicity', 'D', [{ field: 'race_ethnicity', code: 'd', value: null }])).toMatchObject({ status: 'not_reported', note: 'Your choice.' });
    expect(resolve('enrollment', 'race_ethnicity', '3', [{ field: 'race_ethnicity', code: '3', value: 'hispanic_latino' }])).toMatchObject({ value: 'hispanic_latino', status: 'mapped' });
  });
  it('reads a list of races as the bits of its groups, and refuses a list with an unknown part', () => {
    const list = (raw: string) => resolve('enrollment', 'race_codes', raw);
    expect(list('BL|WH')).toMatchObject({ value: String(RACE_BITS.black! | RACE_BITS.white!), status: 'mapped' });
    expect(list('AS')).toMatchObject({ value: String(RACE_BITS.asian!) });
    expect(list('BL|ZZ')).toMatchObject({ status: 'unmapped' });
  });
});

describe('sex and yes/no flags', () => {
  it('maps sex codes and names; numbers are only suggestions', () => {
    expect(resolve('enrollment', 'sex', 'F')).toMatchObject({ value: 'female', status: 'mapped' });
    expect(resolve('enrollment', 'sex', 'Nonbinary')).toMatchObject({ value: 'nonbinary' });
    expect(resolve('enrollment', 'sex', 'uri://ed-fi.org/SexDescriptor#Male')).toMatchObject({ value: 'male' });
    expect(resolve('enrollment', 'sex', '1')).toMatchObject({ status: 'suggested' });
  });
  it('maps Y/N, 1/0, TRUE/FALSE, Yes/No and X', () => {
    for (const raw of ['Y', 'yes', '1', 'TRUE', 'T', 'X', '01']) expect(resolve('enrollment', 'homeless', raw), raw).toMatchObject({ value: 'true', status: 'mapped' });
    for (const raw of ['N', 'No', '0', 'false', 'F', '00']) expect(resolve('enrollment', 'homeless', raw), raw).toMatchObject({ value: 'false', status: 'mapped' });
  });
  it('reads a blank as not reported, unless the mapping says blank means no', () => {
    expect(resolve('enrollment', 'section_504', null)).toMatchObject({ value: null, status: 'not_reported' });
    expect(resolve('enrollment', 'section_504', null, [{ field: 'section_504', code: '', value: 'false' }])).toMatchObject({ value: 'false', status: 'mapped' });
  });
  it('knows the codes of particular flags: lunch status, English learner status, course marks, certification', () => {
    expect(resolve('enrollment', 'econ_disadv', '2')).toMatchObject({ value: 'true' });
    expect(resolve('enrollment', 'econ_disadv', '9')).toMatchObject({ value: 'true' });
    expect(resolve('enrollment', 'econ_disadv', 'Paid')).toMatchObject({ value: 'false' });
    expect(resolve('enrollment', 'ell', 'RFEP')).toMatchObject({ value: 'false' });
    expect(resolve('courses', 'completed', 'B+')).toMatchObject({ value: 'true' });
    expect(resolve('courses', 'completed', 'W')).toMatchObject({ value: 'false' });
    expect(resolve('staff', 'certified', 'Not Required')).toMatchObject({ value: null, status: 'not_reported' });
    expect(resolve('staff', 'certified', 'Emergency')).toMatchObject({ value: 'false' });
  });
});

describe('open and report-card code lists', () => {
  it('recognises training programs from their words and keeps other titles as written', () => {
    expect(PROGRAM_CODES.lookup('Equity & Anti-Bias Foundations')?.value).toBe('anti_bias');
    expect(PROGRAM_CODES.lookup('Anti-Racist Curriculum Review')?.value).toBe('anti_racism');
    expect(resolve('training', 'program', 'First Aid Refresher')).toMatchObject({ value: 'First Aid Refresher', status: 'kept' });
  });
  it('maps report-card student groups to a group type and a group', () => {
    const cases: [string, string][] = [
      ['All Students', 'all:all'], ['Black', 'race_ethnicity:black'], ['Multiple Races', 'race_ethnicity:two_or_more'], ['Native Hawaiian', 'race_ethnicity:native_hawaiian_pacific_islander'],
      ['Students with Disabilities', 'swd:yes'], ['Economically Disadvantaged', 'econ_disadv:yes'], ['Not Economically Disadvantaged', 'econ_disadv:no'], ['Military Connected', 'military_connected:yes'],
    ];
    for (const [raw, value] of cases) expect(AGGREGATE_GROUP_CODES.lookup(raw)?.value, raw).toBe(value);
  });
  it('splits wide report-card headers into a group and a role', () => {
    expect(splitGroupHeader('Black %')).toEqual({ label: 'Black', role: 'percent' });
    expect(splitGroupHeader('Count - Hispanic')).toEqual({ label: 'Hispanic', role: 'numerator' });
    expect(splitGroupHeader('All Students Total')).toEqual({ label: 'All Students', role: 'denominator' });
    expect(splitGroupHeader('Asian')).toEqual({ label: 'Asian', role: 'numerator' });
  });
});
