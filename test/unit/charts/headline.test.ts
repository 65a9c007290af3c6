// The sentence above every Explore chart kind, on fixed published rows: figure, group, place, comparison.
import { describe, expect, it } from 'vitest';
import type { ViewKind } from '../../../analysis/shared/explore-view';
import { DEFAULT_VIEW } from '../../../analysis/shared/explore-view';
import { chartPlace } from '../../../renderer/src/charts/explore/chart-place';
import { chartText } from '../../../renderer/src/charts/explore/chart-text';
import { PERCENT } from '../../../renderer/src/charts/explore/explore-data';
import { headline } from '../../../renderer/src/charts/explore/headline';
import { toCell, valueFormat, type MetricRow } from '../../../renderer/src/charts/explore/metric-rows';
import { metric, row, SUSPENSION, withheldRow } from './explore-fixtures';

const DISTRICT = chartPlace(DEFAULT_VIEW, 'Riverside Unified', []);
const SCHOOLS = [
  { schoolId: '101', schoolName: 'Lincoln High School' },
  { schoolId: '102', schoolName: 'Bayview Middle' },
];

const say = (view: ViewKind, rows: MetricRow[], m = SUSPENSION, extra: Partial<Parameters<typeof headline>[0]> = {}) =>
  headline({ view, metric: m, rows, format: valueFormat(m), place: DISTRICT, year: 2024, groupType: 'race_ethnicity', groupType2: 'swd', ...extra });

// Out-of-school suspension by race: Hispanic comes first in reporting order, Black has the widest gap.
const RACE_ROWS = [
  row({ group_value: 'all', group_label: 'All students', is_total: true, group_order: -1, value: 0.052, numerator: 520, denominator: 10000 }),
  row({ group_value: 'hispanic_latino', group_label: 'Hispanic or Latino', group_order: 0, value: 0.06, reference_label: 'All other students', reference_value: 0.05, gap: 0.01, denominator: 3000 }),
  withheldRow('asian', 'Asian', 'small_count'),
  row({ group_value: 'black', group_label: 'Black or African American', group_order: 3, value: 0.086, reference_label: 'All other students', reference_value: 0.045, gap: 0.041, risk_ratio: 1.9, flagged: true, denominator: 2500 }),
  row({ group_value: 'white', group_label: 'White', group_order: 5, value: 0.038, reference_label: 'All other students', reference_value: 0.062, gap: -0.024, denominator: 3500 }),
];

