// Header synonyms and kind detection: Ed-Fi, OneRoster, SIS exports, state layouts (Texas), report cards
// and the sample district's own headers, each matched to the right field and kind.
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../../../analysis/api';
import { assignColumns, matchColumns } from '../../../analysis/import/mapping/column-matcher';
import type { ColumnProfile } from '../../../analysis/import/mapping/column-profile';
import { rankKinds } from '../../../analysis/import/mapping/kind-detector';
import { normalizeHeader } from '../../../analysis/import/normalize';
import { findHeaderRow, uniqueHeaders } from '../../../analysis/import/source/header-row';
import { guessDelimiter } from '../../../analysis/import/source/csv-source';
import { detectTextEncoding } from '../../../analysis/import/source/text-encoding';

const noProfiles = new Map<string, ColumnProfile>();
const mapped = (kind: ImportKind, headers: string[], profiles = noProfiles) => Object.fromEntries(assignColumns(kind, matchColumns(kind, headers, profiles)).map((m) => [m.source, m.field]));
const profile = (name: string, values: string[]): ColumnProfile => ({ name, nonNull: values.length, distinct: new Set(values).size, numeric: values.filter((v) => !Number.isNaN(Number(v))).length, values: values.map((value) => ({ value, count: 1 })) });

describe('header synonyms', () => {
  it('normalises case, spaces, punctuation and accents', () => {
    expect(normalizeHeader('Student ID')).toBe('studentid');
    expect(normalizeHeader('STUDENT_ID')).toBe('studentid');
    expect(normalizeHeader('Schöol Cöde')).toBe('schoolcode');
  });

  it('matches a Texas-style state layout', () => {
    expect(mapped('enrollment', ['sid', 'school_code', 'grade_level', 'year', 'male', 'race_ethnicity', 'eco_dis', 'lep', 'iep', 'migrant'])).toEqual({
      sid: 'student_id', school_code: 'school_id', grade_level: 'grade', year: 'school_year', male: 'sex', race_ethnicity: 'race_ethnicity', eco_dis: 'econ_disadv', lep: 'ell', iep: 'swd', migrant: 'migrant',
    });
  });

  it('matches Ed-Fi names', () => {
    expect(mapped('enrollment', ['StudentUniqueId', 'SchoolId', 'SchoolYear', 'EntryGradeLevelDescriptor', 'SexDescriptor', 'HispanicLatinoEthnicity', 'LimitedEnglishProficiencyDescriptor'])).toEqual({
      StudentUniqueId: 'student_id', SchoolId: 'school_id', SchoolYear: 'school_year', EntryGradeLevelDescriptor: 'grade', SexDescriptor: 'sex', HispanicLatinoEthnicity: 'hispanic', LimitedEnglishProficiencyDescriptor: 'ell',
    });
    expect(mapped('discipline', ['IncidentIdentifier', 'StudentUniqueId', 'IncidentDate', 'DisciplineDescriptor', 'ActualDisciplineActionLength'])).toEqual({
      IncidentIdentifier: 'incident_id', StudentUniqueId: 'student_id', IncidentDate: 'incident_date', DisciplineDescriptor: 'action_type', ActualDisciplineActionLength: 'days_removed',
    });
  });

  it('matches OneRoster demographics flags', () => {
    expect(mapped('enrollment', ['sourcedId', 'americanIndianOrAlaskaNative', 'asian', 'blackOrAfricanAmerican', 'nativeHawaiianOrOtherPacificIslander', 'white', 'demographicRaceTwoOrMoreRaces', 'hispanicOrLatinoEthnicity'])).toEqual({
      sourcedId: 'student_id', americanIndianOrAlaskaNative: 'race_american_indian', asian: 'race_asian', blackOrAfricanAmerican: 'race_black', nativeHawaiianOrOtherPacificIslander: 'race_pacific_islander', white: 'race_white',
      demographicRaceTwoOrMoreRaces: 'race_two_or_more', hispanicOrLatinoEthnicity: 'hispanic',
    });
  });

  it('adds up absences split into excused and unexcused, but never a total and its parts', () => {
    expect(mapped('attendance', ['STUDENT_ID', 'ABS_EXCUSED', 'ABS_UNEXCUSED'])).toEqual({ STUDENT_ID: 'student_id', ABS_EXCUSED: 'days_absent', ABS_UNEXCUSED: 'days_absent' });
    expect(mapped('attendance', ['Student ID', 'Total Absences', 'Excused Absences', 'Unexcused Absences'])).toEqual({ 'Student ID': 'student_id', 'Total Absences': 'days_absent' });
  });

  it('reads SchoolYearStart as a start year', () => {
    const matches = matchColumns('courses', ['SchoolYearStart'], noProfiles);
    expect(matches.find((m) => m.field === 'school_year')).toMatchObject({ yearIs: 'start' });
  });

  it('lowers its confidence when the values do not fit', () => {
    const fits = matchColumns('enrollment', ['Race'], new Map([['Race', profile('Race', ['W', 'B', 'H'])]])).find((m) => m.field === 'race_ethnicity')!;
    const misfits = matchColumns('enrollment', ['Race'], new Map([['Race', profile('Race', ['Q1', 'Q2', 'Q3'])]])).find((m) => m.field === 'race_ethnicity');
    expect(fits.confidence).toBeGreaterThan(0.85);
    expect(misfits?.confidence ?? 0).toBeLessThan(fits.confidence);
  });
});

