// Derives one student's demographics, latent traits and trajectory from its index alone (no stored roster).
import { clamp, logistic, STREAM } from './prng';
import type { Rng } from './prng';
import {
  ACHIEVEMENT_ECON, ACHIEVEMENT_EVER_ELL, ACHIEVEMENT_POVERTY, ACHIEVEMENT_RACE, ACHIEVEMENT_SWD,
} from './effects';
import { feederOf } from './schools';
import { MOVE_RATE } from './population';
import type { EntryBlock, Population } from './population';
import type { CohortOutcome, District, Race, Sex, Student } from './types';

const RACES: readonly Race[] = [
  'hispanic_latino', 'american_indian_alaska_native', 'asian', 'black',
  'native_hawaiian_pacific_islander', 'white', 'two_or_more',
];

/** Attendance areas are segregated by income: Black and Hispanic shares rise with poverty. */
function raceWeights(p: number): number[] {
  return [0.12 + 0.34 * p, 0.008, 0.11 - 0.07 * p, 0.07 + 0.36 * p, 0.004, 0.6 - 0.6 * p, 0.06];
}

const ECON_RACE: Record<Race, number> = {
  hispanic_latino: 0.15, american_indian_alaska_native: 0.2, asian: -0.05, black: 0.15,
  native_hawaiian_pacific_islander: 0.1, white: -0.1, two_or_more: 0,
};

/** Races a student reports on the second question of the federal two-question format. */
function reportedRaces(race: Race, rng: Rng): string[] {
  switch (race) {
    case 'hispanic_latino':
      // Hispanic students report a race too (or none, which the SIS exports as HI).
      return [[], ['WH'], ['WH'], ['WH'], ['AM'], ['BL'], ['WH', 'AM']][rng.weighted([25, 20, 20, 15, 8, 6, 6])] ?? [];
    case 'two_or_more':
      return [['BL', 'WH'], ['AS', 'WH'], ['AM', 'WH'], ['BL', 'AM'], ['PI', 'AS']][rng.weighted([45, 25, 15, 10, 5])] ?? [];
    case 'american_indian_alaska_native': return ['AM'];
    case 'asian': return ['AS'];
    case 'black': return ['BL'];
    case 'native_hawaiian_pacific_islander': return ['PI'];
    case 'white': return ['WH'];
  }
}