describe('headline for each Explore chart kind', () => {
  it('groups: the largest gap on the side of concern, not the first group, with its comparison and risk-ratio flag', () => {
    expect(say('groups', RACE_ROWS)).toBe(
      'In Riverside Unified in 2023-24, out-of-school suspension was highest for Black or African American students: 8.6%, against 4.5% for all other students (4.1 percentage points above); its risk ratio of 1.9 is past the flag threshold.',
    );
  });

  it('groups at one school: the sentence names the school, not the district', () => {
    const place = chartPlace({ ...DEFAULT_VIEW, schoolIds: ['101'] }, 'Riverside Unified', SCHOOLS);
    expect(say('groups', RACE_ROWS, SUSPENSION, { place })).toMatch(/^At Lincoln High School in 2023-24, out-of-school suspension was highest for Black or African American students: 8\.6%/);
  });

  it('groups with filters: the place carries them', () => {
    const place = chartPlace({ ...DEFAULT_VIEW, schoolLevels: ['high'], gradeBand: 'high' }, 'Riverside Unified', SCHOOLS);
    expect(say('groups', RACE_ROWS, SUSPENSION, { place })).toMatch(/^In Riverside Unified \(high schools; grades 9-12\) in 2023-24, /);
  });

  it('means: program groups read as people ("English learners"), lower is the concern, gaps in points', () => {
    const ela = metric({ id: 'ela_scale_score', label: 'ELA mean scale score', kind: 'mean', unit: 'scale_score', direction: 'higher_is_better', population: 'tested' });
    const rows = [
      row({ group_value: 'true', group_label: 'English learners', group_type: 'ell', value: 2512, reference_label: 'All other students', reference_value: 2590, gap: -78 }),
      row({ group_value: 'false', group_label: 'Not English learners', group_type: 'ell', group_order: 1, value: 2601, reference_label: 'All other students', reference_value: 2512, gap: 89 }),
    ];
    expect(say('groups', rows, ela, { groupType: 'ell' })).toBe('In Riverside Unified in 2023-24, ELA mean scale score was lowest for English learners: 2,512, against 2,590 for all other students (78.0 points below).');
  });

  it('representation: the widest shortfall of teachers against students, never "100% for all students"', () => {
    const staff = metric({ id: 'staff_representation', label: 'Teacher-student representation', kind: 'representation', direction: 'higher_is_better', population: 'teachers_and_students', domain: 2 });
    const rows = [
      row({ group_value: 'all', group_label: 'All teachers', is_total: true, group_order: -1, value: 1, numerator: 1072, denominator: 1072, reference_label: 'Share of students', reference_value: 1, gap: 0 }),
      row({ group_value: 'hispanic_latino', group_label: 'Hispanic or Latino', value: 0.124, reference_label: 'Share of students', reference_value: 0.299, gap: -0.175, denominator: 1072 }),
      row({ group_value: 'black', group_label: 'Black or African American', group_order: 3, value: 0.149, reference_label: 'Share of students', reference_value: 0.249, gap: -0.1, denominator: 1072 }),
      row({ group_value: 'white', group_label: 'White', group_order: 5, value: 0.648, reference_label: 'Share of students', reference_value: 0.306, gap: 0.342, denominator: 1072 }),
    ];
    expect(say('groups', rows, staff)).toBe('In Riverside Unified in 2023-24, the largest gap in representation was for Hispanic or Latino teachers: 12.4% of teachers, against 29.9% of students (17.5 percentage points below).');
    const text = chartText({ view: DEFAULT_VIEW, metric: staff, groupTypeLabel: 'Race/ethnicity', groupType2Label: '', rows, cells: [], format: PERCENT, year: 2024, place: DISTRICT, districtName: 'Riverside Unified', source: 'student records', minimumN: 10 });
    expect(text.footer).toContain('N = 1,072 teachers.');
  });

  it('climate: one respondent group is stated plainly, not compared with itself', () => {
    const climate = metric({ id: 'student_climate_favorability', label: 'Student climate favorability', kind: 'mean', unit: 'percent', direction: 'higher_is_better', population: 'respondents', domain: 4 });
    const rows = [
      row({ group_value: 'all', group_label: 'All respondents', is_total: true, group_order: -1, value: 0.664, denominator: 812 }),
      row({ group_value: 'student', group_label: 'Students', group_type: 'respondent_type', value: 0.664, reference_label: 'All other respondents', denominator: 812 }),
    ];
    expect(say('groups', rows, climate, { groupType: 'respondent_type' })).toBe('In Riverside Unified in 2023-24, student climate favorability was 66.4% for students.');
  });

  it('one group shown at a school: its figure and comparison, without "highest"', () => {
    const rows = [
      row({ group_value: 'hispanic_latino', group_label: 'Hispanic or Latino', value: 0.106, reference_label: 'All other students', reference_value: 0.144, gap: -0.038 }),
      withheldRow('black', 'Black or African American', 'complementary'),
    ];
    const place = chartPlace({ ...DEFAULT_VIEW, schoolIds: ['102'] }, 'Riverside Unified', SCHOOLS);
    expect(say('groups', rows, SUSPENSION, { place })).toBe('At Bayview Middle in 2023-24, out-of-school suspension was 10.6% for Hispanic or Latino students, against 14.4% for all other students (3.8 percentage points below).');
  });

  it('climate by race: respondents, lowest favorability is the concern', () => {
    const climate = metric({ id: 'climate_favorability', label: 'Climate survey favorability', kind: 'mean', unit: 'percent', direction: 'higher_is_better', population: 'respondents', domain: 4 });
    const rows = [
      row({ group_value: 'black', group_label: 'Black or African American', value: 0.58, reference_label: 'All other respondents', reference_value: 0.69, gap: -0.11 }),
      row({ group_value: 'white', group_label: 'White', group_order: 5, value: 0.7, reference_label: 'All other respondents', reference_value: 0.62, gap: 0.08 }),
    ];
    expect(say('groups', rows, climate)).toBe('In Riverside Unified in 2023-24, climate survey favorability was lowest for Black or African American respondents: 58.0%, against 69.0% for all other respondents (11.0 percentage points below).');
  });

  it('gaps: the widest gap, in percentage points, against the named comparison', () => {
    expect(say('gaps', RACE_ROWS)).toBe(
      'In Riverside Unified in 2023-24, the widest gap in out-of-school suspension was for Black or African American students: 4.1 percentage points above all other students (8.6% against 4.5%).',
    );
  });

  it('intersection: both groups are named ("with disabilities" is kept)', () => {
    const swd = { facet_type: 'swd', facet_value: 'true', facet_label: 'Students with disabilities' };
    const rows = [
      row({ group_value: 'black', group_label: 'Black or African American', ...swd, value: 0.182, reference_label: 'All other students', reference_value: 0.09, gap: 0.092 }),
      row({ group_value: 'white', group_label: 'White', group_order: 5, ...swd, value: 0.07, reference_label: 'All other students', reference_value: 0.11, gap: -0.04 }),
      row({ group_value: 'black', group_label: 'Black or African American', facet_type: 'swd', facet_value: 'false', facet_label: 'Students without disabilities', value: 0.07, reference_label: 'All other students', reference_value: 0.04, gap: 0.03 }),
    ];
    expect(say('intersection', rows)).toBe(
      'In Riverside Unified in 2023-24, out-of-school suspension was highest for Black or African American students with disabilities: 18.2%, against 9.0% for all other students with disabilities (9.2 percentage points above).',
    );
  });

  it('schools × groups: the school is named with the group', () => {
    const rows = [
      row({ group_value: 'black', group_label: 'Black or African American', facet_type: 'school', facet_value: '102', facet_label: 'Bayview Middle', value: 0.142, reference_label: 'All other students', reference_value: 0.051, gap: 0.091 }),
      row({ group_value: 'black', group_label: 'Black or African American', facet_type: 'school', facet_value: '101', facet_label: 'Lincoln High School', value: 0.09, reference_label: 'All other students', reference_value: 0.05, gap: 0.04 }),
      withheldRow('asian', 'Asian', 'small_n'),
    ];
    expect(say('schools', rows)).toBe(
      'In Riverside Unified in 2023-24, out-of-school suspension was highest for Black or African American students at Bayview Middle: 14.2%, against 5.1% for all other students at Bayview Middle (9.1 percentage points above).',
    );
  });

  it('composition: the largest disproportion in percentage points, not the largest ratio of a tiny group', () => {
    const rows = [
      row({ group_value: 'american_indian_alaska_native', group_label: 'American Indian or Alaska Native', population_share: 0.007, outcome_share: 0.013, composition_index: 1.86 }),
      row({ group_value: 'black', group_label: 'Black or African American', group_order: 3, population_share: 0.251, outcome_share: 0.369, composition_index: 1.47 }),
      row({ group_value: 'white', group_label: 'White', group_order: 5, population_share: 0.3, outcome_share: 0.2, composition_index: 0.67 }),
    ];
    expect(say('composition', rows)).toBe('In Riverside Unified in 2023-24, the largest disproportion was for Black or African American students: 25.1% of students but 36.9% of those with out-of-school suspension.');
  });

  it('trend: all students first to last year, then the group furthest behind in the latest year', () => {
    const totals = [2022, 2023, 2024].map((y, i) => row({ group_value: 'all', group_label: 'All students', is_total: true, group_order: -1, school_year: y, value: [0.05, 0.051, 0.052][i]! }));
    const rows = [...totals, ...RACE_ROWS.filter((r) => !r.is_total)];
    expect(say('trend', rows)).toBe(
      'In Riverside Unified, out-of-school suspension for all students went from 5.0% in 2021-22 to 5.2% in 2023-24; in 2023-24 it was highest for Black or African American students (8.6%).',
    );
  });

  it('funnel: counts beyond the 99.8% limits and names the furthest on the side of concern', () => {
    const school = (group_value: string, group_label: string, value: number, funnel_position: string) => row({ group_value, group_label, group_type: 'school', value, funnel_position, denominator: 600 });
    const rows = [school('1', 'Bayview Middle', 0.13, 'above_998'), school('2', 'Oak Elementary', 0.11, 'above_998'), school('3', 'Maple Elementary', 0.015, 'below_998'), school('4', 'Pine High', 0.05, 'within')];
    expect(say('funnel', rows)).toBe(
      'In Riverside Unified in 2023-24, 2 schools were above and 1 below the 99.8% limits for out-of-school suspension, beyond what chance explains; furthest on the side of concern: Bayview Middle (13.0%), Oak Elementary (11.0%).',
    );
  });

  it('says when every figure is withheld, instead of naming a group', () => {
    expect(say('groups', [withheldRow('asian', 'Asian', 'small_n'), withheldRow('white', 'White', 'complementary')])).toBe(
      'In Riverside Unified in 2023-24, every figure is withheld to protect the privacy of small groups.',
    );
  });
});

