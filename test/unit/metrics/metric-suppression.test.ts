// Suppression of metric tables: worked cases, and properties that no published figure reveals a count
// below the minimum, directly, by subtraction from a shown total, or through a coded rate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressPartition, type PartitionInput, type PartitionSuppression } from '../../../analysis/privacy/metric-suppression';
import { bottomCoded, topCoded } from '../../../analysis/privacy/rate-coding';

const settings = { minimumN: 10 };
const partition = (cells: [number, number][], nAddsUp = true): PartitionInput => ({
  n: cells.map(([n]) => n),
  x: cells.map(([, x]) => x),
  totalN: cells.reduce((sum, [n]) => sum + n, 0),
  totalX: cells.reduce((sum, [, x]) => sum + x, 0),
  nAddsUp,
});

describe('suppressPartition: worked cases', () => {
  it('publishes every figure when every count and complement reaches the minimum', () => {
    const result = suppressPartition(partition([[400, 60], [1800, 90]]), settings);
    expect(result.cells.map((c) => [c.nReason, c.xReason, c.rate.coding])).toEqual([[null, null, 'exact'], [null, null, 'exact']]);
    expect(result.total.rate.coding).toBe('exact');
  });

  it('codes a small count as "<10" with a rate bound that says no more, and hides the next smallest', () => {
    // Pacific Islander 3 of 70 suspended; Asian 25 of 1300; others large.
    const result = suppressPartition(partition([[70, 3], [1300, 25], [4500, 590], [5400, 250]]), settings);
    expect(result.cells[0]).toMatchObject({ nReason: null, xReason: 'small_count', rate: { coding: 'bottom', text: '<14.3%' } });
    // 3 alone would follow from the total: the next smallest count (25) is withheld with it.
    expect(result.cells[1]).toMatchObject({ xReason: 'complementary', rate: { coding: 'hidden', text: '*' } });
    expect(result.cells[2]!.xReason).toBeNull();
    expect(result.total.rate.coding).toBe('exact');
  });

  it('codes a small complement at the top: 95 of 100 proficient reveals the 5 who were not', () => {
    const result = suppressPartition(partition([[100, 95], [900, 400], [800, 300]]), settings);
    expect(result.cells[0]).toMatchObject({ xReason: 'small_complement', rate: { coding: 'top', text: '>90%' } });
  });

  it('top- and bottom-codes extreme rates by group size: "<=1%" for 300 or more', () => {
    expect(bottomCoded(5000, 10)).toEqual({ coding: 'bottom', bound: 1, text: '<=1%' });
    expect(topCoded(5000, 10)).toEqual({ coding: 'top', bound: 99, text: '>=99%' });
    // A small-count bound wider than the band wins: 300 students, fewer than 10 -> "<3.4%".
    expect(bottomCoded(300, 10).text).toBe('<3.4%');
    const result = suppressPartition(partition([[2000, 15], [3000, 900], [2500, 700]]), settings);
    expect(result.cells[0]).toMatchObject({ xReason: 'extreme_rate', rate: { coding: 'bottom', text: '<=1%' } });
  });

  it('hides a group too small to have a rate, and a second group so its size cannot be subtracted out', () => {
    const result = suppressPartition(partition([[6, 1], [40, 8], [900, 100]]), settings);
    expect(result.cells[0]).toMatchObject({ nReason: 'small_n', xReason: 'small_n', rate: { coding: 'hidden', text: 'n<10' } });
    expect(result.cells[1]!.nReason).toBe('complementary_n');
  });

  it('withholds the total when nothing else can protect a small count', () => {
    const result = suppressPartition(partition([[50, 4], [60, 30]]), settings);
    expect(result.cells[0]!.xReason).toBe('small_count');
    expect(result.cells[1]!.xReason).toBe('complementary');
    expect(result.cells[1]!.rate.coding).toBe('hidden');
  });

  it('gives means only the group-size rules (a mean has no count to code)', () => {
    const result = suppressPartition({ n: [7, 300, 500], x: null, totalN: 807, totalX: NaN, nAddsUp: true }, settings);
    expect(result.cells.map((c) => c.nReason)).toEqual(['small_n', 'complementary_n', null]);
  });
});

/** An independent reading of what the published table says about each hidden numerator. */
function readerBounds(input: PartitionInput, result: PartitionSuppression, min: number, i: number): [number, number] {
  const cell = result.cells[i]!;
  const n = input.n[i]!;
  switch (cell.xReason) {
    case 'small_n':
      return [0, min - 1];
    case 'complementary_n':
      return [0, Number.MAX_SAFE_INTEGER];
    case 'small_count':
      return [0, Math.min(n, min - 1)];
    case 'small_complement':
      return [Math.max(0, n - min + 1), n];
    case 'extreme_rate':
      return cell.rate.coding === 'bottom' ? [min, Math.floor((cell.rate.bound * n) / 100 + 1e-9)] : [Math.ceil((cell.rate.bound * n) / 100 - 1e-9), n - min];
    default:
      return [min, n - min];
  }
}

