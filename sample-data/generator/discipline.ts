// Rows of discipline.csv: the behaviour-management module's incident/action export (one row per action).
import { incidentRate, ossBias } from './effects';
import { STREAM } from './prng';
import type { Rng } from './prng';
import { csvText } from './csv-sink';
import type { CsvSink } from './csv-sink';
import { dateUs, schoolYearEnd, schoolYearStart, weekday } from './sis-codes';
import type { StudentYear } from './types';

export const DISCIPLINE_HEADER = [
  'IncidentID', 'StuID', 'SchoolID', 'IncidentDate', 'OffenseCode', 'OffenseDesc', 'ActionCode', 'ActionDesc',
  'DaysRemoved',
];

interface Offense {
  readonly code: string;
  readonly desc: string;
  /** Relative frequency at elementary, middle and high schools. */
  readonly weights: readonly [number, number, number];
  /** Chance of out-of-school suspension for a student with no bias multiplier. */
  readonly oss: number;
  readonly referral: number;
  readonly expulsion: number;
  readonly maxDays: number;
}

const OFFENSES: readonly Offense[] = [
  { code: 'DIS', desc: 'Disruptive Behavior', weights: [35, 25, 18], oss: 0.1, referral: 0, expulsion: 0, maxDays: 2 },
  { code: 'DEF', desc: 'Defiance/Insubordination', weights: [25, 22, 18], oss: 0.15, referral: 0, expulsion: 0, maxDays: 2 },
  { code: 'FGT', desc: 'Fighting', weights: [15, 18, 15], oss: 0.65, referral: 0.12, expulsion: 0, maxDays: 5 },
  { code: 'PHY', desc: 'Physical Aggression', weights: [15, 8, 5], oss: 0.35, referral: 0.03, expulsion: 0, maxDays: 3 },
  { code: 'BUL', desc: 'Bullying/Harassment', weights: [5, 9, 7], oss: 0.35, referral: 0.02, expulsion: 0, maxDays: 3 },
  { code: 'THR', desc: 'Threat/Intimidation', weights: [3, 5, 5], oss: 0.5, referral: 0.2, expulsion: 0.01, maxDays: 5 },
  { code: 'DRG', desc: 'Drugs/Alcohol', weights: [0, 4, 10], oss: 0.8, referral: 0.35, expulsion: 0.05, maxDays: 10 },
  { code: 'VAP', desc: 'Tobacco/Vaping', weights: [0, 5, 10], oss: 0.3, referral: 0.02, expulsion: 0, maxDays: 3 },
  { code: 'WPN', desc: 'Weapon Possession', weights: [0.5, 1.5, 2], oss: 0.8, referral: 0.6, expulsion: 0.25, maxDays: 10 },
  { code: 'TRU', desc: 'Truancy/Skipping Class', weights: [0, 4, 10], oss: 0.03, referral: 0, expulsion: 0, maxDays: 1 },
  { code: 'VAN', desc: 'Vandalism/Property Damage', weights: [2, 3, 3], oss: 0.3, referral: 0.1, expulsion: 0, maxDays: 3 },
  { code: 'TEC', desc: 'Technology Misuse', weights: [0, 4, 3], oss: 0.05, referral: 0, expulsion: 0, maxDays: 1 },
];
const LEVEL_WEIGHTS = [0, 1, 2].map((i) => OFFENSES.map((o) => o.weights[i] ?? 0));

/** Hands out incident numbers per school year in generation order, so ids are stable across runs. */
export class IncidentNumbers {
  private readonly next = new Map<number, number>();
  take(year: number): string {
    const n = (this.next.get(year) ?? 0) + 1;
    this.next.set(year, n);
    return `${year}-${String(n).padStart(7, '0')}`;
  }
}

export function writeDiscipline(sink: CsvSink, sy: StudentYear, ids: IncidentNumbers, rng: Rng): void {
  rng.reseed(STREAM.discipline, sy.student.index, sy.year);
  const count = rng.poisson(incidentRate(sy) * (sy.daysEnrolled / 180));
  if (count === 0) return;
  const levelIndex = sy.school.level === 'elementary' ? 0 : sy.school.level === 'middle' ? 1 : 2;
  const weights = LEVEL_WEIGHTS[levelIndex];
  const bias = ossBias(sy);
  const start = schoolYearStart(sy.year);
  const span = schoolYearEnd(sy.year) - start;
  const restorative = sy.school.pathway === 'restorative_practices';
  const lerBias = sy.student.race === 'black' ? 1.5 : 1;
  for (let i = 0; i < count; i++) {
    const offense = OFFENSES[rng.weighted(weights)];
    const id = ids.take(sy.year);
    const prefix = `${id},${sy.student.id},${sy.school.id},${dateUs(weekday(start + rng.int(0, span - 3)))},` +
      `${offense.code},${csvText(offense.desc)}`;
    const draw = rng.next();
    const pOss = Math.min(0.95, offense.oss * bias);
    if (levelIndex > 0 && draw < offense.expulsion) {
      sink.row(`${prefix},EXP,Expulsion,${rng.int(45, 180)}`);
    } else if (draw < pOss) {
      const days = rng.chance(0.1) ? 0.5 : rng.int(1, levelIndex === 0 ? 2 : offense.maxDays);
      sink.row(`${prefix},OSS,Out-of-School Suspension,${days}`);
    } else if (draw < pOss + 0.45 * (1 - pOss)) {
      sink.row(`${prefix},ISS,In-School Suspension,${rng.int(1, 3)}`);
    } else {
      const desc = restorative && rng.chance(0.6) ? 'Restorative Conference' : rng.pick(['Detention', 'Parent Conference', 'Loss of Privilege']);
      sink.row(`${prefix},OTH,${desc},0`);
    }
    if (rng.chance(Math.min(0.9, offense.referral * lerBias))) {
      sink.row(`${prefix},LER,Referral to Law Enforcement,0`);
    }
  }
}
