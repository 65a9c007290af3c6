// Builds the linked set of figures a project can publish for one metric (every year, the request's
// filters): the total, each one-way breakdown, each two-way breakdown and each school facet, counted
// in one DuckDB scan, then withholds cells over the whole set (linked-suppression.ts). The decisions
// are kept per data version (imports plus settings), so every screen and export reuses the same ones.
import type { DuckDBConnection } from '@duckdb/node-api';
import { dataVersion } from '../engine/data-version';
import { queryToArrow } from '../arrow/duckdb-to-arrow';
import { compileCountsQuery } from '../metrics/counts-query';
import type { Grouping, MetricFilters } from '../metrics/compile/metric-query';
import { readBaseCells } from '../metrics/compute/base-cells';
import type { MetricSettings } from '../metrics/metric-settings';
import type { GroupTypeId } from '../metrics/registry/group-types';
import type { MetricDefinition } from '../metrics/registry/metric-types';
import { metricGroupTypes } from '../metrics/registry';
import { protectLinked, type LinkedCell, type LinkedEquation } from './linked-suppression';
import { isExtremeRate } from './rate-coding';

/** Group types whose breakdowns partition the counted units, so their cells add up across tables. */
const LINKED_TYPES: readonly GroupTypeId[] = ['race_ethnicity', 'sex', 'ell', 'swd', 'section_504', 'econ_disadv', 'homeless', 'foster', 'migrant', 'grade', 'school'];

export interface LinkedDecisions {
  /** The cell's decision, or undefined when the cell is outside the linked set. */
  cell(year: number, groupType: string | null, group: string | null, facetType: string | null, facet: string | null): LinkedCell | undefined;
}

/** The key of a cell: the total, a one-way cell, or a two-way cell with its types in a fixed order. */
export function cellKey(year: number, parts: readonly (readonly [string, string])[]): string {
  const sorted = [...parts].sort((a, b) => LINKED_TYPES.indexOf(a[0] as GroupTypeId) - LINKED_TYPES.indexOf(b[0] as GroupTypeId));
  return `${year}|${sorted.map(([t, v]) => `${t}=${v}`).join('|')}`;
}

/** Primary suppression of one cell, the same rules one table applies on its own. */
export function primaryCell(n: number, x: number, min: number, counts: boolean): LinkedCell {
  const hideN = n < min;
  const hideX = hideN || (counts && (x < min || n - x < min || isExtremeRate(x, n) !== null));
  return { n, x, hideN, hideX };
}

const cache = new WeakMap<DuckDBConnection, Map<string, Promise<LinkedDecisions | null>>>();

/** The decisions for a metric's linked set; null when its figures are not counts that add up. */
export async function linkedDecisions(connection: DuckDBConnection, metric: MetricDefinition, filters: MetricFilters, settings: MetricSettings): Promise<LinkedDecisions | null> {
  if (metric.kind === 'representation') return null;
  // A district filter reads report-card aggregates, which are not student records that add up in this set.
  if (filters.districtIds?.length) return null;
  const { years: _years, ...rest } = filters;
  const key = JSON.stringify([await dataVersion(connection), metric.id, rest, settings]);
  let perConnection = cache.get(connection);
  if (!perConnection) cache.set(connection, (perConnection = new Map()));
  let decisions = perConnection.get(key);
  if (!decisions) {
    // Only the latest data version's decisions are worth keeping.
    for (const old of perConnection.keys()) if (!old.startsWith(key.slice(0, key.indexOf(',')))) perConnection.delete(old);
    decisions = buildDecisions(connection, metric, rest, settings);
    perConnection.set(key, decisions);
    decisions.catch(() => perConnection.delete(key));
  }
  return decisions;
}

async function buildDecisions(connection: DuckDBConnection, metric: MetricDefinition, filters: MetricFilters, settings: MetricSettings): Promise<LinkedDecisions | null> {
  const allowed = metricGroupTypes(metric);
  const types = LINKED_TYPES.filter((t) => allowed.includes(t));
  // Staff, survey and aggregate figures are not student counts that add up across these breakdowns.
  if (types.length === 0 || !['students', 'tested', 'cohort'].includes(metric.population)) return null;
  const pairs = types.flatMap((a, i) => types.slice(i + 1).map((b) => [a, b] as const));
  const groupings: Grouping[] = [...types.map((t) => ({ primary: t, facet: null })), ...pairs.map(([a, b]) => ({ primary: a, facet: b }))];
  const query = await compileCountsQuery(connection, { metrics: [metric], groupings, filters, source: 'students', lookbackYears: 0 }, settings);
  const table = await queryToArrow(connection, query.sql, query.params, query.types);
  const counts = metric.kind === 'proportion';
  const cells: LinkedCell[] = [];
  const index = new Map<string, number>();
  const add = (key: string, n: number, x: number) => {
    if (!index.has(key)) index.set(key, cells.push(primaryCell(n, x, settings.minimumN, counts)) - 1);
    return index.get(key)!;
  };
  const equations: LinkedEquation[] = [];
  groupings.forEach((grouping, k) => {
    const base = readBaseCells(table, 0, query.sets[k]!);
    const rows = new Map<string, number[]>();
    const cols = new Map<string, number[]>();
    for (let r = 0; r < base.rows; r++) {
      const year = base.year[r]!;
      if (grouping.facet === null) {
        if (base.isTotal[r]) add(`${year}|`, base.n[r]!, base.y[r]!);
        else push(rows, `${year}`, add(cellKey(year, [[grouping.primary!, base.group[r]!]]), base.n[r]!, base.y[r]!));
      } else if (!base.isTotal[r]) {
        const cell = add(cellKey(year, [[grouping.primary!, base.group[r]!], [grouping.facet, base.facet[r]!]]), base.n[r]!, base.y[r]!);
        push(rows, `${year}|${grouping.primary}=${base.group[r]}`, cell);
        push(cols, `${year}|${grouping.facet}=${base.facet[r]}`, cell);
      }
    }
    for (const [rowKey, members] of rows) {
      // A one-way table adds up to the total; a two-way row adds up to its one-way cell.
      const total = grouping.facet === null ? index.get(`${rowKey}|`) : index.get(rowKey);
      if (total !== undefined) equations.push({ total, members });
    }
    for (const [colKey, members] of cols) {
      const total = index.get(colKey);
      if (total !== undefined) equations.push({ total, members });
    }
  });
  protectLinked(cells, equations, { minimumN: settings.minimumN, counts });
  return {
    cell(year, groupType, group, facetType, facet) {
      const parts: [string, string][] = [];
      if (groupType && group !== null) parts.push([groupType, group]);
      if (facetType && facet !== null && facet !== '') parts.push([facetType, facet]);
      const i = index.get(parts.length === 0 ? `${year}|` : cellKey(year, parts));
      return i === undefined ? undefined : cells[i];
    },
  };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
