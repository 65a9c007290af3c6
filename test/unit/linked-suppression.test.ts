// Linked-table suppression attacked by differencing across tables: random districts broken down three
// ways (two student groups and schools) publish the total, three one-way tables and three two-way
// tables; after protectLinked, an independent attacker (test/support/differencing.ts) must not recover
// any withheld count or group size, by subtraction or by any linear combination of published cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryCell } from '../../analysis/privacy/linked-cube';
import { protectLinked, type LinkedCell, type LinkedEquation } from '../../analysis/privacy/linked-suppression';
import { recoverWithheld, type Equation } from '../support/differencing';

type Cube = { n: number; x: number }[][][];

/** Every table of the cube as keyed cells, with the sums that link them (built here, not by the app). */
function tables(cube: Cube): { cells: Map<string, { n: number; x: number }>; equations: Equation[] } {
  const [A, B, C] = [cube.length, cube[0]!.length, cube[0]![0]!.length];
  const cells = new Map<string, { n: number; x: number }>();
  const add = (key: string, pick: (a: number, b: number, c: number) => boolean) => {
    let n = 0;
    let x = 0;
    for (let a = 0; a < A; a++) for (let b = 0; b < B; b++) for (let c = 0; c < C; c++) if (pick(a, b, c)) [n, x] = [n + cube[a]![b]![c]!.n, x + cube[a]![b]![c]!.x];
    cells.set(key, { n, x });
  };
  add('T', () => true);
  for (let a = 0; a < A; a++) add(`a${a}`, (i) => i === a);
  for (let b = 0; b < B; b++) add(`b${b}`, (_, j) => j === b);
  for (let c = 0; c < C; c++) add(`c${c}`, (_, __, k) => k === c);
  for (let a = 0; a < A; a++) for (let b = 0; b < B; b++) add(`a${a}b${b}`, (i, j) => i === a && j === b);
  for (let a = 0; a < A; a++) for (let c = 0; c < C; c++) add(`a${a}c${c}`, (i, _, k) => i === a && k === c);
  for (let b = 0; b < B; b++) for (let c = 0; c < C; c++) add(`b${b}c${c}`, (_, j, k) => j === b && k === c);
  const range = (k: number) => Array.from({ length: k }, (_, i) => i);
  const equations: Equation[] = [
    { total: 'T', members: range(A).map((a) => `a${a}`) },
    { total: 'T', members: range(B).map((b) => `b${b}`) },
    { total: 'T', members: range(C).map((c) => `c${c}`) },
    ...range(A).map((a) => ({ total: `a${a}`, members: range(B).map((b) => `a${a}b${b}`) })),
    ...range(B).map((b) => ({ total: `b${b}`, members: range(A).map((a) => `a${a}b${b}`) })),
    ...range(A).map((a) => ({ total: `a${a}`, members: range(C).map((c) => `a${a}c${c}`) })),
    ...range(C).map((c) => ({ total: `c${c}`, members: range(A).map((a) => `a${a}c${c}`) })),
    ...range(B).map((b) => ({ total: `b${b}`, members: range(C).map((c) => `b${b}c${c}`) })),
    ...range(C).map((c) => ({ total: `c${c}`, members: range(B).map((b) => `b${b}c${c}`) })),
  ];
  return { cells, equations };
}

function protect(cube: Cube, minimumN: number) {
  const { cells, equations } = tables(cube);
  const keys = [...cells.keys()];
  const linked: LinkedCell[] = keys.map((k) => primaryCell(cells.get(k)!.n, cells.get(k)!.x, minimumN, true));
  const at = new Map(keys.map((k, i) => [k, i]));
  const linkedEquations: LinkedEquation[] = equations.map((e) => ({ total: at.get(e.total)!, members: e.members.map((m) => at.get(m)!) }));
  protectLinked(linked, linkedEquations, { minimumN, counts: true });
  const publishedX = new Map(keys.map((k, i) => [k, linked[i]!.hideX ? null : cells.get(k)!.x]));
  const publishedN = new Map(keys.map((k, i) => [k, linked[i]!.hideN ? null : cells.get(k)!.n]));
  return { cells, equations, linked, keys, publishedX, publishedN };
}

const cubeArb = fc
  .record({ A: fc.integer({ min: 2, max: 4 }), B: fc.integer({ min: 2, max: 3 }), C: fc.integer({ min: 2, max: 3 }) })
  .chain(({ A, B, C }) =>
    fc.array(fc.array(fc.array(fc.tuple(fc.nat({ max: 40 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: C, maxLength: C }), { minLength: B, maxLength: B }), { minLength: A, maxLength: A }),
  )
  .map((raw): Cube => raw.map((bs) => bs.map((cs) => cs.map(([n, share]) => ({ n, x: Math.round(n * share) })))));

describe('linked-table suppression', () => {
  it('no withheld count or group size can be recovered from the published cells of all seven tables', () => {
    fc.assert(
      fc.property(cubeArb, fc.integer({ min: 3, max: 15 }), (cube, minimumN) => {
        const { cells, equations, publishedX, publishedN } = protect(cube, minimumN);
        const xLeaks = [...recoverWithheld(publishedX, equations)];
        const nLeaks = [...recoverWithheld(publishedN, equations)];
        // Every recovered value is the true one (the attacker is sound), and there are none to recover.
        for (const [key, value] of xLeaks) expect(value).toBeCloseTo(cells.get(key)!.x, 6);
        expect(xLeaks, 'counts').toEqual([]);
        expect(nLeaks, 'group sizes').toEqual([]);
        // Small cells are never published.
        for (const [key, { n, x }] of cells) {
          if (n < minimumN) expect(publishedN.get(key), key).toBeNull();
          if (x < minimumN || n - x < minimumN) expect(publishedX.get(key), key).toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('closes the leak one table at a time leaves open: a one-way cell minus a two-way row', () => {
    // Group "not reported": 26 of 120 in the one-way table; by economic disadvantage 20 of 78 and 6 of 42.
    const cube: Cube = [
      [[{ n: 78, x: 20 }], [{ n: 42, x: 6 }]],
      [[{ n: 300, x: 90 }], [{ n: 250, x: 40 }]],
    ];
    const { cells, equations, publishedX } = protect(cube, 10);
    expect(cells.get('a0')).toEqual({ n: 120, x: 26 });
    expect(publishedX.get('a0b1')).toBeNull();
    // Table by table, a0 (26) and a0b0 (20) would both be shown and the attacker would find 6.
    const perTable = new Map(publishedX);
    perTable.set('a0', 26);
    perTable.set('a0b0', 20);
    expect(recoverWithheld(perTable, equations).get('a0b1')).toBe(6);
    expect(recoverWithheld(publishedX, equations).has('a0b1')).toBe(false);
  });
});
