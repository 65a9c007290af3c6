// An attacker for suppression tests, written independently of analysis/privacy: given the published
// cells of linked tables (a value or null when withheld) and the sums that tie them together, it works
// out every withheld value that the published ones determine exactly: first by repeated subtraction,
// then by linear algebra (a withheld value is determined when its unit vector lies in the row space
// of the equations over the withheld values).

export interface Equation {
  total: string;
  members: readonly string[];
}

/** Withheld keys whose exact value follows from the published ones, with that value. */
export function recoverWithheld(published: ReadonlyMap<string, number | null>, equations: readonly Equation[]): Map<string, number> {
  const known = new Map<string, number>();
  for (const [key, value] of published) if (value !== null) known.set(key, value);
  const recovered = new Map<string, number>();
  // 1. Subtraction: an equation with one unknown gives it away; repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of equations) {
      const terms: [string, number][] = [[e.total, 1], ...e.members.map((m) => [m, -1] as [string, number])];
      const unknown = terms.filter(([k]) => !known.has(k));
      if (unknown.length !== 1) continue;
      const [key, sign] = unknown[0]!;
      const rest = terms.filter(([k]) => k !== key).reduce((s, [k, c]) => s + c * known.get(k)!, 0);
      const value = -rest / sign;
      known.set(key, value);
      recovered.set(key, value);
      changed = true;
    }
  }
  // 2. Linear algebra over what is left: Gauss-Jordan elimination on [A | b].
  const unknowns = [...new Set(equations.flatMap((e) => [e.total, ...e.members]).filter((k) => !known.has(k)))];
  if (unknowns.length === 0) return recovered;
  const column = new Map(unknowns.map((k, i) => [k, i]));
  const rows: number[][] = [];
  for (const e of equations) {
    const row = new Array<number>(unknowns.length + 1).fill(0);
    let constant = 0;
    const terms: [string, number][] = [[e.total, 1], ...e.members.map((m) => [m, -1] as [string, number])];
    for (const [k, c] of terms) {
      if (known.has(k)) constant -= c * known.get(k)!;
      else row[column.get(k)!]! += c;
    }
    if (row.some((v, i) => i < unknowns.length && v !== 0)) {
      row[unknowns.length] = constant;
      rows.push(row);
    }
  }
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < unknowns.length && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i]![c]!) > Math.abs(rows[best]![c]!)) best = i;
    if (Math.abs(rows[best]![c]!) < 1e-9) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivot = rows[r]![c]!;
    for (let j = 0; j <= unknowns.length; j++) rows[r]![j]! /= pivot;
    for (let i = 0; i < rows.length; i++) {
      if (i === r || Math.abs(rows[i]![c]!) < 1e-12) continue;
      const factor = rows[i]![c]!;
      for (let j = 0; j <= unknowns.length; j++) rows[i]![j]! -= factor * rows[r]![j]!;
    }
    pivots.push(c);
    r++;
  }
  pivots.forEach((c, i) => {
    const row = rows[i]!;
    const alone = row.every((v, j) => j === c || j === unknowns.length || Math.abs(v) < 1e-9);
    if (alone) recovered.set(unknowns[c]!, Math.round(row[unknowns.length]! * 1e6) / 1e6);
  });
  return recovered;
}
