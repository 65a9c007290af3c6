// Small wording helpers shared by charts, reports and messages (pure, DOM-free).

/**
 * A label as it reads inside a sentence: "Out-of-school suspension" -> "out-of-school suspension", but an
 * acronym keeps its capitals ("AP or IB enrollment" stays as it is, not "aP or IB enrollment").
 */
export function inSentence(label: string): string {
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Shortens text for a one-line summary (the audit log's), marking the cut with an ellipsis. */
export const clip = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