describe('title, footer and metadata', () => {
  it('names the place, the filters, the year, N and the source; groups by "English learner status"', () => {
    const view = { ...DEFAULT_VIEW, groupBy: 'ell' as const, schoolIds: ['101'] };
    const place = chartPlace(view, 'Riverside Unified', SCHOOLS);
    const rows = [row({ group_value: 'all', group_label: 'All students', is_total: true, value: 0.04, denominator: 1234 }), withheldRow('true', 'English learners', 'small_count')];
    const cells = rows.filter((r) => !r.is_total).map((r) => toCell(r, new Map(), 10, 'ell'));
    const text = chartText({ view, metric: SUSPENSION, groupTypeLabel: 'English learner', groupType2Label: '', rows, cells, format: PERCENT, year: 2024, place, districtName: 'Riverside Unified', source: 'student records', minimumN: 10 });
    expect(text.title).toBe('Out-of-school suspension by English learner status, Lincoln High School, 2023-24');
    expect(text.footer).toMatch(/Lincoln High School \(Riverside Unified\), 2023-24\. N = 1,234 students\. Source: student records\.$/);
    expect(text.suppressionNote).toContain('“count < 10” a group in which fewer than 10 had the outcome');
    expect(Object.fromEntries(text.metadata)).toMatchObject({ District: 'Riverside Unified', Place: 'Lincoln High School', N: '1,234 students', Source: 'student records', 'School year': '2023-24' });
  });

  it('never prints "N = not shown": a withheld total says so', () => {
    const rows = [row({ group_value: 'all', group_label: 'All students', is_total: true, denominator_coded: '<10', suppressed: true, suppression_reason: 'small_n' })];
    const text = chartText({ view: DEFAULT_VIEW, metric: SUSPENSION, groupTypeLabel: 'Race/ethnicity', groupType2Label: '', rows, cells: [], format: PERCENT, year: 2024, place: DISTRICT, districtName: 'Riverside Unified', source: null, minimumN: 10 });
    expect(text.footer).toContain('N = <10 students (withheld).');
  });
});