export function deriveStudent(index: number, block: EntryBlock, district: District, pop: Population, rng: Rng): Student {
  rng.reseed(STREAM.profile, index);
  const home = rng.cumulative(district.homeWeights);
  const p = district.elementary[home]?.poverty ?? 0.5;
  const race = RACES[rng.weighted(raceWeights(p))] ?? 'white';
  const races = reportedRaces(race, rng);
  const sexDraw = rng.next();
  const sex: Sex = sexDraw < 0.49 ? 'female' : sexDraw < 0.995 ? 'male' : 'nonbinary';
  const econ = rng.chance(clamp(0.12 + 0.8 * p + ECON_RACE[race], 0.03, 0.97));
  const swdRisk = 0.135 * (sex === 'male' ? 1.3 : sex === 'female' ? 0.68 : 1);
  const swd = rng.chance(swdRisk * (race === 'black' || race === 'american_indian_alaska_native' ? 1.3 : 1));
  const section504 = !swd && rng.chance(race === 'white' || race === 'asian' ? 0.045 : 0.025);
  const ellRisk = race === 'hispanic_latino' ? 0.45 : race === 'asian' ? 0.3 : race === 'native_hawaiian_pacific_islander' ? 0.1 : 0.025;
  const everEll = rng.chance(ellRisk);
  // Newcomers arriving in later grades are English learners for a few years; others are reclassified in grades 2-10.
  const exitDraw = block.mover ? block.grade + rng.int(1, 5) : rng.int(2, 10);
  const ellExitGrade = everEll ? exitDraw : -9;
  const migrant = rng.chance(race === 'hispanic_latino' ? 0.03 : 0.002);
  const foster = rng.chance(race === 'black' ? 0.012 : 0.005);

  let achievement = 0.85 * rng.normal() + ACHIEVEMENT_RACE[race] + ACHIEVEMENT_POVERTY * (p - 0.5);
  if (econ) achievement += ACHIEVEMENT_ECON;
  if (swd) achievement += ACHIEVEMENT_SWD;
  if (everEll) achievement += ACHIEVEMENT_EVER_ELL;
  // Gifted identification under-identifies Black, Hispanic, low-income and EL students at equal achievement.
  let giftedBias = 0;
  if (race === 'black') giftedBias -= 0.25;
  if (race === 'hispanic_latino') giftedBias -= 0.2;
  if (race === 'american_indian_alaska_native') giftedBias -= 0.2;
  if (econ) giftedBias -= 0.1;
  if (everEll) giftedBias -= 0.2;
  const gifted = 0.6 * achievement + giftedBias + 0.7 * rng.normal() > 0.85;
  const absenceProneness = Math.exp(0.6 * rng.normal() - 0.18);
  const behavior = rng.normal();

  const choiceMiddle = rng.chance(0.08);
  const middle = choiceMiddle ? rng.int(0, district.middle.length - 1) : feederOf(home, district.elementary.length, district.middle.length);
  const high = rng.chance(0.08) ? rng.int(0, district.high.length - 1) : feederOf(middle, district.middle.length, district.high.length);
  const lastYearBeforeMove = block.year + rng.geometric(MOVE_RATE * (0.75 + 0.5 * p));

  const dropRisk = logistic(-4.1 + (econ ? 0.9 : 0) + (swd ? 0.6 : 0) + (everEll ? 0.5 : 0) - 0.7 * achievement + (sex === 'male' ? 0.2 : 0));
  let dropoutGrade = rng.chance(dropRisk) ? 9 + rng.weighted([0.2, 0.3, 0.3, 0.2]) : 0;
  // Nobody drops out before they appear in the data: every cohort member then has enrollment rows to
  // join to (for early cohorts, dropping out is compressed into the first data year).
  if (dropoutGrade > 0) dropoutGrade = Math.max(dropoutGrade, block.grade);
  const cohortYear = block.year + 12 - block.grade;
  const outcomeDraw = rng.next();
  let outcome: CohortOutcome | null;
  if (dropoutGrade > 0) outcome = 'dropped_out';
  else {
    const continuing = 0.05 * (swd ? 2.5 : 1) * (everEll ? 1.5 : 1);
    const other = 0.015 * (swd ? 4 : 1);
    outcome = outcomeDraw < continuing ? 'continuing' : outcomeDraw < continuing + other ? 'other' : 'graduated';
  }
  const outcomeYear = dropoutGrade > 0 ? block.year + dropoutGrade - block.grade : cohortYear;
  // Students who transfer out leave the cohort (they are not counted as dropouts).
  if (lastYearBeforeMove < outcomeYear) outcome = null;

  return {
    index, id: String(pop.firstId + index).padStart(pop.idWidth, '0'), entryYear: block.year, entryGrade: block.grade,
    home, middle, high, sex, race, hispanic: race === 'hispanic_latino', races, econ, swd, section504,
    ellExitGrade, gifted, foster, migrant, achievement, absenceProneness, behavior,
    lastYearBeforeMove, dropoutGrade, cohortYear, outcome,
  };
}

/** Grade enrolled in the year, or null when not enrolled (not yet arrived, moved, dropped out, finished). */
export function gradeIn(s: Student, year: number): number | null {
  if (year < s.entryYear || year > s.lastYearBeforeMove) return null;
  const g = s.entryGrade + (year - s.entryYear);
  if (s.dropoutGrade > 0 && g > s.dropoutGrade) return null;
  if (g === 13 && s.outcome === 'continuing') return 12; // fifth-year senior
  return g <= 12 ? g : null;
}
