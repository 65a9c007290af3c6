// How a chart names its place when filters choose several values: one school, two, many; districts; lists
// of levels, pathways and phases; and the title, headline and caption sentences built from it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ExploreView } from '../../../analysis/shared/explore-view';
import { chartPlace, type PlaceSchool } from '../../../renderer/src/charts/explore/chart-place';
import { chartText } from '../../../renderer/src/charts/explore/chart-text';
import { headline } from '../../../renderer/src/charts/explore/headline';
import { toCell, valueFormat } from '../../../renderer/src/charts/explore/metric-rows';
import { row, SUSPENSION } from './explore-fixtures';

const school = (schoolId: string, schoolName: string, level: string, pathway: string | null = null): PlaceSchool => ({ schoolId, schoolName, level, pathway, implementationPhase: null, communitySchool: false });
const SCHOOLS = [
  school('101', 'Lincoln High School', 'high', 'pbis'),
  school('102', 'Bayview Middle', 'middle', 'anti_racism'),
  school('103', 'Cedar Elementary', 'elementary'),
  school('104', 'Dunmore Elementary', 'elementary'),
  school('105', 'Eastside High School', 'high'),
];
const DISTRICT = 'Riverside Unified';
const place = (view: Partial<ExploreView>) => chartPlace({ ...DEFAULT_VIEW, ...view }, DISTRICT, SCHOOLS);

const ROWS = [
  row({ group_value: 'all', group_label: 'All students', is_total: true, group_order: -1, value: 0.05, numerator: 100, denominator: 2000 }),
  row({ group_value: 'black', group_label: 'Black or African American', group_order: 3, value: 0.09, reference_label: 'All other students', reference_value: 0.04, gap: 0.05, denominator: 400 }),
  row({ group_value: 'white', group_label: 'White', group_order: 5, value: 0.03, reference_label: 'All other students', reference_value: 0.07, gap: -0.04, denominator: 900 }),
];

function words(view: Partial<ExploreView>) {
  const p = place(view);
  const text = chartText({
    view: { ...DEFAULT_VIEW, ...view },
    metric: SUSPENSION,
    groupTypeLabel: 'Race/ethnicity',
    groupType2Label: '',
    rows: ROWS,
    cells: ROWS.filter((r) => !r.is_total).map((r) => toCell(r, new Map(), 10)),
    format: valueFormat(SUSPENSION),
    year: 2024,
    place: p,
    districtName: DISTRICT,
    source: 'student records',
    minimumN: 10,
  });
  return { place: p, text, headline: headline({ view: 'groups', metric: SUSPENSION, rows: ROWS, format: valueFormat(SUSPENSION), place: p, year: 2024, groupType: 'race_ethnicity', groupType2: 'swd' }) };
}

