import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
const dir = process.env.DIR ?? '/tmp/el-sample';
for (const f of ['schools','enrollment','attendance','assessments','discipline','courses','graduation','staff','staff_training','climate_survey']) {
  await c.run(`CREATE VIEW ${f} AS SELECT * FROM read_csv('${dir}/${f}.csv', all_varchar=true)`);
}
const sql = readFileSync(process.argv[2]!, 'utf8');
for (const stmt of sql.split(';').map(s=>s.trim()).filter(Boolean)) {
  const r = await c.runAndReadAll(stmt);
  console.log('--', stmt.split('\n')[0]);
  console.table(r.getRowObjectsJS());
}
