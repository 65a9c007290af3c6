// Staff positions and the people who hold them year by year (turnover, experience, certification), and staff.csv rows.
import { STREAM } from './prng';
import type { Rng } from './prng';
import { csvText } from './csv-sink';
import type { CsvSink } from './csv-sink';
import { dateIso, dayNumber, RACE_NAME } from './sis-codes';
import type { District, Race, School, Sex } from './types';

export type PositionType = 'Teacher' | 'Administrator' | 'Counselor' | 'Support Staff' | 'Other';

/** A position; the people holding it over the years form a chain of hires. */
export interface StaffSlot {
  readonly index: number;
  readonly school: School | null;
  readonly position: PositionType;
  readonly title: string;
}

export interface StaffMember {
  readonly id: string;
  readonly slot: StaffSlot;
  /** First and last school year (ending year) in the position. */
  readonly startYear: number;
  readonly lastYear: number;
  readonly hireDay: number;
  readonly experienceAtStart: number;
  readonly race: Race | null;
  readonly sex: Sex;
  /** First year in which the member is fully certified (Infinity when never in the data). */
  readonly certifiedFrom: number;
  readonly uncertifiedStatus: string;
}

const RACES: readonly Race[] = ['hispanic_latino', 'american_indian_alaska_native', 'asian', 'black', 'native_hawaiian_pacific_islander', 'white', 'two_or_more'];
/** The workforce is much whiter than the students; high-poverty schools hire a little more diversely. */
const staffRaceWeights = (p: number): number[] => [0.08 + 0.1 * p, 0.005, 0.035, 0.08 + 0.14 * p, 0.003, 0.76 - 0.24 * p, 0.02];
const FEMALE_SHARE: Record<PositionType, number> = { Teacher: 0.76, Administrator: 0.55, Counselor: 0.8, 'Support Staff': 0.85, Other: 0.6 };
const SUBJECTS = ['English', 'Mathematics', 'Science', 'Social Studies', 'Special Education', 'ESL', 'Physical Education', 'Arts'];
const ELEM_TITLES = ['Grade K', 'Grade 1', 'Grade 2', 'Grade 3', 'Grade 4', 'Grade 5', 'Special Education', 'ESL'];
const SUPPORT_TITLES = ['Paraprofessional', 'Paraprofessional', 'Paraprofessional', 'Social Worker', 'School Psychologist', 'School Nurse', 'Office Manager', 'Instructional Coach'];
const CENTRAL: readonly [PositionType, string][] = [['Administrator', 'Director'], ['Other', 'Coordinator'], ['Other', 'Data Analyst'], ['Other', 'Payroll Specialist'], ['Support Staff', 'Administrative Assistant']];

export function planSlots(district: District, students: number): StaffSlot[] {
  const slots: StaffSlot[] = [];
  const add = (school: School | null, position: PositionType, title: string): void => {
    slots.push({ index: slots.length, school, position, title });
  };
  add(null, 'Administrator', 'Superintendent');
  for (let i = 0; i < Math.round(students / 250); i++) {
    const [position, title] = CENTRAL[i % CENTRAL.length] ?? ['Other', 'Coordinator'];
    add(null, position, title);
  }
  for (const school of district.all) {
    const n = school.expectedEnrollment;
    const ratio = school.level === 'elementary' ? 16 : school.level === 'middle' ? 17 : 18;
    const titles = school.level === 'elementary' ? ELEM_TITLES : SUBJECTS;
    for (let t = 0; t < Math.max(4, Math.round(n / ratio)); t++) add(school, 'Teacher', `Teacher - ${titles[t % titles.length]}`);
    add(school, 'Administrator', 'Principal');
    const assistants = school.level === 'elementary' ? (n > 500 ? 1 : 0) : school.level === 'middle' ? 2 : 3;
    for (let a = 0; a < assistants; a++) add(school, 'Administrator', 'Assistant Principal');
    for (let c = 0; c < Math.max(1, Math.round(n / 350)); c++) add(school, 'Counselor', 'School Counselor');
    for (let s = 0; s < Math.max(2, Math.round(n / 45)); s++) add(school, 'Support Staff', SUPPORT_TITLES[s % SUPPORT_TITLES.length] ?? 'Paraprofessional');
  }
  return slots;
}

/** Yearly chance of leaving: high-poverty schools and novices turn over more. */
function leaveRate(p: number, novice: boolean): number {
  return 0.08 + 0.16 * p + (novice ? 0.08 : 0);
}

