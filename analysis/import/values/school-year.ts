// School years as exports write them ("2023-24", "2023-2024", "2024", "SY2024", "FY2024", "Spring 2022")
// -> the calendar year the school year ends (2023-24 is 2024). Read once per distinct value, never per row.

export type YearIs = 'end' | 'start';

const EARLIEST = 1950;
const LATEST = 2100;
const inRange = (year: number): number | null => (year >= EARLIEST && year <= LATEST ? year : null);

/** The ending year, or null when the text is not a school year. */
export function parseSchoolYear(text: string, yearIs: YearIs = 'end'): number | null {
  const s = text.trim().toUpperCase().replace(/\s+/g, ' ');
  let m = /^(?:SY|FY|SCHOOL YEAR)? ?(\d{4}) ?[-/\u2013] ?(\d{2}|\d{4})(?: .*)?$/.exec(s);
  if (m) {
    const start = Number(m[1]);
    const end = m[2]!.length === 2 ? Math.floor(start / 100) * 100 + Number(m[2]) + (Number(m[2]) < start % 100 ? 100 : 0) : Number(m[2]);
    return end === start + 1 ? inRange(end) : null;
  }
  m = /^(?:SY|FY|SCHOOL YEAR)? ?(\d{4})(?:\.0)?$/.exec(s);
  if (m) return inRange(Number(m[1]) + (yearIs === 'start' ? 1 : 0));
  m = /^(SPRING|SUMMER|FALL|AUTUMN) (\d{4})$/.exec(s);
  if (m) return inRange(Number(m[2]) + (m[1] === 'FALL' || m[1] === 'AUTUMN' ? 1 : 0));
  m = /^(?:SY|FY) ?(\d{2})$/.exec(s);
  if (m) return 2000 + Number(m[1]);
  m = /^(\d{2}) ?[-/] ?(\d{2})$/.exec(s);
  if (m && (Number(m[2]) === Number(m[1]) + 1 || (m[1] === '99' && m[2] === '00'))) return Number(m[2]) + (Number(m[2]) < 50 ? 2000 : 1900);
  return null;
}

/** A plain year (a cohort's graduation year): "2024", "Class of 2024", "2024.0". */
export function parseYear(text: string): number | null {
  const m = /^(?:class of |cohort )?(\d{4})(?:\.0)?$/i.exec(text.trim());
  return m ? inRange(Number(m[1])) : null;
}
