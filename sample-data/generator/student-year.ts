// One enrolled student's school year: the school attended, the year's statuses and days enrolled.
import { STREAM } from './prng';
import type { Rng } from './prng';
import type { District, School, Student, StudentYear } from './types';
import { reformProgress } from './effects';

/** Instructional days in the district calendar. */
export const CALENDAR_DAYS = 180;

export function schoolFor(s: Student, grade: number, district: District): School {
  const list = grade <= 5 ? district.elementary : grade <= 8 ? district.middle : district.high;
  const index = grade <= 5 ? s.home : grade <= 8 ? s.middle : s.high;
  const school = list[index];
  if (!school) throw new Error(`no school ${index} at grade ${grade}`);
  return school;
}

export function studentYear(
  s: Student,
  grade: number,
  year: number,
  years: readonly number[],
  district: District,
  mover: boolean,
  rng: Rng,
): StudentYear {
  rng.reseed(STREAM.year, s.index, year);
  const yearIndex = years.indexOf(year);
  const school = schoolFor(s, grade, district);
  // Homelessness is episodic and concentrated among low-income families in high-poverty areas.
  const homeless = rng.chance(s.econ ? 0.02 + 0.06 * school.poverty : 0.003);
  let daysEnrolled = CALENDAR_DAYS;
  const arrival = rng.next();
  if (mover && year === s.entryYear && arrival < 0.6) daysEnrolled = rng.int(30, 175);
  if (s.dropoutGrade > 0 && grade === s.dropoutGrade) daysEnrolled = rng.int(25, 150);
  return {
    student: s,
    year,
    yearIndex,
    progress: reformProgress(yearIndex),
    grade,
    school,
    ell: grade < s.ellExitGrade,
    homeless,
    gifted: s.gifted && grade >= 2,
    daysEnrolled,
  };
}
