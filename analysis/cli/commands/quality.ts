// `equitylens quality <project> [--json]`: the data-quality report of a review: each import's stored report
// and checks across the project's tables run now.
//
// --json prints (format 1):
// { "format": 1, "project": "/abs/review.duckdb",
//   "imports": [ { "importId": 3, "fileName": "export.csv", "sha256": "...", "table": "enrollment", "importedAt": "...",
//                  "rowsRead": 30134, "rowsLoaded": 30134, "rowsRejected": 0, "recordsWritten": 30134,
//                  "rejectedByReason": [...], "unmappedCodes": [...], "issues": [...],
//                  "rejects": [ { "line": 12, "column": "StudentID", "reason": "missing_required", "message": "..." } ] } ],
//   "checks": [ { "table": "attendance", "check": "orphan", "severity": "warning", "count": 4, "message": "..." } ] }
// Each import lists at most its first 100 rejected rows (the project keeps them all).
import path from 'node:path';
import type { ProjectQualityReport } from '../../api';
import type { EquityLensService } from '../../service/create-service';
import { unwrap } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';

export const QUALITY_JSON_FORMAT = 1;

export async function qualityCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const project = path.resolve(command.positionals[0]!);
  unwrap(await service.openProject({ path: project }));
  const report = unwrap(await service.getProjectQuality({}));
  if (command.flag('json')) io.out(JSON.stringify({ format: QUALITY_JSON_FORMAT, project, ...report }, null, 2));
  else io.out(qualityText(report));
}

const n = (value: number) => value.toLocaleString('en-US');

function qualityText(report: ProjectQualityReport): string {
  const lines: string[] = [];
  if (report.imports.length === 0) lines.push('No imports yet.');
  for (const q of report.imports) {
    lines.push(`#${q.importId} ${q.fileName} -> ${q.table} (${q.importedAt})`);
    lines.push(`  rows read ${n(q.rowsRead)}, loaded ${n(q.rowsLoaded)}, rejected ${n(q.rowsRejected)}; ${n(q.recordsWritten)} records written`);
    for (const code of q.unmappedCodes) lines.push(`  unmapped code: ${code.column} "${code.code}" (${n(code.count)} rows)`);
    for (const issue of q.issues.filter((i) => i.severity !== 'info')) lines.push(`  ${issue.severity}: ${issue.column ? `${issue.column}: ` : ''}${issue.message}`);
  }
  lines.push('', 'Project checks:');
  if (report.checks.length === 0) lines.push('  no duplicate keys, orphans or impossible values in the loaded tables.');
  for (const check of report.checks) lines.push(`  ${check.table}: ${check.message}`);
  return lines.join('\n');
}
