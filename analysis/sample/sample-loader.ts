// Loads the bundled sample district (sample-data/district) into the canonical tables. Temporary: a fixed
// mapping of those exact exports until the general importer (sniff, map, validate, load) replaces it.
import fs from 'node:fs';
import path from 'node:path';
import { quotedIdentifier } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { canonicalTable } from '../engine/canonical-schema';
import type { CanonicalTableName } from '../engine/canonical-schema';

export interface SampleLoadSummary {
  /** Rows inserted per file (survey files insert one row per answered item). */
  files: { file: string; table: string; rows: number }[];
}

/** Every column is read as text so that ids keep their leading zeros; each mapping casts explicitly. */
const READ = `read_csv($1, header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')`;

const col = (name: string): string => quotedIdentifier(name);
const lit = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/**
 * Maps an export's codes to canonical ones. A code not in the map fails the load with its value
 * rather than being dropped or guessed (DESIGN.md section 3); a map value of null is a deliberate
 * "not reported" (for example "Decline to State").
 */
function code(file: string, column: string, map: Readonly<Record<string, string | null>>, source = col(column)): string {
  const arms = Object.entries(map)
    .map(([from, to]) => `WHEN ${source} = ${lit(from)} THEN ${to === null ? 'NULL' : lit(to)}`)
    .join(' ');
  const unmapped = lit(`${file}: unmapped ${column} code "`);
  return `CASE WHEN ${source} IS NULL THEN NULL ${arms} ELSE error(${unmapped} || ${source} || '"') END`;
}

/** A yes/no field; `blank` is what an empty cell means (program fields often leave "no" blank). */
function flag(file: string, column: string, yes: string, no: string, blank: boolean | null = null): string {
  const mapped = code(file, column, { [yes]: 'true', [no]: 'false' });
  return `CAST(${blank === null ? mapped : `coalesce(${mapped}, ${lit(String(blank))})`} AS BOOLEAN)`;
}

const SIS_RACE = {
  HI: 'hispanic_latino', AM: 'american_indian_alaska_native', AS: 'asian', BL: 'black',
  PI: 'native_hawaiian_pacific_islander', WH: 'white', MR: 'two_or_more',
} as const;
const RACE_NAMES = {
  'Hispanic or Latino': 'hispanic_latino', 'American Indian or Alaska Native': 'american_indian_alaska_native',
  Asian: 'asian', 'Black or African American': 'black', 'Native Hawaiian or Other Pacific Islander': 'native_hawaiian_pacific_islander',
  White: 'white', 'Two or More Races': 'two_or_more', 'Decline to State': null,
} as const;
const SURVEY_RACE = {
  'Hispanic or Latino/a/x': 'hispanic_latino', 'American Indian or Alaska Native': 'american_indian_alaska_native',
  Asian: 'asian', 'Black or African American': 'black', 'Native Hawaiian or Pacific Islander': 'native_hawaiian_pacific_islander',
  White: 'white', Multiracial: 'two_or_more', 'Middle Eastern or North African': 'middle_eastern_north_african',
  'Prefer not to answer': null,
} as const;
const SURVEY_CONSTRUCTS = {
  BEL: 'belonging', SAF: 'safety', REL: 'relationships', FAIR: 'fairness', CR: 'cultural_responsiveness',
  FENG: 'family_engagement', FCOM: 'communication', FWEL: 'welcoming', SLEAD: 'leadership', SCOL: 'collaboration',
  SEQ: 'equity_climate',
} as const;
const SURVEY_ID_COLUMNS = ['ResponseId', 'RecordedDate', 'Administration', 'RespondentType', 'SchoolCode', 'Grade', 'RaceEthnicity'];

const usDate = (column: string): string => `CAST(strptime(${col(column)}, '%m/%d/%Y') AS DATE)`;
const int = (sql: string): string => `CAST(${sql} AS INTEGER)`;
const num = (column: string): string => `CAST(${col(column)} AS DOUBLE)`;
const blankToNull = (column: string): string => `nullif(trim(${col(column)}), '')`;

