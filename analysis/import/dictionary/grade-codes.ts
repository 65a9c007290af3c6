// Grade levels in exports -> -1 (pre-kindergarten), 0 (kindergarten), 1-12: codes, zero-padded numbers,
// ordinals and words, and Ed-Fi grade-level descriptors. Ungraded and post-secondary are left for the user.
import { codeList, type CodeEntry } from './code-list';

const ORDINAL_WORDS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth'];
const NUMBER_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];
const SUFFIX = ['st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th', 'th', 'th', 'th'];

function gradeEntry(grade: number): CodeEntry {
  const n = String(grade);
  const padded = n.padStart(2, '0');
  const ordinal = `${n}${SUFFIX[grade - 1]}`;
  const word = ORDINAL_WORDS[grade - 1]!;
  return {
    keys: [n, padded, `${n}.0`, `G${n}`, `G${padded}`, `Gr${n}`, `Gr ${n}`, `Grade ${n}`, `Grade ${padded}`, ordinal, `${ordinal} grade`, `${ordinal} Grade`, `${word} grade`, word, NUMBER_WORDS[grade - 1]!, `Grade ${NUMBER_WORDS[grade - 1]}`],
    value: n,
  };
}

const ENTRIES: readonly CodeEntry[] = [
  { keys: ['PK', 'P', 'PS', 'PK3', 'PK4', 'PK-3', 'PK-4', 'Pre-K', 'PreK', 'Pre K', 'Pre-kindergarten', 'Prekindergarten', 'Preschool', 'Preschool/Prekindergarten', 'TK', 'Transitional kindergarten', '-1', 'P3', 'P4'], value: '-1' },
  { keys: ['K', 'KG', 'KN', 'KF', 'KH', 'K5', '0', '00', '0.0', 'Kindergarten', 'Kinder', 'Full-day kindergarten', 'Half-day kindergarten'], value: '0' },
  ...Array.from({ length: 12 }, (_, i) => gradeEntry(i + 1)),
];

export const GRADE_CODES = codeList(
  'grade',
  [
    { code: '-1', label: 'Pre-K' },
    { code: '0', label: 'Kindergarten' },
    ...Array.from({ length: 12 }, (_, i) => ({ code: String(i + 1), label: `Grade ${i + 1}` })),
  ],
  ENTRIES,
);
