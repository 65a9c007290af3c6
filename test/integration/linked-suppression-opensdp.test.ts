// The differencing leak on real data (the OpenSDP synthetic Texas student file): suppressing each table
// on its own lets a withheld count be worked out from a one-way table and a two-way table of the same
// metric; the linked decision the service publishes leaves nothing to work out.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricGroupType, PublishedMetricRow } from '../../analysis/api';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { DEFAULT_METRIC_OPTIONS, type MetricSettings } from '../../analysis/metrics/metric-settings';
import { requestParts } from '../../analysis/metrics/resolve-request';
import { computeMetricRun, metricTable } from '../../analysis/metrics/run-metric';
import { publishMetricTable } from '../../analysis/privacy/publish';
import { publishedRows } from '../../analysis/report/published-rows';
import { createService } from '../../analysis/service/create-service';
import { recoverWithheld, type Equation } from '../support/differencing';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const TEXAS = path.resolve('..', 'shared', 'real-data', 'opensdp_synth_texas_student_level.csv');
const project = path.join(temp.dir, 'texas.duckdb');
const METRIC = 'special_education_identification';
const settings: MetricSettings = { minimumN: 10, ...DEFAULT_METRIC_OPTIONS };
let database: ProjectDatabase;

beforeAll(async () => {
  const service = createService({ dataDir: path.join(temp.dir, 'data'), sampleDataDir: path.join(temp.dir, 'none'), builtSampleDir: path.join(temp.dir, 'none'), appVersion: 'test', host: 'cli' });
  expect((await service.createProject({ path: project, name: 'Texas', districtName: 'OpenSDP synthetic' })).ok).toBe(true);
  const imported = await service.runImport({ taskId: 'texas-linked-0001', path: TEXAS });
  if (!imported.ok) throw new Error(imported.error.message);
  await service.closeProject({});
  await service.dispose();
  database = await ProjectDatabase.open(project);
}, 240_000);
afterAll(() => {
  database?.close();
  temp.remove();
});

type Publish = (groupBy: MetricGroupType[]) => Promise<PublishedMetricRow[]>;

/** Each table suppressed on its own, as every table was published before the linked decision. */
const tableByTable: Publish = async (groupBy) => {
  const run = { ...requestParts({ metricId: METRIC, groupBy }), source: 'auto' as const, internal: false };
  return publishedRows(publishMetricTable(await computeMetricRun(database.connection, run, settings), settings, { internal: false }));
};
/** What the service publishes now. */
const linked: Publish = async (groupBy) => publishedRows(await metricTable(database.connection, { metricId: METRIC, groupBy }, settings));

/**
 * The published counts of the total, the one-way tables by race and by economic disadvantage and the
 * two-way table of both, keyed the same way, with the sums that tie them.
 */
async function publishedSet(publish: Publish, field: 'numerator' | 'denominator' = 'numerator'): Promise<{ values: Map<string, number | null>; equations: Equation[]; truth: Map<string, number> }> {
  const [race, econ, both] = [await publish(['race_ethnicity']), await publish(['econ_disadv']), await publish(['race_ethnicity', 'econ_disadv'])];
  const values = new Map<string, number | null>();
  const put = (key: string, row: PublishedMetricRow) => values.set(key, row[field]);
  for (const r of race) put(r.is_total ? `${r.school_year}` : `${r.school_year}|r=${r.group_value}`, r);
  for (const r of econ) if (!r.is_total) put(`${r.school_year}|e=${r.group_value}`, r);
  for (const r of both) if (!r.is_total) put(`${r.school_year}|r=${r.group_value}|e=${r.facet_value}`, r);
  const equations: Equation[] = [];
  const years = [...new Set(race.map((r) => r.school_year))];
  const raceCodes = [...new Set(race.filter((r) => !r.is_total).map((r) => r.group_value))];
  const econCodes = [...new Set(econ.filter((r) => !r.is_total).map((r) => r.group_value))];
  for (const y of years) {
    const has = (k: string) => values.has(k);
    // A group absent in a year has no cells: its sums are not equations.
    const add = (total: string, members: string[]) => has(total) && equations.push({ total, members: members.filter(has) });
    add(`${y}`, raceCodes.map((g) => `${y}|r=${g}`));
    add(`${y}`, econCodes.map((e) => `${y}|e=${e}`));
    for (const g of raceCodes) add(`${y}|r=${g}`, econCodes.map((e) => `${y}|r=${g}|e=${e}`));
    for (const e of econCodes) add(`${y}|e=${e}`, raceCodes.map((g) => `${y}|r=${g}|e=${e}`));
  }
  // The true counts, from independent SQL over the loaded enrollment records.
  const truth = new Map<string, number>();
  const rows = (await database.connection.runAndReadAll(`
    SELECT school_year, coalesce(race_ethnicity, 'not_reported'), coalesce(econ_disadv::VARCHAR, 'not_reported'), count(*) FILTER (WHERE swd)::INTEGER
    FROM enrollment GROUP BY ALL`)).getRowsJS();
  for (const [y, g, e, x] of rows) truth.set(`${y}|r=${g}|e=${e}`, Number(x));
  return { values, equations, truth };
}

describe('linked-table protection on the OpenSDP synthetic Texas file', () => {
  it('reproduces the leak of table-by-table suppression: withheld counts follow by subtraction', async () => {
    const { values, equations, truth } = await publishedSet(tableByTable);
    const recovered = [...recoverWithheld(values, equations)].filter(([key]) => key.includes('|e='));
    const twoWay = recovered.filter(([key]) => truth.has(key));
    expect(twoWay.length).toBeGreaterThan(0);
    // The attacker's numbers are the real ones, and some are the small counts suppression exists to hide.
    for (const [key, value] of twoWay) expect(value, key).toBe(truth.get(key));
    expect(twoWay.some(([, value]) => value < settings.minimumN)).toBe(true);
  }, 120_000);

  it('publishes nothing from which a withheld count follows once decisions are linked', async () => {
    const { values, equations } = await publishedSet(linked);
    expect([...values.values()].filter((v) => v === null).length).toBeGreaterThan(0);
    const recovered = [...recoverWithheld(values, equations)];
    expect(recovered.map(([key, value]) => `${key}=${value}`)).toEqual([]);
    // Group sizes too: a withheld size does not follow from the others either.
    const sizes = await publishedSet(linked, 'denominator');
    expect([...recoverWithheld(sizes.values, sizes.equations)]).toEqual([]);
  }, 120_000);
});