interface FileLoad {
  readonly file: string;
  readonly table: CanonicalTableName;
  /** Canonical column -> SQL expression over the export's columns. */
  readonly select: Readonly<Record<string, string>>;
  readonly from?: string;
  readonly where?: string;
}

const LOADS: readonly FileLoad[] = [
  {
    file: 'schools.csv',
    table: 'schools',
    select: {
      school_id: col('SchoolCode'),
      school_name: col('SchoolName'),
      level: code('schools.csv', 'SchoolType', { 'Elementary School': 'elementary', 'Middle School': 'middle', 'High School': 'high', Other: 'other' }),
      community_school: flag('schools.csv', 'CommunitySchool', 'Y', 'N'),
      community_partner: blankToNull('LeadPartner'),
      pathway: code('schools.csv', 'ClimatePathway', { PBIS: 'pbis', 'Restorative Practices': 'restorative_practices', 'Mental Wellness': 'mental_wellness', 'Anti-Racism': 'anti_racism' }),
      implementation_phase: code('schools.csv', 'ImplementationPhase', { Exploration: 'exploration', Installation: 'installation', 'Initial Implementation': 'initial_implementation', 'Full Implementation': 'full_implementation' }),
    },
  },
  {
    file: 'enrollment.csv',
    table: 'enrollment',
    select: {
      student_id: col('StudentID'),
      // "2023-2024" -> 2024, the year the school year ends.
      school_year: int(`split_part(${col('SchoolYear')}, '-', 2)`),
      school_id: col('SchoolCode'),
      grade: `CASE ${col('Grade')} WHEN 'PK' THEN -1 WHEN 'KG' THEN 0 ELSE CAST(${col('Grade')} AS SMALLINT) END`,
      sex: code('enrollment.csv', 'Gender', { F: 'female', M: 'male', X: 'nonbinary' }),
      // Hispanic or Latino of any race; otherwise the SIS race field (MR = two or more races).
      race_ethnicity: `CASE WHEN ${col('HispanicLatinoEthnicity')} = 'Y' THEN 'hispanic_latino' ELSE ${code('enrollment.csv', 'RaceEthnicity', SIS_RACE)} END`,
      hispanic: flag('enrollment.csv', 'HispanicLatinoEthnicity', 'Y', 'N'),
      race_american_indian: raceListed('AM'),
      race_asian: raceListed('AS'),
      race_black: raceListed('BL'),
      race_pacific_islander: raceListed('PI'),
      race_white: raceListed('WH'),
      // This SIS does not collect Middle Eastern or North African: unknown, not "no".
      race_mena: 'CAST(NULL AS BOOLEAN)',
      ell: flag('enrollment.csv', 'LEP', 'Y', 'N'),
      swd: flag('enrollment.csv', 'SPED', 'Y', 'N'),
      section_504: flag('enrollment.csv', 'Sec504', 'Y', 'N', false),
      econ_disadv: flag('enrollment.csv', 'EconDisadv', '1', '0'),
      homeless: flag('enrollment.csv', 'Homeless', 'Y', 'N'),
      foster: flag('enrollment.csv', 'FosterCare', 'Y', 'N'),
      migrant: flag('enrollment.csv', 'Migrant', 'Y', 'N'),
      gifted: flag('enrollment.csv', 'GiftedTalented', 'Y', 'N'),
    },
  },
  {
    file: 'attendance.csv',
    table: 'attendance',
    select: {
      student_id: col('STUDENT_ID'),
      // "2023-24" -> 2024.
      school_year: `${int(`split_part(${col('SCHOOL_YEAR')}, '-', 1)`)} + 1`,
      school_id: col('SCHOOL_ID'),
      days_enrolled: num('DAYS_ENROLLED'),
      days_absent: `${num('ABS_EXCUSED')} + ${num('ABS_UNEXCUSED')}`,
    },
  },
  {
    file: 'assessments.csv',
    table: 'assessments',
    select: {
      student_id: col('student_number'),
      school_year: int(col('test_year')),
      school_id: col('school_code'),
      subject: code('assessments.csv', 'subject', { ELA: 'ela', Mathematics: 'math' }),
      grade: `CAST(${col('grade_tested')} AS SMALLINT)`,
      scale_score: num('scale_score'),
      performance_level: `CAST(${col('perf_level')} AS SMALLINT)`,
      proficient: flag('assessments.csv', 'proficient_flag', 'Y', 'N'),
    },
  },
  {
    file: 'discipline.csv',
    table: 'discipline',
    select: {
      incident_id: col('IncidentID'),
      student_id: col('StuID'),
      // School years run July-June: an incident in August 2023 belongs to 2023-24.
      school_year: `year(${usDate('IncidentDate')}) + CASE WHEN month(${usDate('IncidentDate')}) >= 7 THEN 1 ELSE 0 END`,
      school_id: col('SchoolID'),
      incident_date: usDate('IncidentDate'),
      offense: col('OffenseDesc'),
      action_type: code('discipline.csv', 'ActionCode', {
        ISS: 'in_school_suspension', OSS: 'out_of_school_suspension', EXP: 'expulsion', LER: 'law_enforcement_referral', OTH: 'other',
      }),
      days_removed: num('DaysRemoved'),
    },
  },
  {
    file: 'courses.csv',
    table: 'courses',
    select: {
      student_id: col('StudentNumber'),
      // This export names the year it starts: 2023 is 2023-24.
      school_year: `${int(col('SchoolYearStart'))} + 1`,
      school_id: col('SchoolCode'),
      course_id: col('CourseCode'),
      course_name: col('CourseTitle'),
      // Algebra I (MA1200) taken in grade 8 is the "algebra in grade 8" course type.
      course_type: `CASE WHEN ${col('CourseCode')} = 'MA1200' AND ${col('GradeLevel')} = '08' THEN 'algebra_grade8' ELSE ${code('courses.csv', 'CourseLevel', {
        AP: 'ap', IB: 'ib', HON: 'honors', DE: 'dual_enrollment', GT: 'gifted_talented', STD: 'standard',
      })} END`,
      completed: `${col('FinalMark')} IN ('A', 'B', 'C', 'D', 'P')`,
    },
  },
  {
    file: 'graduation.csv',
    table: 'graduation',
    select: {
      student_id: col('LocalStudentId'),
      cohort_year: int(col('CohortYear')),
      school_id: col('HighSchoolCode'),
      outcome: code('graduation.csv', 'CohortStatus', {
        'Graduated - Regular Diploma': 'graduated', 'Graduated - Advanced Diploma': 'graduated', Dropout: 'dropped_out',
        'Still Enrolled': 'continuing', GED: 'other', 'Certificate of Completion': 'other',
      }),
    },
  },
  {
    file: 'staff.csv',
    table: 'staff',
    select: {
      staff_id: col('EmployeeID'),
      school_year: int(`replace(${col('FiscalYear')}, 'FY', '')`),
      // Blank location is the district office.
      school_id: blankToNull('LocationCode'),
      role: code('staff.csv', 'PositionType', { Teacher: 'teacher', Administrator: 'administrator', Counselor: 'counselor', 'Support Staff': 'support', Other: 'other' }),
      race_ethnicity: code('staff.csv', 'EthnicityRace', RACE_NAMES),
      sex: code('staff.csv', 'Sex', { Female: 'female', Male: 'male', Nonbinary: 'nonbinary' }),
      years_experience: num('YearsExperience'),
      certified: `CAST(${code('staff.csv', 'CertificationStatus', { Professional: 'true', Initial: 'true', Provisional: 'false', Emergency: 'false', 'Not Required': null })} AS BOOLEAN)`,
      hire_date: `CAST(${col('HireDate')} AS DATE)`,
    },
  },
  {
    file: 'staff_training.csv',
    table: 'training',
    select: {
      staff_id: col('EmployeeNumber'),
      program: code('staff_training.csv', 'CourseTitle', {
        'Equity & Anti-Bias Foundations': 'anti_bias', 'PBIS Tier 1 Systems': 'pbis',
        'Restorative Practices: Community Circles': 'restorative_practices', 'Youth Mental Health First Aid': 'mental_wellness',
        'Anti-Racist Curriculum Review': 'anti_racism',
      }),
      completed_date: usDate('SessionDate'),
    },
    // The LMS logs registrations and no-shows too; only completions count as training.
    where: `${col('Status')} = 'Completed'`,
  },
  {
    file: 'climate_survey.csv',
    table: 'surveys',
    // One column per item in the export; one row per answered item in the canonical table
    // (UNPIVOT drops unanswered items, which are blank cells).
    from: `(UNPIVOT (SELECT * FROM ${READ}) ON COLUMNS(* EXCLUDE (${SURVEY_ID_COLUMNS.map(col).join(', ')})) INTO NAME item VALUE answer)`,
    select: {
      respondent_id: col('ResponseId'),
      respondent_type: code('climate_survey.csv', 'RespondentType', { Student: 'student', 'Parent/Guardian': 'family', Staff: 'staff' }),
      school_id: col('SchoolCode'),
      // "Spring 2024" -> 2024 (a fall administration would belong to the year that ends the next June).
      school_year: `${int(`split_part(${col('Administration')}, ' ', 2)`)} + CASE WHEN ${col('Administration')} LIKE 'Fall %' THEN 1 ELSE 0 END`,
      construct: code('climate_survey.csv', 'item prefix', SURVEY_CONSTRUCTS, `split_part(item, '_', 1)`),
      item: 'item',
      response: 'CAST(answer AS DOUBLE)',
      favorable: 'CAST(answer AS DOUBLE) >= 3',
      respondent_race_ethnicity: code('climate_survey.csv', 'RaceEthnicity', SURVEY_RACE),
    },
  },
];

