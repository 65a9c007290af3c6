// Refuse rather than guess: id columns never take counts and count columns never take ids; missing-value
// words are missing in value columns but shown, and mappable, in label columns; measures keep their ids.
import { describe, expect, it } from 'vitest';
import { suggestMeasure } from '../../../analysis/import/aggregates/measure-suggestions';
import { fieldSpec } from '../../../analysis/import/kinds';
import { countLikeHeader, idLikeHeader, missingCounts, senseProblem } from '../../../analysis/import/mapping/column-sense';
import { resolveValue } from '../../../analysis/import/values/code-resolution';

const profile = (values: string[]) => ({ name: 'c', nonNull: values.length, distinct: new Set(values).size, numeric: values.length, values: values.map((value) => ({ value, count: 1 })) });

describe('column sense', () => {
  it('tells identifier headers from quantity headers', () => {
    for (const header of ['Division Number', 'division_number', 'LEA ID', 'School Code', 'DBN', 'NCESSCH', 'Sch Num']) expect(idLikeHeader(header), header).toBe(true);
    for (const header of ['Number', 'Count', 'Total Graduates', 'n_students', 'School', 'IncidentIdentifier']) expect(idLikeHeader(header), header).toBe(false);
    for (const header of ['Suspension Count', 'Total Students', '# Asian', 'Rate', 'Days Suspended']) expect(countLikeHeader(header), header).toBe(true);
    for (const header of ['Student ID', 'IncidentIdentifier', 'School Name', 'sid']) expect(countLikeHeader(header), header).toBe(false);
  });

  it('refuses ids as counts (by header or by zero-padded values) and counts as ids', () => {
    expect(senseProblem('aggregates', 'numerator', 'Division Number', profile(['1', '2']))).toMatch(/holds identifiers .* cannot be the numerator/);
    expect(senseProblem('aggregates', 'denominator', 'Cohort', profile(['0101', '0102', '0203']))).toMatch(/its values have leading zeros/);
    expect(senseProblem('aggregates', 'numerator', 'Total Graduates', profile(['300', '1000']))).toBeNull();
    expect(senseProblem('discipline', 'student_id', 'Suspension Count', profile(['1', '3']))).toMatch(/holds counts or rates .* cannot be the student id/i);
    expect(senseProblem('discipline', 'student_id', 'Student ID', profile(['0001', '0002']))).toBeNull();
  });

  it('finds a report-card mapping with rates and no counts', () => {
    const base = { kind: 'aggregates' as const, layout: 'rows' as const, codes: [], constants: [], schoolYearIs: 'end' as const };
    expect(missingCounts({ ...base, columns: [{ source: 'Rate', target: 'percent' }, { source: 'Group', target: 'group' }] })).toMatch(/has rates \("Rate"\) but no counts/);
    expect(missingCounts({ ...base, columns: [{ source: 'Rate', target: 'percent' }, { source: 'Count', target: 'numerator' }] })).toBeNull();
  });
});

describe('missing-value words', () => {
  const group = fieldSpec('aggregates', 'group')!;
  it('are missing in a label column by default, but the code review says so and an explicit choice wins', () => {
    const none = resolveValue(group, 'None', new Map(), 'end');
    expect(none).toMatchObject({ value: null, status: 'not_reported', confidence: 0.5 });
    expect(none.note).toContain('unless you map it');
    expect(resolveValue(group, 'None', new Map([['none', 'all:all']]), 'end')).toMatchObject({ value: 'all:all', status: 'mapped', note: 'Your choice.' });
  });
});

describe('measure ids', () => {
  it('keeps the file id and suggests the registry metric with a confidence', () => {
    expect(suggestMeasure('graduation_4_year')).toMatchObject({ metricId: 'graduation_4_year', confidence: 1 });
    expect(suggestMeasure('Four-Year Graduation Rate')).toMatchObject({ measure: 'Four-Year Graduation Rate', metricId: 'graduation_4_year', confidence: 0.85 });
    expect(suggestMeasure('ela_proficiency')).toMatchObject({ metricId: 'ela_proficiency', confidence: 1 });
    expect(suggestMeasure('bus_ridership')).toMatchObject({ metricId: null, confidence: 0 });
  });
});
