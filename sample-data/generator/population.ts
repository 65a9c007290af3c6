// Plans who enters the district when (entry blocks) so any year's students can be enumerated without storing them.
import type { GeneratorOptions } from './options';

/** Students who enter at the same grade in the same year; their indices are first..first+count-1. */
export interface EntryBlock {
  readonly year: number;
  readonly grade: number;
  readonly first: number;
  readonly count: number;
  /** Arrived from elsewhere during the data years (mid-year arrivals have fewer days enrolled). */
  readonly mover: boolean;
}

export interface Population {
  readonly blocks: readonly EntryBlock[];
  readonly total: number;
  readonly firstId: number;
  readonly idWidth: number;
}

/** Share of students who move away each year (before poverty adjustment); movers in replace them. */
export const MOVE_RATE = 0.065;
const GRADE_UNITS = 13.5;
// Pre-K is half a cohort; high-school grades shrink with dropouts after a grade-9 intake from private schools.
const BASE_GRADE_FACTOR: Record<number, number> = { [-1]: 0.5, 9: 1.04, 10: 1.0, 11: 0.98, 12: 0.96 };

export function planPopulation(options: GeneratorOptions): Population {
  const cohort = options.students / GRADE_UNITS;
  const blocks: EntryBlock[] = [];
  let next = 0;
  const add = (year: number, grade: number, size: number, mover: boolean): void => {
    const count = Math.round(size);
    if (count <= 0) return;
    blocks.push({ year, grade, first: next, count, mover });
    next += count;
  };
  const [firstYear, ...later] = options.years;
  if (firstYear === undefined) throw new Error('no years to generate');
  for (let g = -1; g <= 12; g++) add(firstYear, g, cohort * (BASE_GRADE_FACTOR[g] ?? 1), false);
  for (const year of later) {
    add(year, -1, cohort * 0.5, false);
    // Kindergarten: those who did not attend district pre-K.
    add(year, 0, cohort * (1 - 0.5 * (1 - MOVE_RATE)), false);
    for (let g = 1; g <= 12; g++) add(year, g, cohort * (MOVE_RATE + (g === 9 ? 0.03 : 0)), true);
  }
  const firstId = 10_000;
  // At least one leading zero always, as district ids are fixed-width text.
  const idWidth = Math.max(7, String(firstId + next).length + 1);
  return { blocks, total: next, firstId, idWidth };
}

/** Blocks that can have students enrolled in the year (pre-K entrants up to fifth-year seniors). */
export function blocksActiveIn(population: Population, year: number): EntryBlock[] {
  return population.blocks.filter((b) => b.year <= year && b.grade + (year - b.year) <= 13);
}