describe('the place of a chart with several schools chosen', () => {
  it('one school: "at" the school, and the caption adds the district', () => {
    const { text, headline: sentence } = words({ schoolIds: ['102'] });
    expect(text.title).toBe('Out-of-school suspension by race/ethnicity, Bayview Middle, 2023-24');
    expect(sentence).toBe('At Bayview Middle in 2023-24, out-of-school suspension was highest for Black or African American students: 9.0%, against 4.0% for all other students (5.0 percentage points above).');
    expect(text.footer).toMatch(/ Bayview Middle \(Riverside Unified\), 2023-24\. N = 2,000 students\./);
  });

  it('two schools: both named, pooled "across" them, in name order whatever the order chosen', () => {
    const { place: p, text, headline: sentence } = words({ schoolIds: ['102', '101'] });
    expect(p).toMatchObject({ name: 'Bayview Middle and Lincoln High School', schools: ['Bayview Middle', 'Lincoln High School'], roster: null });
    expect(text.title).toBe('Out-of-school suspension by race/ethnicity, Bayview Middle and Lincoln High School, 2023-24');
    expect(sentence).toBe(
      'Across Bayview Middle and Lincoln High School in 2023-24, out-of-school suspension was highest for Black or African American students: 9.0%, against 4.0% for all other students (5.0 percentage points above).',
    );
    expect(text.footer).toMatch(/ Bayview Middle and Lincoln High School \(Riverside Unified\), 2023-24\. N = 2,000 students\./);
    expect(Object.fromEntries(text.metadata)).toMatchObject({ Place: 'Bayview Middle and Lincoln High School', Schools: 'Bayview Middle; Lincoln High School', Filters: 'none' });
  });

  it('three schools are still named; more are counted in the title and listed in the caption', () => {
    expect(place({ schoolIds: ['103', '101', '102'] }).label).toBe('Bayview Middle, Cedar Elementary, and Lincoln High School');
    const { place: p, text, headline: sentence } = words({ schoolIds: ['101', '102', '103', '104', '105'] });
    expect(p.name).toBe('5 schools');
    expect(text.title).toBe('Out-of-school suspension by race/ethnicity, 5 schools, 2023-24');
    expect(sentence).toMatch(/^Across 5 schools in 2023-24, out-of-school suspension was highest for Black or African American students/);
    expect(text.footer).toContain('5 schools (Riverside Unified), 2023-24. Schools: Bayview Middle, Cedar Elementary, Dunmore Elementary, Eastside High School, and Lincoln High School. N = 2,000 students.');
    expect(Object.fromEntries(text.metadata).Schools).toBe('Bayview Middle; Cedar Elementary; Dunmore Elementary; Eastside High School; Lincoln High School');
  });

  it('names only the chosen schools that pass the other filters, which they make redundant', () => {
    expect(place({ schoolIds: ['101', '102', '105'], schoolLevels: ['high'] })).toMatchObject({ name: 'Eastside High School and Lincoln High School', filters: [], phrase: 'across Eastside High School and Lincoln High School' });
    expect(place({ schoolIds: ['101', '102', '103'], pathways: ['pbis', 'anti_racism'] }).name).toBe('Bayview Middle and Lincoln High School');
    // Grades still narrow the chosen schools.
    expect(place({ schoolIds: ['101'], gradeBand: 'high' }).label).toBe('Lincoln High School, grades 9-12');
    // A school the project does not list (an old link) is named by its id.
    expect(place({ schoolIds: ['999'] }).name).toBe('school 999');
  });
});

describe('the place with several levels, pathways, phases or districts chosen', () => {
  it('lists the values of one filter as alternatives, in their usual order', () => {
    expect(place({ schoolLevels: ['high', 'elementary'] }).phrase).toBe('in Riverside Unified (elementary and high schools)');
    expect(place({ pathways: ['restorative_practices', 'pbis'] }).filters).toEqual(['PBIS and restorative-practices schools']);
    expect(place({ implementationPhases: ['full_implementation', 'exploration'] }).filters).toEqual(['schools in exploration or full implementation']);
    expect(place({ schoolLevels: ['middle'], pathways: ['pbis'], gradeBand: 'middle' }).label).toBe('Riverside Unified, middle schools, PBIS schools, grades 6-8');
  });

  it('one district, two districts and many districts by their report-card ids', () => {
    const one = words({ districtIds: ['CCS'] });
    expect(one.text.title).toBe('Out-of-school suspension by race/ethnicity, district CCS, 2023-24');
    expect(one.headline).toMatch(/^In district CCS in 2023-24, /);
    expect(one.text.footer).toContain('district CCS (Riverside Unified), 2023-24.');
    expect(place({ districtIds: ['CCS', 'ACPS'] })).toMatchObject({ name: 'districts ACPS and CCS', phrase: 'across districts ACPS and CCS', school: true });
    expect(place({ districtIds: ['A', 'B', 'C', 'D'], schoolLevels: ['high'] }).phrase).toBe('across 4 districts (high schools)');
    // With schools chosen too, the schools are the place and the district narrows them.
    expect(place({ districtIds: ['CCS'], schoolIds: ['101'] }).label).toBe('Lincoln High School, district CCS');
  });
});
