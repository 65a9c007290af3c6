// Child process for the panel benchmark: opens the 1M-student project (its analysis tables and cubes already
// built), computes the Domain 1 panel with every group within every school once, and prints its time and the
// process's peak memory as JSON. A separate process, so that the peak resident memory is the panel's alone.
import fs from 'node:fs';
import { ProjectDatabase } from '../../analysis/engine/project-database';
import { DEFAULT_METRIC_OPTIONS } from '../../analysis/metrics/metric-settings';
import { metricPanel } from '../../analysis/metrics/panel';

const [project] = process.argv.slice(2) as [string];
const database = await ProjectDatabase.open(project);
const started = performance.now();
const tables = await metricPanel(database.connection, { ...DEFAULT_METRIC_OPTIONS, minimumN: 10 }, { domain: 1, withinSchools: true });
const seconds = (performance.now() - started) / 1000;
database.close();
fs.writeSync(1, `${JSON.stringify({ seconds, tables: tables.length, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
