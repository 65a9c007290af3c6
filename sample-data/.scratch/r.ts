import { DuckDBInstance, quotedIdentifier } from '@duckdb/node-api';
import { CANONICAL_TABLES } from '../../analysis/engine/canonical-schema';
import { loadSampleDistrict } from '../../analysis/sample/sample-loader';
import { readFileSync } from 'node:fs';
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
for (const t of CANONICAL_TABLES) await c.run(`CREATE TABLE ${quotedIdentifier(t.name)} (${t.columns.map((x) => `${quotedIdentifier(x.name)} ${x.type}`).join(', ')})`);
console.log(await loadSampleDistrict(c, '/work/main/sample-data/district'));
const sql = readFileSync(process.argv[2]!, 'utf8');
for (const stmt of sql.split(';').map(s=>s.trim()).filter(Boolean)) {
  const r = await c.runAndReadAll(stmt);
  console.log('--', stmt.split('\n')[0].slice(0, 150));
  console.table(r.getRowObjectsJS());
}
