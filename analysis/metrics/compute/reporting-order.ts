// The order a metric table is read in: by year, then facet, then the total before its groups, facets and
// groups in their group type's reporting order (schools by name). Cells are put in this order once, when a
// metric is computed, so that publishing copies columns straight through rather than gathering every row.
import { groupValueOrder, type GroupTypeId } from '../registry/group-types';
import { internIds, type InternedIds } from './partitions';

export interface OrderedRows {
  year: Int32Array;
  facet: readonly string[];
  group: readonly string[];
  isTotal: Uint8Array;
  facetType: GroupTypeId | null;
  groupType: GroupTypeId | null;
}

/** The rows (those `include` accepts, all by default) in reporting order. */
export function reportingOrder(
  rows: OrderedRows,
  schoolNames?: ReadonlyMap<string, string>,
  include?: (r: number) => boolean,
  { facets, groups }: { facets: InternedIds; groups: InternedIds } = { facets: internIds(rows.facet), groups: internIds(rows.group) },
): Int32Array {
  const facetRank = reportingRanks(rows.facetType, facets.values, schoolNames);
  // Totals first (0), then groups in reporting order.
  const groupRank = reportingRanks(rows.groupType, groups.values, schoolNames).map((rank) => rank + 1);
  const kept: number[] = [];
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (let r = 0; r < rows.year.length; r++) {
    if (include && !include(r)) continue;
    kept.push(r);
    minYear = Math.min(minYear, rows.year[r]!);
    maxYear = Math.max(maxYear, rows.year[r]!);
  }
  const [facetCount, groupCount] = [facets.values.length, groups.values.length + 1];
  const slot = (r: number) => ((rows.year[r]! - minYear) * facetCount + facetRank[facets.ids[r]!]!) * groupCount + (rows.isTotal[r] ? 0 : groupRank[groups.ids[r]!]!);
  // Each row has its own (year, facet, group) slot, so placing rows in slot order sorts them without comparing;
  // a sparse table, or two rows in one slot, falls back to sorting.
  const slots = (maxYear - minYear + 1) * facetCount * groupCount;
  if (slots <= 4 * kept.length + 1024) {
    const rowOfSlot = new Int32Array(slots).fill(-1);
    let collision = false;
    for (const r of kept) {
      const k = slot(r);
      if (rowOfSlot[k] !== -1) collision = true;
      rowOfSlot[k] = r;
    }
    if (!collision) return rowOfSlot.filter((r) => r >= 0);
  }
  return Int32Array.from(kept).sort((a, b) => slot(a) - slot(b) || a - b);
}

/** Whether an order keeps every one of `rows` rows where it is. */
export function isIdentity(order: Int32Array, rows: number): boolean {
  if (order.length !== rows) return false;
  for (let i = 0; i < rows; i++) if (order[i] !== i) return false;
  return true;
}

/** Each distinct code's place in reporting order (indexed like the codes): the group type's own order, then by name. */
function reportingRanks(type: GroupTypeId | null, codes: readonly string[], schoolNames?: ReadonlyMap<string, string>): Int32Array {
  const order = (code: string) => (type ? groupValueOrder(type, code) : 0);
  const name = (code: string) => (type === 'school' ? (schoolNames?.get(code) ?? code) : code);
  const entries = codes.map((code, id) => ({ id, order: order(code), name: name(code) }));
  entries.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  const rank = new Int32Array(codes.length);
  entries.forEach(({ id }, position) => (rank[id] = position));
  return rank;
}
