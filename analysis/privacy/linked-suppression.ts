// Suppression decided over every table the project can publish for a metric and year together: the
// one-way breakdowns, the two-way ones, school facets and the total are linked by sums (a two-way row
// adds up to a one-way cell, a one-way table to the total), so a cell hidden in one table must not
// follow from subtracting published cells of another. Pure; linked-cube.ts builds the cells.

/** One published cell: units counted (n) and units with the outcome (x), and what is withheld. */
export interface LinkedCell {
  n: number;
  x: number;
  /** The group size is withheld (and with it the count and the rate). */
  hideN: boolean;
  /** The count with the outcome (and the rate) is withheld. */
  hideX: boolean;
}

/** total = sum of members: cell indexes. Every one-way table, and every row and column of a two-way one. */
export interface LinkedEquation {
  total: number;
  members: readonly number[];
}

export interface LinkedOptions {
  minimumN: number;
  /** False for means: their numerator is not a count and is never published, so only sizes link. */
  counts: boolean;
}

/**
 * Withholds more cells until every equation is safe for sizes and for counts: none of its cells is
 * hidden, or at least two are, and (when its total is shown) the hidden members hold at least the
 * minimum with the outcome and without it, so no hidden cell is the difference of published ones and
 * no small one is pinned by the sum. The next cell withheld is the smallest shown member, so the fewest
 * students' figures are lost; only when every member is hidden is the total withheld. Monotone, so it
 * ends; the result does not depend on which table was asked for first, which is what makes the same
 * decision reusable by every screen and export.
 */
export function protectLinked(cells: LinkedCell[], equations: readonly LinkedEquation[], options: LinkedOptions): number {
  // A cell that is the only member of some sum is the same figure as that sum's total (every Pacific
  // Islander student without a 504 plan is every Pacific Islander student): withholding it withholds
  // the total too, so such cells are the last choice as complements.
  const twinned = new Uint8Array(cells.length);
  for (const equation of equations) if (equation.members.length === 1) twinned[equation.members[0]!] = 1;
  let added = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const equation of equations) {
      const n = fixEquation(cells, equation, 'n', options.minimumN, twinned);
      const x = options.counts ? fixEquation(cells, equation, 'x', options.minimumN, twinned) : 0;
      if (n + x > 0) {
        added += n + x;
        changed = true;
      }
    }
  }
  return added;
}

const hiddenAs = (cell: LinkedCell, quantity: 'n' | 'x') => (quantity === 'n' ? cell.hideN : cell.hideX);

function fixEquation(cells: LinkedCell[], equation: LinkedEquation, quantity: 'n' | 'x', min: number, twinned: Uint8Array): number {
  let added = 0;
  for (;;) {
    if (equationSafe(cells, equation, quantity, min)) return added;
    const next = smallestShown(cells, equation.members, quantity, twinned);
    const target = cells[next >= 0 ? next : equation.total]!;
    if (hiddenAs(target, quantity)) return added; // nothing left to withhold: everything is hidden already
    if (quantity === 'n') target.hideN = true;
    target.hideX = true;
    added++;
  }
}

export function equationSafe(cells: readonly LinkedCell[], equation: LinkedEquation, quantity: 'n' | 'x', min: number): boolean {
  const hiddenMembers = equation.members.filter((i) => hiddenAs(cells[i]!, quantity));
  const totalHidden = hiddenAs(cells[equation.total]!, quantity);
  const unknowns = hiddenMembers.length + (totalHidden ? 1 : 0);
  if (unknowns === 0) return true;
  if (unknowns < 2) return false;
  if (totalHidden) return true;
  let inside = 0;
  let outside = 0;
  for (const i of hiddenMembers) {
    inside += quantity === 'n' ? cells[i]!.n : cells[i]!.x;
    outside += cells[i]!.n - cells[i]!.x;
  }
  return inside >= min && (quantity === 'n' || outside >= min);
}

function smallestShown(cells: readonly LinkedCell[], members: readonly number[], quantity: 'n' | 'x', twinned: Uint8Array): number {
  const size = (i: number) => (quantity === 'n' ? cells[i]!.n : cells[i]!.x);
  const before = (i: number, j: number) => twinned[i]! - twinned[j]! || size(i) - size(j) || cells[i]!.n - cells[j]!.n;
  let best = -1;
  for (const i of members) {
    if (hiddenAs(cells[i]!, quantity) || cells[i]!.n === 0) continue;
    if (best < 0 || before(i, best) < 0) best = i;
  }
  return best;
}
