// Rows of climate_survey.csv: the survey platform's wide export, one row per respondent, one column per item.
import { studentSurveyShift } from './effects';
import { STREAM } from './prng';
import type { Rng } from './prng';
import { csvText } from './csv-sink';
import type { CsvSink } from './csv-sink';
import { dayNumber, dateIso } from './sis-codes';
import { RESPONDENT_LABEL, SURVEY_ITEMS } from './survey-items';
import type { RespondentType } from './survey-items';
import type { StaffMember } from './staff';
import type { Race, StudentYear } from './types';

export const SURVEY_HEADER = [
  'ResponseId', 'RecordedDate', 'Administration', 'RespondentType', 'SchoolCode', 'Grade', 'RaceEthnicity',
  ...SURVEY_ITEMS.map((i) => i.code),
];

/** The survey's own race question: one choice, its own labels, MENA offered, and an opt-out. */
const SURVEY_RACE: Record<Race, string> = {
  hispanic_latino: 'Hispanic or Latino/a/x',
  american_indian_alaska_native: 'American Indian or Alaska Native',
  asian: 'Asian',
  black: 'Black or African American',
  native_hawaiian_pacific_islander: 'Native Hawaiian or Pacific Islander',
  white: 'White',
  two_or_more: 'Multiracial',
};

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

interface Respondent {
  readonly type: RespondentType;
  readonly schoolId: string;
  readonly year: number;
  readonly grade: string;
  readonly race: string;
  /** Shift of the latent agreement for one construct. */
  readonly shift: (construct: string) => number;
}

function selfReportedRace(race: Race, rng: Rng): string {
  const r = rng.next();
  if (r < 0.04) return 'Prefer not to answer';
  if (r < 0.06) return '';
  if (race === 'white' && r < 0.08) return 'Middle Eastern or North African';
  return SURVEY_RACE[race];
}

function writeResponse(sink: CsvSink, who: Respondent, rng: Rng): void {
  let id = 'R_';
  for (let i = 0; i < 15; i++) id += BASE62[Math.floor(rng.next() * 62)];
  const recorded = dayNumber(who.year, 2, 15) + rng.int(0, 59);
  const time = `${String(rng.int(7, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const person = 0.7 * rng.normal();
  let cells = '';
  for (const item of SURVEY_ITEMS) {
    cells += ',';
    if (item.respondent !== who.type || rng.chance(0.03)) continue;
    const x = 0.25 + person + who.shift(item.construct) + 0.7 * rng.normal();
    cells += x < -1.2 ? '1' : x < -0.3 ? '2' : x < 1 ? '3' : '4';
  }
  sink.row(
    `${id},${dateIso(recorded)} ${time},Spring ${who.year},${RESPONDENT_LABEL[who.type]},${who.schoolId},` +
      `${who.grade},${csvText(who.race)}${cells}`,
  );
}

/** A student's response (grades 3-12) and their family's, when they responded this year. */
export function writeStudentAndFamilySurveys(sink: CsvSink, sy: StudentYear, rng: Rng): void {
  rng.reseed(STREAM.survey, sy.student.index, sy.year);
  const s = sy.student;
  const high = sy.grade >= 9;
  if (sy.grade >= 3 && rng.chance(high ? 0.45 : 0.55)) {
    const age = sy.grade <= 5 ? 0.25 : high ? -0.25 : 0;
    writeResponse(sink, {
      type: 'student', schoolId: sy.school.id, year: sy.year, grade: String(sy.grade),
      race: selfReportedRace(s.race, rng),
      shift: (construct) =>
        age + studentSurveyShift(s.race, construct, sy.school, sy.progress) + (s.swd && construct === 'fairness' ? -0.15 : 0),
    }, rng);
  }
  if (rng.chance(sy.ell ? 0.15 : s.econ ? 0.18 : 0.25)) {
    writeResponse(sink, {
      type: 'family', schoolId: sy.school.id, year: sy.year, grade: '',
      race: selfReportedRace(s.race, rng),
      // Black families feel less welcome: visible through the family's self-reported race.
      shift: (construct) => 0.2 + (s.race === 'black' && construct === 'welcoming' ? -0.3 : 0),
    }, rng);
  }
}

export function writeStaffSurvey(sink: CsvSink, m: StaffMember, year: number, rng: Rng): void {
  const school = m.slot.school;
  if (!school) return;
  rng.reseed(STREAM.survey, Number(m.id), -year);
  if (!rng.chance(0.65)) return;
  // Staff at high-poverty schools rate leadership lower (the staff survey does not ask race).
  writeResponse(sink, {
    type: 'staff', schoolId: school.id, year, grade: '', race: '',
    shift: (construct) => (construct === 'leadership' ? -0.6 * (school.poverty - 0.5) : 0),
  }, rng);
}