function raceListed(letter: string): string {
  return `list_contains(string_split(coalesce(${col('RaceCodes')}, ''), '|'), ${lit(letter)})`;
}

/** Builds the INSERT for one file, checking every target column against the canonical schema. */
function insertSql(load: FileLoad): string {
  const known = new Set(canonicalTable(load.table).columns.map((c) => c.name));
  const columns = Object.keys(load.select);
  for (const name of columns) {
    if (!known.has(name)) throw new Error(`Sample loader maps ${load.file} to unknown column ${load.table}.${name}`);
  }
  const expressions = columns.map((name) => `${load.select[name]} AS ${col(name)}`);
  return (
    `INSERT INTO ${col(load.table)} (${columns.map(col).join(', ')}) ` +
    `SELECT ${expressions.join(', ')} FROM ${load.from ?? READ}${load.where ? ` WHERE ${load.where}` : ''}`
  );
}

export async function loadSampleDistrict(connection: DuckDBConnection, dir: string): Promise<SampleLoadSummary> {
  const missing = LOADS.map((l) => l.file).filter((file) => !fs.existsSync(path.join(dir, file)));
  if (missing.length > 0) throw new Error(`The sample district in ${dir} is missing ${missing.join(', ')}`);
  const files: SampleLoadSummary['files'] = [];
  for (const load of LOADS) {
    // The path travels as a bound parameter: read_csv accepts one in DuckDB 1.5.
    const result = await connection.run(insertSql(load), [path.join(dir, load.file)]);
    files.push({ file: load.file, table: load.table, rows: Number(result.rowsChanged) });
  }
  return { files };
}
