// Rows of assessments.csv: the state test vendor's student results file (ELA and math, grades 3-8 and 10).
import { ACHIEVEMENT_CURRENT_ELL } from './effects';
import { clamp, STREAM } from './prng';
import type { Rng } from './prng';
import type { CsvSink } from './csv-sink';
import type { StudentYear } from './types';

export const ASSESSMENT_HEADER = [
  'student_number', 'test_year', 'test_admin', 'school_code', 'grade_tested', 'subject', 'scale_score',
  'perf_level', 'proficient_flag',
];

export const TESTED_GRADES = new Set([3, 4, 5, 6, 7, 8, 10]);

const SUBJECTS = [
  { label: 'ELA', shift: 0.05 },
  { label: 'Mathematics', shift: -0.08 },
] as const;

// The district mean of the latent achievement is below zero (group shifts are mostly negative);
// this centring puts overall proficiency near 45% in ELA and 40% in math, typical of state tests.
const CENTRE = 0.42;
const POINTS_PER_SD = 88;

/** Level-3 ("meets") cut score by grade: scales are vertical, rising 45 points a grade. */
export function proficientCut(grade: number): number {
  return 2400 + 45 * grade;
}

export function performanceLevel(score: number, grade: number): number {
  const cut = proficientCut(grade);
  if (score < cut - 75) return 1;
  if (score < cut) return 2;
  if (score < cut + 95) return 3;
  return 4;
}

export function writeAssessments(sink: CsvSink, sy: StudentYear, rng: Rng): void {
  if (!TESTED_GRADES.has(sy.grade)) return;
  rng.reseed(STREAM.assessments, sy.student.index, sy.year);
  // A few students are not tested (absent, exempt, opted out); the vendor file has no row for them.
  if (rng.chance(sy.student.swd ? 0.06 : 0.025)) return;
  const yearNoise = 0.3 * rng.normal();
  // Slow post-pandemic recovery: scores rise a little each year.
  const recovery = 0.04 * sy.yearIndex;
  const cut = proficientCut(sy.grade);
  for (const subject of SUBJECTS) {
    let z = sy.student.achievement + yearNoise + 0.35 * rng.normal() + subject.shift + recovery + CENTRE;
    if (sy.ell) z += ACHIEVEMENT_CURRENT_ELL;
    const score = Math.round(clamp(cut - 10 + POINTS_PER_SD * z, cut - 280, cut + 300));
    const level = performanceLevel(score, sy.grade);
    sink.row(
      `${sy.student.id},${sy.year},Spring,${sy.school.id},${sy.grade},${subject.label},${score},${level},` +
        `${level >= 3 ? 'Y' : 'N'}`,
    );
  }
}
