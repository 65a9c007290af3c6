// Builds the district's schools (sizes, poverty, feeder pattern, climate pathways) and writes schools.csv.
import { COMMUNITY_PARTNERS, schoolName } from './names';
import { Rng, STREAM } from './prng';
import { csvText } from './csv-sink';
import type { CsvSink } from './csv-sink';
import type { District, Level, Pathway, Phase, School } from './types';

export const STUDENTS_PER_SCHOOL = 750;

/** Grade levels each level serves, in student-years (pre-K is half a cohort). */
const LEVEL_GRADES: Record<Level, number> = { elementary: 6.5, middle: 3, high: 4 };
const ALL_GRADES = 13.5;

// Rotation, so every pathway is present at every level; the first restorative-practices school of
// each level is in full implementation, the designed "narrowing" school.
const PATHWAYS: readonly Pathway[] = ['restorative_practices', 'pbis', 'mental_wellness', 'anti_racism', 'pbis'];
const PHASES: readonly Phase[] = ['exploration', 'installation', 'initial_implementation', 'full_implementation'];
const PHASE_WEIGHTS = [0.15, 0.25, 0.35, 0.25];

export function buildDistrict(students: number, seed: number): District {
  const rng = new Rng(seed).reseed(STREAM.schools);
  const total = Math.max(3, Math.round(students / STUDENTS_PER_SCHOOL));
  const high = Math.max(1, Math.round(total * 0.21));
  const middle = Math.max(1, Math.round(total * 0.21));
  const elementary = Math.max(1, total - high - middle);

  // Attendance areas are ordered geographically, with poverty rising across town: feeder
  // patterns are therefore segregated by income, as in most real districts.
  const elemPoverty = range(elementary).map((i) => 0.1 + (0.8 * (i + 0.25 + 0.5 * rng.next())) / elementary);
  const elemWeight = range(elementary).map(() => 0.75 + 0.5 * rng.next());
  const midPoverty = feederMeans(elemPoverty, elemWeight, middle);
  const midWeight = feederSums(elemWeight, middle);
  const highPoverty = feederMeans(midPoverty, midWeight, high);
  const highWeight = feederSums(midWeight, high);

  const make = (level: Level, poverty: number[], weight: number[]): School[] => {
    const levelDigit = level === 'elementary' ? 1 : level === 'middle' ? 2 : 3;
    const width = Math.max(2, String(poverty.length).length);
    const sumWeight = weight.reduce((a, b) => a + b, 0);
    const richest = poverty.indexOf(Math.min(...poverty));
    const poorest = poverty.indexOf(Math.max(...poverty));
    let firstRp = true;
    return poverty.map((p, k) => {
      const pathway = PATHWAYS[(k + levelDigit) % PATHWAYS.length] ?? 'pbis';
      let phase = PHASES[rng.weighted(PHASE_WEIGHTS)] ?? 'installation';
      if (pathway === 'restorative_practices' && firstRp) {
        phase = 'full_implementation';
        firstRp = false;
      }
      const communitySchool = k === poorest || (p > 0.5 && rng.chance(0.5));
      const disciplineReform = Math.max(
        pathway === 'restorative_practices' && phase === 'full_implementation' ? 1 : 0,
        pathway === 'restorative_practices' && phase === 'initial_implementation' ? 0.45 : 0,
        pathway === 'anti_racism' && phase === 'full_implementation' ? 0.35 : 0,
        communitySchool ? 0.35 : 0,
      );
      const absenceReform = communitySchool ? 1 : phase === 'full_implementation' ? 0.35 : 0;
      return {
        index: k,
        id: `0${levelDigit}${String(k + 1).padStart(width, '0')}`,
        name: schoolName(level, k),
        level,
        poverty: p,
        expectedEnrollment: (students * LEVEL_GRADES[level] * (weight[k] ?? 1)) / ALL_GRADES / sumWeight,
        communitySchool,
        partner: communitySchool ? (COMMUNITY_PARTNERS[k % COMMUNITY_PARTNERS.length] ?? '') : '',
        pathway,
        phase,
        disciplineReform,
        absenceReform,
        // High-poverty high schools offer fewer AP courses; IB sits at a low-poverty magnet campus.
        apOffered: Math.round(14 - 10 * p),
        offersIb: level === 'high' && (k === richest || (k % 4 === 1 && p < 0.5)),
      };
    });
  };

  const e = make('elementary', elemPoverty, elemWeight);
  const m = make('middle', midPoverty, midWeight);
  const h = make('high', highPoverty, highWeight);
  const homeWeights = new Float64Array(elementary);
  let run = 0;
  elemWeight.forEach((w, i) => {
    run += w;
    homeWeights[i] = run;
  });
  return { elementary: e, middle: m, high: h, all: [...e, ...m, ...h], homeWeights };
}

/** Index of the school at the next level that school i of n feeds into. */
export function feederOf(i: number, n: number, nextCount: number): number {
  return Math.min(nextCount - 1, Math.floor((i * nextCount) / n));
}

function feederMeans(values: number[], weights: number[], count: number): number[] {
  const sums = new Array<number>(count).fill(0);
  const ws = new Array<number>(count).fill(0);
  values.forEach((v, i) => {
    const j = feederOf(i, values.length, count);
    sums[j] = (sums[j] ?? 0) + v * (weights[i] ?? 1);
    ws[j] = (ws[j] ?? 0) + (weights[i] ?? 1);
  });
  return sums.map((s, j) => s / (ws[j] || 1));
}

function feederSums(weights: number[], count: number): number[] {
  const sums = new Array<number>(count).fill(0);
  weights.forEach((w, i) => {
    const j = feederOf(i, weights.length, count);
    sums[j] = (sums[j] ?? 0) + w;
  });
  return sums;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

export const SCHOOLS_HEADER = [
  'SchoolCode', 'SchoolName', 'SchoolType', 'GradeSpan', 'Title1',
  'CommunitySchool', 'LeadPartner', 'ClimatePathway', 'ImplementationPhase',
];

const TYPE: Record<Level, [string, string]> = {
  elementary: ['Elementary School', 'PK-05'],
  middle: ['Middle School', '06-08'],
  high: ['High School', '09-12'],
};
const PATHWAY_LABEL: Record<Pathway, string> = {
  pbis: 'PBIS',
  restorative_practices: 'Restorative Practices',
  mental_wellness: 'Mental Wellness',
  anti_racism: 'Anti-Racism',
};
const PHASE_LABEL: Record<Phase, string> = {
  exploration: 'Exploration',
  installation: 'Installation',
  initial_implementation: 'Initial Implementation',
  full_implementation: 'Full Implementation',
};

export function writeSchools(sink: CsvSink, district: District): void {
  for (const s of district.all) {
    const [type, span] = TYPE[s.level];
    const flags = `${s.poverty >= 0.5 ? 'Y' : 'N'},${s.communitySchool ? 'Y' : 'N'}`;
    sink.row(
      `${s.id},${csvText(s.name)},${type},${span},${flags},${csvText(s.partner)},` +
        `${PATHWAY_LABEL[s.pathway]},${PHASE_LABEL[s.phase]}`,
    );
  }
}
