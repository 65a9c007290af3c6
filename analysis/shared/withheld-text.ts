// Words for figures withheld to protect small groups, built from the text the service published in
// their place ("n<15", "<10", "<3.4%", "*"), never from a minimum written into the screen: the minimum
// is a project setting.

/** Codes that stand in for a figure, as opposed to figures themselves ("1,234", "12.5%"). */
const isCode = (text: string): boolean => !/^[\d,.]+%?$/.test(text);

/** A label for one withheld figure: "n<15 (withheld)", or why a "*" is there. */
export function withheldLabel(coded: string | null | undefined): string {
  if (!coded) return 'withheld';
  if (coded === '*') return '* withheld to protect a smaller group';
  return `${coded} (withheld)`;
}

/** The note under a chart or table that holds withheld figures; undefined when it holds none. */
export function withheldNote(texts: Iterable<string | null | undefined>): string | undefined {
  const codes = [...new Set([...texts].filter((t): t is string => typeof t === 'string' && t !== '' && isCode(t)))];
  if (codes.length === 0) return undefined;
  const small = codes.filter((c) => c !== '*').slice(0, 2);
  const marks = [...small, ...(codes.includes('*') ? ['*'] : [])].map((c) => `“${c}”`);
  const verb = marks.length === 1 ? 'marks a figure' : 'mark figures';
  return `${marks.join(' and ')} ${verb} withheld to protect small groups (and, for “*”, a smaller group beside it); they are not zero.`;
}