describe('kind detection', () => {
  const best = (headers: string[], fileName = 'export.csv') => rankKinds(headers, noProfiles, fileName)[0]!.kind;
  it("detects each of the sample district's exports", () => {
    expect(best(['SchoolCode', 'SchoolName', 'SchoolType', 'GradeSpan', 'Title1', 'CommunitySchool', 'LeadPartner', 'ClimatePathway', 'ImplementationPhase'])).toBe('schools');
    expect(best(['SchoolYear', 'SchoolCode', 'StudentID', 'Grade', 'Gender', 'HispanicLatinoEthnicity', 'RaceEthnicity', 'RaceCodes', 'LEP', 'SPED', 'Sec504', 'EconDisadv'])).toBe('enrollment');
    expect(best(['STUDENT_ID', 'SCHOOL_ID', 'SCHOOL_YEAR', 'DAYS_ENROLLED', 'DAYS_PRESENT', 'ABS_EXCUSED', 'ABS_UNEXCUSED'])).toBe('attendance');
    expect(best(['student_number', 'test_year', 'test_admin', 'school_code', 'grade_tested', 'subject', 'scale_score', 'perf_level', 'proficient_flag'])).toBe('assessments');
    expect(best(['IncidentID', 'StuID', 'SchoolID', 'IncidentDate', 'OffenseCode', 'OffenseDesc', 'ActionCode', 'ActionDesc', 'DaysRemoved'])).toBe('discipline');
    expect(best(['StudentNumber', 'SchoolYearStart', 'SchoolCode', 'GradeLevel', 'CourseCode', 'CourseTitle', 'CourseLevel', 'Term', 'FinalMark', 'CreditsEarned'])).toBe('courses');
    expect(best(['CohortYear', 'LocalStudentId', 'HighSchoolCode', 'CohortStatus'])).toBe('graduation');
    expect(best(['EmployeeID', 'FiscalYear', 'LocationCode', 'LocationName', 'JobTitle', 'PositionType', 'EthnicityRace', 'Sex', 'YearsExperience', 'CertificationStatus', 'HireDate', 'FTE'])).toBe('staff');
    expect(best(['EmployeeNumber', 'CourseTitle', 'SessionDate', 'Status', 'Hours'])).toBe('training');
    expect(best(['ResponseId', 'RecordedDate', 'Administration', 'RespondentType', 'SchoolCode', 'Grade', 'RaceEthnicity', 'BEL_01', 'BEL_02', 'SAF_01'])).toBe('surveys');
  });
  it('detects a report card from its subgroup, count and percent columns', () => {
    expect(best(['school_year', 'division', 'school', 'subgroup', 'n_students', 'percent', 'school_level', 'school_short'], 'vdoe_chronic_absenteeism_by_subgroup.csv')).toBe('aggregates');
  });
});

describe('reading the file itself', () => {
  it('finds the header row under a title and blank rows', () => {
    expect(findHeaderRow([['District enrollment export'], [], ['Student ID', 'School', 'Grade'], ['0012', '101', 'KG']])).toBe(2);
    expect(findHeaderRow([['Student ID', 'School'], ['0012', '101']])).toBe(0);
    expect(uniqueHeaders(['id', 'Name', null, 'ID', 'name'])).toEqual(['id', 'Name', 'column2', 'ID_1', 'name_1']);
  });
  it('guesses the delimiter from the header line, outside quotes', () => {
    expect(guessDelimiter('a;b;c')).toBe(';');
    expect(guessDelimiter('a\tb\tc')).toBe('\t');
    expect(guessDelimiter('"School;Code","Name",Grade')).toBe(',');
    expect(guessDelimiter('a|b|c,d')).toBe('|');
    expect(guessDelimiter('single')).toBeNull();
  });
  it('detects encodings: BOMs, UTF-16 without a BOM, Latin-1, and mixed files read as UTF-8', () => {
    const text = 'name,city\nJosé,Zürich\n';
    expect(detectTextEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe('utf-8-bom');
    expect(detectTextEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe('utf-16le');
    expect(detectTextEncoding(Buffer.from(text, 'utf16le'))).toBe('utf-16le');
    expect(detectTextEncoding(Buffer.from(text, 'latin1'))).toBe('latin-1');
    expect(detectTextEncoding(Buffer.concat([Buffer.from(text), Buffer.from('Renée\n', 'latin1')]))).toBe('utf-8');
    expect(() => detectTextEncoding(Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00]))).toThrow(/not text/);
  });
});