/** Values a hidden cell can take given the other hidden cells' ranges and their known sum. */
function feasible(bounds: [number, number][], sum: number, i: number): number[] {
  const others = bounds.filter((_, k) => k !== i);
  const lo = others.reduce((s, [a]) => s + a, 0);
  const hi = others.reduce((s, [, b]) => s + Math.min(b, sum), 0);
  const values: number[] = [];
  for (let v = bounds[i]![0]; v <= Math.min(bounds[i]![1], sum); v++) if (sum - v >= lo && sum - v <= hi) values.push(v);
  return values;
}

const cellArb = fc.integer({ min: 1, max: 120 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));

describe('suppressPartition: properties', () => {
  it('no published figure reveals a count below the minimum, directly or by subtraction from a shown total', () => {
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: 7 }), fc.integer({ min: 3, max: 15 }), (cells, minimumN) => {
        const input = partition(cells);
        const result = suppressPartition(input, { minimumN });
        const totalShown = result.total.xReason === null;
        cells.forEach(([n, x], i) => {
          const cell = result.cells[i]!;
          // Directly: a shown size, count or complement is never below the minimum.
          if (!cell.nReason) expect(n).toBeGreaterThanOrEqual(minimumN);
          if (!cell.xReason) {
            expect(x).toBeGreaterThanOrEqual(minimumN);
            expect(n - x).toBeGreaterThanOrEqual(minimumN);
            expect(cell.rate.coding).toBe('exact');
          } else expect(cell.rate.coding).not.toBe('exact');
        });
        if (result.total.nReason === null) expect(input.totalN).toBeGreaterThanOrEqual(minimumN);
        if (totalShown) {
          expect(input.totalX).toBeGreaterThanOrEqual(minimumN);
          expect(input.totalN - input.totalX).toBeGreaterThanOrEqual(minimumN);
          // By subtraction: hidden cells are none, or at least two whose sums (with and without the outcome) are not small.
          const hidden = cells.filter((_, i) => result.cells[i]!.xReason !== null);
          if (hidden.length > 0) {
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(hidden.reduce((s, [, x]) => s + x, 0)).toBeGreaterThanOrEqual(minimumN);
            expect(hidden.reduce((s, [n, x]) => s + n - x, 0)).toBeGreaterThanOrEqual(minimumN);
            // ...and what the reasons and coded rates say about each hidden cell never pins a protected one down.
            const indices = cells.map((_, i) => i).filter((i) => result.cells[i]!.xReason !== null);
            const bounds = indices.map((i) => readerBounds(input, result, minimumN, i));
            const sum = hidden.reduce((s, [, x]) => s + x, 0);
            indices.forEach((i, k) => {
              const reason = result.cells[i]!.xReason!;
              if (reason === 'complementary' || reason === 'complementary_n') return;
              expect(feasible(bounds, sum, k).length, `cell ${i} (${reason})`).toBeGreaterThanOrEqual(2);
            });
          }
        }
        // Group sizes against the total size, too.
        if (result.total.nReason === null) {
          const hiddenSizes = cells.filter((_, i) => result.cells[i]!.nReason !== null);
          if (hiddenSizes.length > 0) {
            expect(hiddenSizes.length).toBeGreaterThanOrEqual(2);
            expect(hiddenSizes.reduce((s, [n]) => s + n, 0)).toBeGreaterThanOrEqual(minimumN);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a coded rate holds for every count the "<N" or ">N" text allows, and for the true count', () => {
    fc.assert(
      fc.property(fc.array(cellArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 3, max: 15 }), (cells, minimumN) => {
        const input = partition(cells);
        const result = suppressPartition(input, { minimumN });
        cells.forEach(([n, x], i) => {
          const { xReason, rate } = result.cells[i]!;
          const percent = (v: number) => (100 * v) / n;
          const holds = (v: number) => (rate.coding === 'bottom' ? (rate.text!.startsWith('<=') ? percent(v) <= rate.bound : percent(v) < rate.bound) : rate.text!.startsWith('>=') ? percent(v) >= rate.bound : percent(v) > rate.bound);
          if (rate.coding === 'bottom' || rate.coding === 'top') expect(holds(x)).toBe(true);
          if (xReason === 'small_count') for (let v = 0; v < Math.min(minimumN, n + 1); v++) expect(holds(v), `${v} of ${n}`).toBe(true);
          if (xReason === 'small_complement') for (let v = Math.max(0, n - minimumN + 1); v <= n; v++) expect(holds(v), `${v} of ${n}`).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('representation: shares of one total protect small groups the same way', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 80 }), { minLength: 2, maxLength: 7 }), fc.integer({ min: 3, max: 15 }), (teachers, minimumN) => {
        const total = teachers.reduce((a, b) => a + b, 0);
        const input: PartitionInput = { n: teachers.map(() => total), x: teachers, totalN: total, totalX: total, nAddsUp: false };
        const result = suppressPartition(input, { minimumN });
        teachers.forEach((x, i) => {
          if (!result.cells[i]!.xReason) expect(x).toBeGreaterThanOrEqual(minimumN);
        });
        if (result.total.xReason === null && total >= minimumN) {
          const hidden = teachers.filter((_, i) => result.cells[i]!.xReason !== null);
          if (hidden.length > 0) {
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(minimumN);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
