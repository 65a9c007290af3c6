import { DuckDBInstance } from '@duckdb/node-api';
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
const f = '/tmp/el-sample/climate_survey.csv';
await c.run('CREATE TABLE t (g VARCHAR)');
const r = await c.run(`INSERT INTO t SELECT CASE WHEN Gender IS NULL THEN NULL WHEN Gender='F' THEN 'female' WHEN Gender IN ('M','X') THEN 'mx' ELSE error('unmapped Gender ' || Gender) END FROM read_csv($1, header=true, all_varchar=true)`, ['/tmp/el-sample/enrollment.csv']);
console.log('rowsChanged', r.rowsChanged);
try { await c.run(`SELECT CASE WHEN Gender='F' THEN 'female' ELSE error('unmapped Gender ' || Gender) END FROM read_csv($1, header=true, all_varchar=true)`, ['/tmp/el-sample/enrollment.csv']); } catch (e) { console.log('expected error:', (e as Error).message); }
const u = await c.runAndReadAll(`WITH src AS (SELECT * FROM read_csv($1, header=true, all_varchar=true)),
long AS (UNPIVOT src ON COLUMNS(* EXCLUDE (ResponseId, RecordedDate, Administration, RespondentType, SchoolCode, Grade, RaceEthnicity)) INTO NAME item VALUE answer)
SELECT count(*), count(DISTINCT ResponseId), count(*) FILTER (WHERE answer IS NULL) FROM long`, [f]);
console.log(u.getRows());
const v = await c.runAndReadAll(`SELECT count(*) FROM read_csv($1, header=true, all_varchar=true) WHERE LeadPartner IS NULL`, ['/tmp/el-sample/schools.csv']);
console.log(v.getRows());
