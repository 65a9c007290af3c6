// The metric panel on the sample district: one row per cell, figures equal to the test's own SQL, and
// the same table as one chart's query for the same breakdown (one figure, one code path).
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryToArrow } from '../../analysis/arrow/duckdb-to-arrow';
import type { ProjectDatabase } from '../../analysis/engine/project-database';
import { compileStudentQuery } from '../../analysis/metrics/compile/compile-students';
import { readBaseCells } from '../../analysis/metrics/compute/base-cells';
import { factsTable } from '../../analysis/metrics/facts-cache';
import { DEFAULT_METRIC_OPTIONS } from '../../analysis/metrics/metric-settings';
import { metricPanel, type PanelTable } from '../../analysis/metrics/panel';
import { findMetric } from '../../analysis/metrics/registry';
import { metricTable } from '../../analysis/metrics/run-metric';
import { createProject } from '../../analysis/service/sample-project';
import { SAMPLE_SOURCE } from '../support/sample-source';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
let database: ProjectDatabase;
let panel: PanelTable[];
const settings = { ...DEFAULT_METRIC_OPTIONS, minimumN: 10 };

beforeAll(async () => {
  database = await createProject(path.join(temp.dir, 'sample.duckdb'), { name: 'Sample', districtName: 'Riverside', appVersion: '0.0.0' }, SAMPLE_SOURCE);
  panel = await metricPanel(database.connection, settings, { domain: 1, withinSchools: true, internal: true });
});
afterAll(() => {
  database.close();
  temp.remove();
});

type Row = Record<string, unknown>;
const tableRows = (bytes: Uint8Array): Row[] => tableFromIPC(bytes).toArray().map((r) => r.toJSON() as Row);
const panelTable = (metricId: string, groupBy: string[]) => panel.find((t) => t.metricId === metricId && t.groupBy.join(',') === groupBy.join(','))!;

/** Independent: students enrolled and students with at least one out-of-school suspension, by the given columns. */
async function ossCounts(columns: string[]): Promise<Map<string, { n: number; x: number }>> {
  const keys = columns.map((c) => `CAST(e.${c} AS VARCHAR)`).join(', ');
  const reader = await database.connection.runAndReadAll(
    `WITH suspended AS (SELECT DISTINCT student_id, school_year FROM discipline WHERE action_type = 'out_of_school_suspension')
     SELECT e.school_year, ${keys}, count(*)::INTEGER, count(s.student_id)::INTEGER
     FROM enrollment e LEFT JOIN suspended s ON s.student_id = e.student_id AND s.school_year = e.school_year GROUP BY ALL`,
  );
  return new Map(
    (reader.getRowsJS() as (string | number)[][]).map((row) => [row.slice(0, columns.length + 1).join('|'), { n: Number(row[columns.length + 1]), x: Number(row[columns.length + 2]) }]),
  );
}

describe('the metric panel with every group within every school', () => {
  it('compares each school once per year, with its own SQL counts', async () => {
    const rows = tableRows(panelTable('out_of_school_suspension', ['school']).bytes).filter((r) => !r.is_total);
    const counts = await ossCounts(['school_id']);
    expect(rows).toHaveLength(counts.size);
    expect(new Set(rows.map((r) => `${r.school_year}|${r.group_value}`)).size).toBe(rows.length);
    for (const r of rows) expect({ n: r.denominator, x: r.numerator }).toEqual(counts.get(`${r.school_year}|${r.group_value}`));
  });

  it('breaks each group down within each school, one total per school and year, totals first', async () => {
    const rows = tableRows(panelTable('out_of_school_suspension', ['race_ethnicity', 'school']).bytes);
    const cells = await ossCounts(['school_id', 'race_ethnicity']);
    const totals = await ossCounts(['school_id']);
    expect(rows.filter((r) => !r.is_total)).toHaveLength(cells.size);
    expect(rows.filter((r) => r.is_total)).toHaveLength(totals.size);
    for (const r of rows) {
      const counted = r.is_total ? totals.get(`${r.school_year}|${r.facet_value}`) : cells.get(`${r.school_year}|${r.facet_value}|${r.group_value}`);
      expect({ n: r.denominator, x: r.numerator }).toEqual(counted);
    }
    // Each school's block opens with its total.
    rows.forEach((r, i) => {
      if (i === 0 || rows[i - 1]!.facet_value !== r.facet_value || rows[i - 1]!.school_year !== r.school_year) expect(r.is_total).toBe(true);
    });
  });

  it('publishes the same table as one chart asking for the same breakdown', async () => {
    for (const groupBy of [['race_ethnicity'], ['swd', 'school'], ['school']] as const) {
      const chart = await metricTable(database.connection, { metricId: 'out_of_school_suspension', groupBy: [...groupBy], internal: true }, settings);
      expect(tableRows(panelTable('out_of_school_suspension', [...groupBy]).bytes)).toEqual(tableRows(chart));
    }
  });
});

describe('one query holding the same columns in two roles', () => {
  it('keeps race within sex apart from sex within race', async () => {
    const metric = findMetric('out_of_school_suspension')!;
    const groupings = [
      { primary: 'race_ethnicity', facet: 'sex' },
      { primary: 'sex', facet: 'race_ethnicity' },
    ] as const;
    const query = compileStudentQuery(
      { metrics: [metric], groupings, filters: {}, source: 'students', lookbackYears: 0, unitsTable: await factsTable(database.connection, 'students') },
      { chronicFifteenDays: false, chronicMinimumDays: 10 },
    );
    const table = await queryToArrow(database.connection, query.sql, query.params, query.types);
    const counts = await ossCounts(['race_ethnicity', 'sex']);
    for (const [k, grouping] of groupings.entries()) {
      const cells = readBaseCells(table, 0, query.sets[k]!);
      const detail = Array.from({ length: cells.rows }, (_, r) => r).filter((r) => !cells.isTotal[r]);
      expect(detail).toHaveLength(counts.size);
      for (const r of detail) {
        const [race, sex] = grouping.primary === 'race_ethnicity' ? [cells.group[r], cells.facet[r]] : [cells.facet[r], cells.group[r]];
        expect({ n: cells.n[r], x: cells.y[r] }).toEqual(counts.get(`${cells.year[r]}|${race}|${sex}`));
      }
    }
  });
});
