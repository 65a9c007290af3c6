// Child process for the import benchmark's baseline: DuckDB's own CREATE TABLE ... AS SELECT * FROM read_csv
// on the same file, into a project file of the same kind, checkpointed, timed the same way as the import.
import fs from 'node:fs';
import { ProjectDatabase, removeProjectFiles } from '../../analysis/engine/project-database';

const [file, project] = process.argv.slice(2) as [string, string];
removeProjectFiles(project);
const database = await ProjectDatabase.create(project, { name: 'Bench', districtName: 'Bench', appVersion: 'bench' });
const started = performance.now();
const result = await database.connection.run('CREATE TABLE baseline AS SELECT * FROM read_csv($1)', [file]);
await database.connection.run('CHECKPOINT');
const seconds = (performance.now() - started) / 1000;
database.close();
removeProjectFiles(project);
fs.writeSync(1, `${JSON.stringify({ seconds, rowsRead: Number(result.rowsChanged), maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