function hire(slot: StaffSlot, k: number, startYear: number, firstYear: number, ids: StaffIds, rng: Rng): StaffMember {
  rng.reseed(STREAM.staff, slot.index, k);
  const p = slot.school?.poverty ?? 0.3;
  let experience: number;
  let hireDay: number;
  if (k === 0) {
    // Already in post when the data start: veterans, longer-serving at low-poverty schools.
    experience = Math.min(38, Math.floor(-(15 - 9 * p) * Math.log(1 - rng.next())));
    const tenure = rng.int(0, experience);
    hireDay = dayNumber(firstYear - 1 - tenure, 8, rng.int(1, 25));
  } else {
    const novice = rng.chance(0.3 + 0.45 * p);
    experience = novice ? 0 : 1 + Math.floor(-6 * Math.log(1 - rng.next()));
    hireDay = rng.chance(0.8) ? dayNumber(startYear - 1, 7, 1) + rng.int(0, 55) : dayNumber(startYear - 1, 9, 1) + rng.int(0, 150);
  }
  // Administrators and counselors come from teaching, so they are never novices.
  if (slot.position === 'Administrator' || slot.position === 'Counselor') experience += 5;
  const stay = rng.geometric(leaveRate(p, experience < 2));
  const credentialed = slot.position !== 'Support Staff' && slot.position !== 'Other';
  const uncertifiedRisk = k === 0 ? 0.01 + 0.06 * p : 0.03 + 0.25 * p + (experience === 0 ? 0.1 : 0);
  const uncertified = credentialed && rng.chance(uncertifiedRisk);
  const certifiedFrom = !uncertified ? -Infinity : rng.chance(0.6) ? startYear + rng.int(1, 3) : Infinity;
  const decline = rng.chance(0.015);
  const race = RACES[rng.weighted(staffRaceWeights(p))] ?? 'white';
  const sexDraw = rng.next();
  const female = FEMALE_SHARE[slot.position];
  return {
    id: staffId(slot.index, k, ids),
    slot, startYear, lastYear: startYear + stay, hireDay, experienceAtStart: experience,
    race: decline ? null : race,
    sex: sexDraw < female ? 'female' : sexDraw < 0.997 ? 'male' : 'nonbinary',
    certifiedFrom,
    uncertifiedStatus: rng.chance(0.7) ? 'Provisional' : 'Emergency',
  };
}

/** The person in the position in the year (each position is filled every year). */
export function memberIn(slot: StaffSlot, year: number, firstYear: number, ids: StaffIds, rng: Rng): StaffMember {
  let k = 0;
  let member = hire(slot, 0, firstYear, firstYear, ids, rng);
  while (member.lastYear < year) {
    k++;
    member = hire(slot, k, member.lastYear + 1, firstYear, ids, rng);
  }
  return member;
}

/** Employee numbers: each position gets a block of ids for its first hires, and later hires a range of their own. */
export interface StaffIds {
  readonly slots: number;
  readonly width: number;
}

/** Hires per position that get ids in the position's own block: the three years of the committed sample. */
const BLOCK = 3;

export function staffIds(slots: number, years: number): StaffIds {
  // Each holder serves at least one year, so a position has at most one hire per data year.
  return { slots, width: Math.max(6, String(1000 + slots * Math.max(BLOCK, years)).length + 1) };
}

/**
 * The k-th hire of a position. Hires beyond the block are numbered after every block, so a fourth data year adds
 * employee numbers without renumbering the first three years' staff.
 */
function staffId(slot: number, k: number, ids: StaffIds): string {
  const n = k < BLOCK ? slot * BLOCK + k : ids.slots * BLOCK + (k - BLOCK) * ids.slots + slot;
  return String(1000 + n).padStart(ids.width, '0');
}

export const STAFF_HEADER = [
  'EmployeeID', 'FiscalYear', 'LocationCode', 'LocationName', 'JobTitle', 'PositionType', 'EthnicityRace', 'Sex',
  'YearsExperience', 'CertificationStatus', 'HireDate', 'FTE',
];
const SEX_NAME: Record<Sex, string> = { female: 'Female', male: 'Male', nonbinary: 'Nonbinary' };

export function writeStaff(sink: CsvSink, m: StaffMember, year: number): void {
  const experience = m.experienceAtStart + (year - m.startYear);
  const credentialed = m.slot.position !== 'Support Staff' && m.slot.position !== 'Other';
  const cert = !credentialed ? 'Not Required' : year >= m.certifiedFrom ? (experience < 3 ? 'Initial' : 'Professional') : m.uncertifiedStatus;
  const school = m.slot.school;
  const fte = m.slot.title === 'Paraprofessional' && m.slot.index % 5 === 0 ? '0.5' : '1.0';
  sink.row(
    `${m.id},FY${year},${school?.id ?? ''},${csvText(school?.name ?? 'District Office')},${csvText(m.slot.title)},` +
      `${m.slot.position},${m.race ? RACE_NAME[m.race] : 'Decline to State'},${SEX_NAME[m.sex]},${experience},${cert},` +
      `${dateIso(m.hireDay)},${fte}`,
  );
}
