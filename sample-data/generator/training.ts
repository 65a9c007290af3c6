// Rows of staff_training.csv: the learning-management system's session log (anti-bias seminar and pathway courses).
import { STREAM } from './prng';
import type { Rng } from './prng';
import { csvText } from './csv-sink';
import type { CsvSink } from './csv-sink';
import { dateUsShort, dayNumber, weekday } from './sis-codes';
import type { StaffMember } from './staff';
import type { Pathway } from './types';

export const TRAINING_HEADER = ['EmployeeNumber', 'CourseTitle', 'SessionDate', 'Status', 'Hours'];

export const ANTI_BIAS_TITLE = 'Equity & Anti-Bias Foundations';
/** Days after hire within which the anti-bias seminar is required. */
export const ANTI_BIAS_DEADLINE_DAYS = 90;

const PATHWAY_COURSE: Record<Pathway, string> = {
  pbis: 'PBIS Tier 1 Systems',
  restorative_practices: 'Restorative Practices: Community Circles',
  mental_wellness: 'Youth Mental Health First Aid',
  anti_racism: 'Anti-Racist Curriculum Review',
};

/**
 * The seminar for one staff member. The policy took effect on 1 July before the first data year:
 * staff hired before then complete it at some point in the first two years (a few never do); new
 * hires mostly complete it within 90 days, some late, some not at all (more so at high-poverty
 * schools, where hiring runs into the school year).
 */
export function writeAntiBias(sink: CsvSink, m: StaffMember, years: readonly number[], rng: Rng): void {
  rng.reseed(STREAM.training, Number(m.id), 1);
  const firstYear = years[0] ?? m.startYear;
  const lastDataYear = years[years.length - 1] ?? m.startYear;
  const policyStart = dayNumber(firstYear - 1, 7, 1);
  const end = Math.min(dayNumber(m.lastYear, 6, 30), dayNumber(lastDataYear, 6, 30));
  const p = m.slot.school?.poverty ?? 0.3;
  let day: number | null = null;
  if (m.hireDay < policyStart) {
    if (rng.chance(0.92)) day = policyStart + rng.int(45, 700);
  } else {
    const r = rng.next();
    const onTime = 0.82 - 0.3 * p;
    const late = 0.1 + 0.15 * p;
    if (r < onTime) day = m.hireDay + rng.int(5, ANTI_BIAS_DEADLINE_DAYS - 3);
    else if (r < onTime + late) day = m.hireDay + rng.int(ANTI_BIAS_DEADLINE_DAYS + 1, 330);
  }
  if (day === null) return;
  day = weekday(day);
  // Some staff register for a session and miss it before completing a later one.
  if (rng.chance(0.06) && day - 30 > m.hireDay && day - 30 <= end) {
    sink.row(`${m.id},${csvText(ANTI_BIAS_TITLE)},${dateUsShort(weekday(day - 30))},No Show,0`);
  }
  if (day <= end) sink.row(`${m.id},${csvText(ANTI_BIAS_TITLE)},${dateUsShort(day)},Completed,6`);
}

/** Professional learning for the school's culture-and-climate pathway, in a given school year. */
export function writePathwayTraining(sink: CsvSink, m: StaffMember, year: number, rng: Rng): void {
  const school = m.slot.school;
  if (!school) return;
  rng.reseed(STREAM.training, Number(m.id), year);
  const attend = school.phase === 'full_implementation' ? 0.6 : school.phase === 'exploration' ? 0.2 : 0.4;
  if (!rng.chance(attend)) return;
  let day = dayNumber(year - 1, 8, 10) + rng.int(0, 220);
  // Mid-year hires train after they arrive.
  if (day <= m.hireDay) day = m.hireDay + rng.int(7, 40);
  day = weekday(day);
  const status = rng.chance(0.05) ? 'Incomplete' : 'Completed';
  sink.row(`${m.id},${csvText(PATHWAY_COURSE[school.pathway])},${dateUsShort(day)},${status},3`);
}
