// The same group has the same colour in two different projects: two real DuckDB projects with different
// groups (and so different positions for Black students), each metric table published by the service,
// decoded by the renderer's decoder and drawn by the rate-bars spec.
import path from 'node:path';
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { DEFAULT_METRIC_OPTIONS } from '../../analysis/metrics/metric-settings';
import { metricTable } from '../../analysis/metrics/run-metric';
import { decodeArrow } from '../../renderer/src/api/arrow';
import { PERCENT } from '../../renderer/src/charts/explore/explore-data';
import { groupOrder, metricRows, toCell } from '../../renderer/src/charts/explore/metric-rows';
import { rateBarsOptions } from '../../renderer/src/charts/explore/rate-bars-spec';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
afterAll(() => temp.remove());

/** A project whose enrollment holds 40 students of each race given, 12 of them with an IEP. */
async function project(name: string, races: string[]): Promise<Uint8Array> {
  const database = await ProjectDatabase.create(path.join(temp.dir, `${name}.duckdb`), { name, districtName: name, appVersion: '0.0.0' });
  try {
    await database.connection.run(`INSERT INTO schools (school_id, school_name, level) VALUES ('s1', 'One School', 'elementary')`);
    for (const [r, race] of races.entries())
      await database.connection.run(`INSERT INTO enrollment (student_id, school_year, school_id, grade, race_ethnicity, swd) SELECT $race || i, 2024, 's1', 3, $race, i < $cases FROM range(40) t(i)`, {
        race,
        cases: 12 + r,
      });
    return await metricTable(database.connection, { metricId: 'special_education_identification', groupBy: ['race_ethnicity'], filters: { years: [2024] } }, { ...DEFAULT_METRIC_OPTIONS, minimumN: 10 });
  } finally {
    database.close();
  }
}

function barFills(bytes: Uint8Array): Map<string, string> {
  const rows = metricRows(decodeArrow(bytes));
  const cells = rows.filter((r) => !r.is_total).map((r) => toCell(r, new Map(), 10));
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const svg = Plot.plot({ ...rateBarsOptions({ cells, groupOrder: groupOrder(rows), format: PERCENT, reference: null, form: 'bars', width: 640 }), document });
  const fills = new Map<string, string>();
  for (const rect of svg.querySelectorAll('g[aria-label="bar"] rect')) fills.set(rect.querySelector('title')!.textContent!.split('\n')[0]!, rect.getAttribute('fill')!);
  return fills;
}

describe('group colours across projects', () => {
  it('draws Black students in the same colour whatever other groups a project has', async () => {
    const first = barFills(await project('first', ['hispanic_latino', 'black', 'white']));
    const second = barFills(await project('second', ['black', 'asian', 'two_or_more', 'white']));
    expect(first.get('Black or African American')).toBeDefined();
    expect(second.get('Black or African American')).toBe(first.get('Black or African American'));
    expect(second.get('White')).toBe(first.get('White'));
    // Different groups keep different colours.
    expect(new Set(second.values()).size).toBe(second.size);
  });
});
