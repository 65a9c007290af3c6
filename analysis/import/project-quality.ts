// Data quality across the whole project, checked now: duplicate keys, orphans and impossible values in every
// loaded table (an import's own report was made at its time; later imports can fix or cause orphans).
import { quotedIdentifier, type DuckDBConnection } from '@duckdb/node-api';
import type { ImportKind, ProjectQualityCheck, ProjectQualityReport } from '../api';
import { KIND_SPECS } from './kinds';
import { listImports } from './log/import-log';
import { readQualityReport } from './log/quality-store';
import { IMPOSSIBLE_RULES } from './validate/impossible-values';
import { orphanRules } from './validate/issues';

/** Rejected rows listed per import in the project report (each import's full list stays in the project). */
const REJECTS_PER_IMPORT = 100;

const q = quotedIdentifier;

async function count(connection: DuckDBConnection, sql: string): Promise<number> {
  return Number((await connection.runAndReadAll(sql)).getRowsJS()[0]?.[0] ?? 0);
}

export async function projectQuality(connection: DuckDBConnection): Promise<ProjectQualityReport> {
  const imports = [];
  for (const entry of await listImports(connection)) {
    const report = await readQualityReport(connection, entry.importId);
    if (report) imports.push({ ...report, rejects: report.rejects.slice(0, REJECTS_PER_IMPORT) });
  }
  const checks: ProjectQualityCheck[] = [];
  const filled = new Set<string>();
  for (const spec of KIND_SPECS) if ((await count(connection, `SELECT count(*) FROM (SELECT 1 FROM ${q(spec.table.name)} LIMIT 1)`)) > 0) filled.add(spec.kind);
  for (const spec of KIND_SPECS.filter((k) => filled.has(k.kind))) {
    const table = q(spec.table.name);
    const kind = spec.kind as ImportKind;
    const key = spec.table.key.map(q).join(', ');
    const duplicates = await count(connection, `SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM ${table} GROUP BY ${key} HAVING count(*) > 1)`);
    if (duplicates > 0) checks.push({ table: kind, check: 'duplicate_key', severity: 'warning', count: duplicates, message: `${duplicates.toLocaleString('en-US')} record(s) repeat the key (${spec.table.key.join(', ')}) of another record.` });
    for (const rule of orphanRules(kind).filter((r) => filled.has(r.table))) {
      const orphans = await count(connection, `SELECT count(*) FROM ${table} t WHERE t.${q(rule.field)} IS NOT NULL AND t.${q(rule.field)} NOT IN (SELECT ${q(rule.column)} FROM ${q(rule.table)} WHERE ${q(rule.column)} IS NOT NULL)`);
      if (orphans > 0) checks.push({ table: kind, check: 'orphan', severity: 'warning', count: orphans, message: `${orphans.toLocaleString('en-US')} record(s) are for ${rule.what}.` });
    }
    for (const rule of IMPOSSIBLE_RULES[kind]) {
      const impossible = await count(connection, `SELECT count(*) FROM ${table} WHERE ${rule.when}`);
      if (impossible > 0) checks.push({ table: kind, check: 'impossible_value', severity: 'warning', count: impossible, message: `${impossible.toLocaleString('en-US')} record(s): ${rule.message}` });
    }
  }
  return { imports, checks };
}
