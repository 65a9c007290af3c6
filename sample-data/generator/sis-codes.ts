// Formatting helpers for the export styles the files use: SIS letter codes, grade codes, year and date formats.
import type { Race, Sex } from './types';

/** Full category names, as HR systems and survey platforms print them. */
export const RACE_NAME: Record<Race, string> = {
  hispanic_latino: 'Hispanic or Latino',
  american_indian_alaska_native: 'American Indian or Alaska Native',
  asian: 'Asian',
  black: 'Black or African American',
  native_hawaiian_pacific_islander: 'Native Hawaiian or Other Pacific Islander',
  white: 'White',
  two_or_more: 'Two or More Races',
};

export const SEX_LETTER: Record<Sex, string> = { female: 'F', male: 'M', nonbinary: 'X' };

/** PK, KG, 01..12. */
export function gradeCode(grade: number): string {
  if (grade === -1) return 'PK';
  if (grade === 0) return 'KG';
  return grade < 10 ? `0${grade}` : String(grade);
}

/** "2023-2024" for 2024. */
export function yearLong(year: number): string {
  return `${year - 1}-${year}`;
}

/** "2023-24" for 2024. */
export function yearShort(year: number): string {
  return `${year - 1}-${String(year % 100).padStart(2, '0')}`;
}

export const yn = (flag: boolean): string => (flag ? 'Y' : 'N');
export const bit = (flag: boolean): string => (flag ? '1' : '0');

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) for a calendar date; month is 1-12. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The first instructional day of a school year (late August of the year it starts). */
export function schoolYearStart(year: number): number {
  return dayNumber(year - 1, 8, 21);
}

/** The last instructional day (early June of the year it ends). */
export function schoolYearEnd(year: number): number {
  return dayNumber(year, 6, 7);
}

/** Moves a Saturday or Sunday forward to Monday: incidents and sessions happen on school days. */
export function weekday(day: number): number {
  const dow = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (dow === 6) return day + 2;
  if (dow === 0) return day + 1;
  return day;
}

function parts(day: number): [string, string, string] {
  const iso = new Date(day * DAY_MS).toISOString();
  return [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
}

/** MM/DD/YYYY, the US SIS default. */
export function dateUs(day: number): string {
  const [y, m, d] = parts(day);
  return `${m}/${d}/${y}`;
}

/** M/D/YYYY without zero padding, as learning-management systems print dates. */
export function dateUsShort(day: number): string {
  const [y, m, d] = parts(day);
  return `${Number(m)}/${Number(d)}/${y}`;
}

/** YYYY-MM-DD, as HR systems export. */
export function dateIso(day: number): string {
  const [y, m, d] = parts(day);
  return `${y}-${m}-${d}`;
}
