// Reading values the way exports write them: school years, years, grades, dates, numbers.
import { describe, expect, it } from 'vitest';
import { detectDateFormats, parseDate } from '../../../analysis/import/values/dates';
import { detectNumberStyle, parseInteger } from '../../../analysis/import/values/numbers';
import { parseSchoolYear, parseYear } from '../../../analysis/import/values/school-year';
import { GRADE_CODES } from '../../../analysis/import/dictionary/grade-codes';

describe('school years', () => {
  it('reads every common spelling as the year the school year ends', () => {
    const cases: [string, number][] = [
      ['2023-24', 2024],
      ['2023-2024', 2024],
      ['2023/24', 2024],
      ['2023 - 2024', 2024],
      ['2023\u201324', 2024],
      ['2024', 2024],
      ['SY2024', 2024],
      ['SY 2023-24', 2024],
      ['sy2023-2024', 2024],
      ['FY2024', 2024],
      ['FY24', 2024],
      ['Spring 2022', 2022],
      ['Fall 2022', 2023],
      ['23-24', 2024],
      ['1999-00', 2000],
      ['1999-2000', 2000],
      ['2024.0', 2024],
      ['2023-24 school year', 2024],
    ];
    for (const [text, year] of cases) expect(parseSchoolYear(text), text).toBe(year);
  });

  it('reads a single year as the start year when the column says so (SchoolYearStart)', () => {
    expect(parseSchoolYear('2023', 'start')).toBe(2024);
    expect(parseSchoolYear('2023-24', 'start')).toBe(2024);
  });

  it('refuses what is not a school year rather than guessing', () => {
    for (const text of ['2023-25', '2024-23', 'last year', '24', '202', '12/2023', '1850-51', '', 'Winter 2023']) expect(parseSchoolYear(text), text).toBeNull();
  });

  it('reads cohort years', () => {
    expect(parseYear('2024')).toBe(2024);
    expect(parseYear('Class of 2024')).toBe(2024);
    expect(parseYear('2024-25')).toBeNull();
  });
});

describe('grades', () => {
  const grade = (code: string) => GRADE_CODES.lookup(code)?.value ?? 'unmapped';
  it('maps PK, K/KG/00, 1-12 (zero-padded or not) and words', () => {
    const cases: [string, string][] = [
      ['PK', '-1'], ['Pre-K', '-1'], ['PK4', '-1'], ['TK', '-1'], ['Preschool/Prekindergarten', '-1'],
      ['K', '0'], ['KG', '0'], ['00', '0'], ['0', '0'], ['Kindergarten', '0'],
      ['1', '1'], ['01', '1'], ['First grade', '1'], ['1st', '1'], ['Grade 3', '3'], ['Third', '3'],
      ['09', '9'], ['Ninth grade', '9'], ['12', '12'], ['Twelfth grade', '12'], ['12th Grade', '12'], ['Grade 12', '12'],
    ];
    for (const [code, value] of cases) expect(grade(code), code).toBe(value);
  });
  it('leaves ungraded and post-secondary codes unmapped', () => {
    for (const code of ['13', 'UG', 'Ungraded', 'Postsecondary', 'Adult']) expect(grade(code), code).toBe('unmapped');
  });
});

describe('dates', () => {
  it('detects the formats a column uses and reads each one', () => {
    const values = ['2019-08-11', '8/23/2021', '15-Mar-2020', '20180105', '2022-07-01 08:30:00'].map((value) => ({ value, count: 1 }));
    const formats = detectDateFormats(values);
    expect(formats.map((f) => f.id).sort()).toEqual(['compact', 'iso', 'iso_time', 'month_name', 'us']);
    expect(values.map((v) => parseDate(v.value, formats))).toEqual(['2019-08-11', '2021-08-23', '2020-03-15', '2018-01-05', '2022-07-01']);
  });
  it('reads slashed dates month first unless a value proves them day first', () => {
    expect(parseDate('03/04/2024', detectDateFormats([{ value: '03/04/2024', count: 1 }]))).toBe('2024-03-04');
    const dayFirst = detectDateFormats([{ value: '25/12/2023', count: 1 }, { value: '03/04/2024', count: 1 }]);
    expect(parseDate('03/04/2024', dayFirst)).toBe('2024-04-03');
  });
  it('refuses impossible dates', () => {
    const formats = detectDateFormats([{ value: '2020-02-30', count: 1 }]);
    expect(parseDate('2020-02-30', formats)).toBeNull();
    expect(parseDate('yesterday', formats)).toBeNull();
  });
});

describe('numbers', () => {
  it('detects thousands separators and decimal commas', () => {
    expect(detectNumberStyle(['1,234', '56'], ',')).toBe('thousands');
    expect(detectNumberStyle(['12,5', '3'], ';')).toBe('decimal_comma');
    // In a comma-delimited file a quoted "12,5" is more likely a thousands slip than a decimal comma.
    expect(detectNumberStyle(['12,5'], ',')).toBe('plain');
    expect(detectNumberStyle(['12.5', '45%'], ',')).toBe('plain');
  });
  it('reads whole numbers, also from performance levels written as words', () => {
    expect(parseInteger('3')).toBe(3);
    expect(parseInteger('Level 3')).toBe(3);
    expect(parseInteger('3.0')).toBe(3);
    expect(parseInteger('3.5')).toBeNull();
  });
});
