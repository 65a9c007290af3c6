// `equitylens metrics <project> [--json]`: every metric id with its label, domain and definition.
//
// --json prints { "format": 1, "metrics": MetricInfo[], "groupTypes": [...], "statistics": [...],
// "notes": [...], "aggregatesMeasures": string[] }: the service's MetricCatalog (analysis/api.ts) with a
// format number that changes only when a field changes meaning or disappears.
import path from 'node:path';
import type { MetricCatalog } from '../../api';
import type { EquityLensService } from '../../service/create-service';
import { unwrap } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';

export const METRICS_JSON_FORMAT = 1;

export async function metricsCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  unwrap(await service.openProject({ path: path.resolve(command.positionals[0]!) }));
  const catalog = unwrap(await service.listMetrics({}));
  if (command.flag('json')) io.out(JSON.stringify({ format: METRICS_JSON_FORMAT, ...catalog }, null, 2));
  else io.out(catalogText(catalog));
}

function catalogText(catalog: MetricCatalog): string {
  const width = Math.max(...catalog.metrics.map((m) => m.id.length));
  const lines: string[] = [];
  for (const domain of [1, 2, 3, 4] as const) {
    const metrics = catalog.metrics.filter((m) => m.domain === domain);
    if (metrics.length === 0) continue;
    lines.push(`Domain ${domain}`);
    for (const m of metrics) lines.push(`  ${m.id.padEnd(width)}  ${m.label}: ${m.definition}`);
    lines.push('');
  }
  lines.push(`Group types: ${catalog.groupTypes.map((g) => g.id).join(', ')}`);
  if (catalog.aggregatesMeasures.length > 0) lines.push(`Measures in the aggregates table: ${catalog.aggregatesMeasures.join(', ')}`);
  return lines.join('\n');
}
