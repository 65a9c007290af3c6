// Words and numbers as the report prints them: dates, the review period, counts under suppression.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "March 4, 2025" from "2025-03-04"; the text as given when it is not an ISO date. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${MONTHS[Number(match[2]) - 1]} ${Number(match[3])}, ${match[1]}`;
}

/** "March 4 to April 18, 2025", "December 2, 2024 to January 10, 2025", or one date. */
export function reviewPeriod(start: string | null, end: string | null): string {
  if (!start && !end) return 'Not set';
  if (!start || !end || start === end) return longDate((start ?? end)!);
  const [a, b] = [longDate(start), longDate(end)];
  if (start.slice(0, 4) === end.slice(0, 4)) return `${a.replace(/, \d{4}$/, '')} to ${b}`;
  return `${a} to ${b}`;
}

/**
 * A count of records as a public report prints it: below the suppression minimum it reads "<10", since
 * even a count of rejected rows can point at a handful of students.
 */
export function countText(count: number, minimumN: number, internal: boolean): string {
  if (!internal && count > 0 && count < minimumN) return `<${minimumN}`;
  return count.toLocaleString('en-US');
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
