// Command-line options of the sample-district generator, with the defaults of the committed sample.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

export interface GeneratorOptions {
  /** Output directory (created if missing). */
  readonly out: string;
  /** Approximate number of students enrolled in each school year. */
  readonly students: number;
  readonly seed: number;
  /** School years as the calendar year in which each ends: 2024 is 2023-24. Sorted, distinct. */
  readonly years: readonly number[];
}

export const DEFAULT_STUDENTS = 18_000;
export const DEFAULT_SEED = 1729;
export const DEFAULT_YEARS: readonly number[] = [2022, 2023, 2024];

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT = resolve(here, '..', 'district');

const USAGE =
  'usage: npx tsx sample-data/generator/generate.ts [--out DIR] [--students N] [--seed S] [--years 2022,2023,2024]';

export function parseOptions(argv: readonly string[]): GeneratorOptions {
  let out = DEFAULT_OUT;
  let students = DEFAULT_STUDENTS;
  let seed = DEFAULT_SEED;
  let years = DEFAULT_YEARS;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    i++;
    switch (flag) {
      case '--out':
        out = resolve(value);
        break;
      case '--students':
        students = positiveInteger(flag, value);
        if (students < 500) throw new Error('--students must be at least 500 (one school per level)');
        break;
      case '--seed':
        seed = positiveInteger(flag, value);
        break;
      case '--years':
        years = parseYears(value);
        break;
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return { out, students, seed, years };
}

function positiveInteger(flag: string, value: string): number {
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} must be a non-negative integer, got ${value}`);
  return n;
}

function parseYears(value: string): number[] {
  const years = value.split(',').map((y) => Number(y.trim()));
  if (years.some((y) => !Number.isInteger(y) || y < 1990 || y > 2100)) {
    throw new Error(`--years takes ending years such as 2022,2023,2024, got ${value}`);
  }
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  // Students move up one grade a year, so the years must be consecutive.
  if (first === undefined || last === undefined || last - first !== sorted.length - 1) {
    throw new Error(`--years must be consecutive school years, got ${value}`);
  }
  return sorted;
}
