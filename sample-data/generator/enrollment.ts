// Rows of enrollment.csv (SIS demographics export) and attendance.csv (attendance-system year totals).
import { absenceRate } from './effects';
import { STREAM } from './prng';
import type { Rng } from './prng';
import { CALENDAR_DAYS } from './student-year';
import { bit, dateUs, gradeCode, schoolYearStart, SEX_LETTER, weekday, yearLong, yearShort, yn } from './sis-codes';
import type { CsvSink } from './csv-sink';
import type { StudentYear } from './types';

export const ENROLLMENT_HEADER = [
  'SchoolYear', 'SchoolCode', 'StudentID', 'Grade', 'Gender', 'HispanicLatinoEthnicity', 'RaceEthnicity',
  'RaceCodes', 'LEP', 'SPED', 'Sec504', 'EconDisadv', 'Homeless', 'FosterCare', 'Migrant', 'GiftedTalented',
  'EntryDate',
];

/** The SIS's single race field: HI for Hispanic students who reported no race, MR for several. */
export function raceField(hispanic: boolean, races: readonly string[]): string {
  if (races.length > 1) return 'MR';
  return races[0] ?? (hispanic ? 'HI' : '');
}

export function writeEnrollment(sink: CsvSink, sy: StudentYear): void {
  const s = sy.student;
  const late = CALENDAR_DAYS - sy.daysEnrolled;
  // Students who dropped out mid-year were enrolled from the first day; only arrivals start late.
  const arrivedLate = late > 0 && !(s.dropoutGrade > 0 && sy.grade === s.dropoutGrade);
  const entry = weekday(schoolYearStart(sy.year) + (arrivedLate ? Math.round((late * 7) / 5) : 0));
  sink.row(
    `${yearLong(sy.year)},${sy.school.id},${s.id},${gradeCode(sy.grade)},${SEX_LETTER[s.sex]},` +
      `${yn(s.hispanic)},${raceField(s.hispanic, s.races)},${s.races.join('|')},${yn(sy.ell)},${yn(s.swd)},` +
      // Sec504 is blank rather than N when absent, as many SIS program fields are.
      `${s.section504 ? 'Y' : ''},${bit(s.econ)},${yn(sy.homeless)},${yn(s.foster)},${yn(s.migrant)},` +
      `${yn(sy.gifted)},${dateUs(entry)}`,
  );
}

export const ATTENDANCE_HEADER = [
  'STUDENT_ID', 'SCHOOL_ID', 'SCHOOL_YEAR', 'DAYS_ENROLLED', 'DAYS_PRESENT', 'ABS_EXCUSED', 'ABS_UNEXCUSED',
];

const halfDays = (x: number): number => Math.round(x * 2) / 2;

/** Absent days for the year, in half days, capped at 85% of the days enrolled. */
function daysAbsent(sy: StudentYear, rng: Rng): number {
  rng.reseed(STREAM.attendance, sy.student.index, sy.year);
  const share = absenceRate(sy) * sy.student.absenceProneness * Math.exp(0.25 * rng.normal() - 0.03);
  return halfDays(sy.daysEnrolled * Math.min(0.85, share));
}

export function writeAttendance(sink: CsvSink, sy: StudentYear, rng: Rng): void {
  const absent = daysAbsent(sy, rng);
  const excused = halfDays(absent * (0.35 + 0.4 * rng.next()));
  sink.row(
    `${sy.student.id},${sy.school.id},${yearShort(sy.year)},${sy.daysEnrolled},${sy.daysEnrolled - absent},` +
      `${excused},${absent - excused}`,
  );
}
