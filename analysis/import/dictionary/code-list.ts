// The shape of a code dictionary: what codes in exports mean in the canonical model, and how sure we are.
import { normalizeCode } from '../normalize';

export interface CodeEntry {
  /** Spellings found in exports; matched after normalizeCode (case, spaces, Ed-Fi URI prefixes). */
  keys: readonly string[];
  /** The canonical value, or null for a code that means "not reported". */
  value: string | null;
  /** Below AUTO_APPLY_CONFIDENCE a meaning is only suggested: the user confirms it. */
  confidence?: number;
  /** Where the meaning comes from, or why it is only a suggestion. */
  note?: string;
}

/** For open lists: a value is recognised by words in it ("Equity & Anti-Bias Foundations" is anti_bias). */
export interface CodePattern {
  pattern: RegExp;
  value: string;
  confidence: number;
}

export interface CodeMeaning {
  value: string | null;
  confidence: number;
  note: string | null;
}

export interface CodeList {
  readonly id: string;
  /** The canonical values with labels. */
  readonly codes: readonly { code: string; label: string }[];
  /** Open lists keep a value they do not know as written (an offense, a measure); closed lists report it as unmapped. */
  readonly open: boolean;
  readonly lookup: (code: string) => CodeMeaning | undefined;
  /** Every exact spelling (normalised) and its meaning, for the SQL that maps values the review did not see. */
  readonly entries: ReadonlyMap<string, CodeMeaning>;
}

/** A dictionary meaning at or above this is applied without asking; below it, it is a suggestion. */
export const AUTO_APPLY_CONFIDENCE = 0.8;

export function codeList(
  id: string,
  codes: readonly { code: string; label: string }[],
  entries: readonly CodeEntry[],
  options: { open?: boolean; patterns?: readonly CodePattern[] } = {},
): CodeList {
  const map = new Map<string, CodeMeaning>();
  for (const entry of entries) {
    for (const key of entry.keys) {
      const normalized = normalizeCode(key);
      // First entry wins: lists are written most specific first.
      if (!map.has(normalized)) map.set(normalized, { value: entry.value, confidence: entry.confidence ?? 0.95, note: entry.note ?? null });
    }
  }
  const patterns = options.patterns ?? [];
  return {
    id,
    codes,
    open: options.open ?? false,
    entries: map,
    lookup: (code) => {
      const exact = map.get(normalizeCode(code));
      if (exact) return exact;
      const found = patterns.find((p) => p.pattern.test(code));
      return found ? { value: found.value, confidence: found.confidence, note: `Recognised from the words in "${code}".` } : undefined;
    },
  };
}
