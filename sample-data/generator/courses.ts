// Rows of courses.csv: the SIS course-history export (advanced courses plus a share of standard ones).
import { ACHIEVEMENT_CURRENT_ELL, coursePlacementShift } from './effects';
import { STREAM } from './prng';
import type { Rng } from './prng';
import { csvText } from './csv-sink';
import type { CsvSink } from './csv-sink';
import { gradeCode } from './sis-codes';
import {
  ALGEBRA_I, AP_COURSES, DUAL_ENROLLMENT, GIFTED_SEMINAR, HIGH_STANDARD, HONORS, IB_COURSES, MIDDLE_MATH,
} from './course-catalog';
import type { Course } from './course-catalog';
import type { StudentYear } from './types';

export const COURSE_HEADER = [
  'StudentNumber', 'SchoolYearStart', 'SchoolCode', 'GradeLevel', 'CourseCode', 'CourseTitle', 'CourseLevel',
  'Term', 'FinalMark', 'CreditsEarned',
];

/** Up to n distinct courses from the pool, skipping subject areas already taken this year. */
function pickDistinct(pool: readonly Course[], n: number, taken: Set<string>, rng: Rng): Course[] {
  const open = pool.filter((course) => !taken.has(course.area));
  const out: Course[] = [];
  while (out.length < n && open.length > 0) {
    const [course] = open.splice(rng.int(0, open.length - 1), 1);
    if (!course) break;
    out.push(course);
    taken.add(course.area);
  }
  return out;
}

/** The courses a student takes in the year; placement depends on achievement and on the access gap. */
function chooseCourses(sy: StudentYear, rng: Rng): { courses: Course[]; placement: number } {
  const { grade, school } = sy;
  const placement = sy.student.achievement + (sy.ell ? ACHIEVEMENT_CURRENT_ELL : 0) + coursePlacementShift(sy) + 0.7 * rng.normal();
  const courses: Course[] = [];
  if (sy.gifted && grade >= 3 && grade <= 8) courses.push(GIFTED_SEMINAR);
  if (grade >= 6 && grade <= 8) {
    courses.push(grade === 8 && placement > 0.35 ? ALGEBRA_I : (MIDDLE_MATH[grade] ?? ALGEBRA_I));
  }
  if (grade < 9) return { courses, placement };
  const taken = new Set<string>();
  const ibCandidate = school.offersIb && grade >= 11 && placement > 0.6;
  if (ibCandidate) courses.push(...pickDistinct(IB_COURSES, 3, taken, rng));
  else if (grade >= 10 && placement > 0.3) {
    const wanted = Math.min(grade === 10 ? 1 : 4, 1 + Math.floor((placement - 0.3) / 0.45));
    courses.push(...pickDistinct(AP_COURSES.slice(0, school.apOffered), wanted, taken, rng));
  }
  if (placement > 0) courses.push(...pickDistinct(HONORS[grade] ?? [], placement > 0.7 ? 2 : 1, taken, rng));
  if (grade >= 11 && placement > -0.1 && rng.chance(0.15)) courses.push(...pickDistinct(DUAL_ENROLLMENT, 1, taken, rng));
  courses.push(...pickDistinct(HIGH_STANDARD[grade] ?? [], 2, taken, rng));
  return { courses, placement };
}

function finalMark(course: Course, placement: number, rng: Rng): string {
  if (course.level === 'GT') return 'P';
  if (rng.chance(0.03)) return 'W';
  const m = placement + 0.7 * rng.normal() + (course.level === 'STD' ? 0.4 : 0);
  return m > 1 ? 'A' : m > 0.3 ? 'B' : m > -0.4 ? 'C' : m > -1 ? 'D' : 'F';
}

export function writeCourses(sink: CsvSink, sy: StudentYear, rng: Rng): void {
  if (sy.grade < 3) return;
  rng.reseed(STREAM.courses, sy.student.index, sy.year);
  const { courses, placement } = chooseCourses(sy, rng);
  const prefix = `${sy.student.id},${sy.year - 1},${sy.school.id},${gradeCode(sy.grade)}`;
  for (const course of courses) {
    const mark = finalMark(course, placement, rng);
    const credit = course.level === 'GT' ? '0.0' : 'ABCD'.includes(mark) ? '1.0' : '0.0';
    sink.row(`${prefix},${course.code},${csvText(course.title)},${course.level},YR,${mark},${credit}`);
  }
}
