import path from 'node:path';
import os from 'node:os';
import { tableFromIPC } from 'apache-arrow';
import { createService } from '../../analysis/service/create-service';
import { SAMPLE_DATA_DIR } from '../../analysis/app-paths';
const s = createService({ dataDir: path.join(os.tmpdir(), 'probe-data'), sampleDataDir: SAMPLE_DATA_DIR, appVersion: 't', host: 'cli' });
const o = await s.openSampleProject({}); if (!o.ok) throw new Error(o.error.message);
const cat = await s.listMetrics({}); if (!cat.ok) throw new Error(cat.error.message);
console.log(cat.value.metrics.map(m => `${m.domain} ${m.id} ${m.unit} ${m.kind}`).join('\n'));
const t0 = Date.now();
const r = await (s as any).getMetricTable({ metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity'], filters: { years: [2024] } });
console.log(Date.now() - t0, 'ms');
if (!r.ok) { console.log(r.error); } else { const t = tableFromIPC(r.value); console.log(t.schema.fields.map(f=>f.name).join(',')); for (const row of t.toArray().slice(0,9)) console.log(JSON.stringify(row.toJSON())); }
await s.dispose();
