// Rows of graduation.csv: the state's four-year adjusted cohort file, one row per cohort member.
import type { CsvSink } from './csv-sink';
import type { CohortOutcome, District, Student } from './types';
import type { Rng } from './prng';

export const GRADUATION_HEADER = ['CohortYear', 'LocalStudentId', 'HighSchoolCode', 'CohortStatus'];

/** Cohort status as the state file spells it; "other" covers GED and certificates of completion. */
function status(outcome: CohortOutcome, s: Student, rng: Rng): string {
  switch (outcome) {
    case 'graduated':
      return s.achievement > 0.8 && rng.chance(0.6) ? 'Graduated - Advanced Diploma' : 'Graduated - Regular Diploma';
    case 'dropped_out':
      return 'Dropout';
    case 'continuing':
      return 'Still Enrolled';
    case 'other':
      return s.swd && rng.chance(0.7) ? 'Certificate of Completion' : 'GED';
  }
}

/**
 * A student belongs to the cohort of the year they were due to finish grade 12 when that year is
 * in the data; students who transferred out have no outcome and are left out, as the adjusted
 * cohort rate requires.
 */
export function writeGraduation(sink: CsvSink, s: Student, years: ReadonlySet<number>, district: District, rng: Rng): void {
  if (s.outcome === null || !years.has(s.cohortYear)) return;
  const school = district.high[s.high];
  if (!school) return;
  sink.row(`${s.cohortYear},${s.id},${school.id},${status(s.outcome, s, rng)}`);
}
