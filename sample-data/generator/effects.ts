// The designed disparities, in one place: group multipliers and how reforming schools narrow them.
// The sizes here are what sample-data/README.md documents; tune them here, then re-check the README.
import type { Race, School, StudentYear } from './types';

/**
 * Pulls a group multiplier toward 1 at a reforming school as reform progresses.
 * reform (0-1) is the school's strength, progress (0-1) how far into the data years we are.
 */
export function narrowed(multiplier: number, strength: number, reform: number, progress: number): number {
  return 1 + (multiplier - 1) * (1 - strength * reform * progress);
}

/**
 * The schools' own reforms take two years to reach full strength (0, 0.5, 1 in the first three data years) and
 * then hold: a fourth year changes only what `districtWideRestorative` changes, so the first three years are
 * the same whether the generator writes three years or four.
 */
export function reformProgress(yearIndex: number): number {
  return Math.min(1, yearIndex / 2);
}

/**
 * From the fourth data year (2024-25 in the four-year sample) restorative practice goes district-wide, as the
 * sample review's action plan recommends: given an incident, a student's chance of out-of-school suspension no
 * longer depends on race or disability at any school. Who gets referred is unchanged, so part of the gap stays.
 * Attendance, achievement and course placement carry on as before, so their benchmarks stay inside the noise.
 */
const districtWideRestorative = (sy: StudentYear): boolean => sy.yearIndex >= 3;

/** Shift of the latent achievement (standard-normal scale) by group: the proficiency gaps. */
export const ACHIEVEMENT_RACE: Record<Race, number> = {
  hispanic_latino: -0.3,
  american_indian_alaska_native: -0.4,
  asian: 0.3,
  black: -0.45,
  native_hawaiian_pacific_islander: -0.25,
  white: 0.1,
  two_or_more: 0,
};
export const ACHIEVEMENT_ECON = -0.4;
export const ACHIEVEMENT_SWD = -0.75;
export const ACHIEVEMENT_EVER_ELL = -0.2;
/** Applied at test time while the student is still an English learner. */
export const ACHIEVEMENT_CURRENT_ELL = -0.45;
/** Per unit of school poverty, centred on 0.5. */
export const ACHIEVEMENT_POVERTY = -0.6;

/** Absence multipliers: the chronic-absence gaps. */
const ABSENCE_RACE: Record<Race, number> = {
  hispanic_latino: 1.2,
  american_indian_alaska_native: 1.55,
  asian: 0.6,
  black: 1.35,
  native_hawaiian_pacific_islander: 1.35,
  white: 1,
  two_or_more: 1.1,
};

/** Expected share of enrolled days absent, before the student's own noise. */
export function absenceRate(sy: StudentYear): number {
  const s = sy.student;
  const reform = sy.school.absenceReform;
  const t = sy.progress;
  // Community schools' attendance work (family outreach, health services) narrows the group gaps.
  let m = narrowed(ABSENCE_RACE[s.race], 0.65, reform, t);
  if (s.econ) m *= narrowed(1.45, 0.65, reform, t);
  if (sy.homeless) m *= narrowed(1.8, 0.65, reform, t);
  if (s.swd) m *= 1.3;
  const g = sy.grade;
  const level = g < 0 ? 1.4 : g === 0 ? 1.15 : g <= 5 ? 1 : g <= 8 ? 1.1 : g <= 10 ? 1.3 : 1.5;
  // District-wide post-pandemic recovery: absence falls each year everywhere.
  const recovery = sy.yearIndex === 0 ? 1.12 : sy.yearIndex === 1 ? 1.06 : 1;
  return 0.036 * m * level * recovery * (0.8 + 0.4 * sy.school.poverty);
}

/** Referral multipliers (incidents per student-year) by race: part of the suspension gap. */
const REFERRAL_RACE: Record<Race, number> = {
  hispanic_latino: 1.05,
  american_indian_alaska_native: 1.3,
  asian: 0.5,
  black: 1.7,
  native_hawaiian_pacific_islander: 1.1,
  white: 1,
  two_or_more: 1.15,
};
/** Out-of-school-suspension bias given an incident (the rest of the gap is who gets referred). */
const OSS_RACE: Record<Race, number> = {
  hispanic_latino: 1.1,
  american_indian_alaska_native: 1.2,
  asian: 0.8,
  black: 1.5,
  native_hawaiian_pacific_islander: 1.1,
  white: 1,
  two_or_more: 1.1,
};

const LEVEL_INCIDENTS = { elementary: 0.035, middle: 0.27, high: 0.2 } as const;

/** Expected number of discipline incidents in the student's year. */
export function incidentRate(sy: StudentYear): number {
  const s = sy.student;
  const { disciplineReform: reform, poverty } = sy.school;
  const t = sy.progress;
  let m = narrowed(REFERRAL_RACE[s.race], 0.6, reform, t);
  if (s.swd) m *= narrowed(1.75, 0.6, reform, t);
  if (s.econ) m *= 1.3;
  m *= s.sex === 'male' ? 1.45 : s.sex === 'female' ? 0.55 : 1;
  const overall = 1 - 0.3 * reform * t;
  const behavior = Math.exp(0.5 * s.behavior - 0.125);
  return LEVEL_INCIDENTS[sy.school.level] * (0.7 + 0.6 * poverty) * behavior * m * overall;
}

/** Multiplier on the chance that an incident ends in out-of-school suspension. */
export function ossBias(sy: StudentYear): number {
  const s = sy.student;
  const reform = sy.school.disciplineReform;
  const t = sy.progress;
  let m = districtWideRestorative(sy) ? 1 : narrowed(OSS_RACE[s.race], 0.75, reform, t);
  if (s.swd && !districtWideRestorative(sy)) m *= narrowed(1.35, 0.75, reform, t);
  // Restorative conferences replace part of the suspensions at reforming schools.
  return m * (1 - 0.35 * reform * t);
}

/**
 * Shift in advanced-course placement beyond achievement: counsellor recommendation and
 * prerequisite gate-keeping, the documented access gap.
 */
export function coursePlacementShift(sy: StudentYear): number {
  const s = sy.student;
  let shift = 0;
  if (s.race === 'black') shift -= 0.25;
  else if (s.race === 'hispanic_latino') shift -= 0.2;
  else if (s.race === 'american_indian_alaska_native') shift -= 0.2;
  if (s.econ) shift -= 0.1;
  if (sy.ell) shift -= 0.3;
  if (s.swd) shift -= 0.3;
  return shift;
}

/** Survey: shift of a student's latent agreement on fairness and belonging items. */
export function studentSurveyShift(race: Race, construct: string, school: School, progress: number): number {
  const fairness = construct === 'fairness';
  const base =
    race === 'black' ? (fairness ? -0.6 : -0.3) : race === 'hispanic_latino' ? (fairness ? -0.3 : -0.2) : 0;
  // Restorative schools close part of the fairness-perception gap as suspensions fall.
  return base * (1 - 0.6 * school.disciplineReform * progress);
}
