// Child process for the import benchmark: imports one file into a fresh project, end to end (sniff, map,
// validate, load, commit, checkpoint), and prints its time, rows and the process's peak memory as JSON.
// A separate process, so that the peak resident memory is this import's alone.
import fs from 'node:fs';
import { ProjectDatabase, removeProjectFiles } from '../../analysis/engine/project-database';
import { importFile } from '../../analysis/import/run-import';

const [file, project] = process.argv.slice(2) as [string, string];
removeProjectFiles(project);
const database = await ProjectDatabase.create(project, { name: 'Bench', districtName: 'Bench', appVersion: 'bench' });
const started = performance.now();
const result = await database.transaction((connection) => importFile(connection, { path: file }));
await database.connection.run('CHECKPOINT');
const seconds = (performance.now() - started) / 1000;
database.close();
removeProjectFiles(project);
fs.writeSync(1, `${JSON.stringify({ seconds, rowsRead: result.quality?.rowsRead ?? 0, rowsLoaded: result.quality?.rowsLoaded ?? 0, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
