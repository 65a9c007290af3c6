// `equitylens info <project> [--json]`: each table with its row count, the school years, the schools.
import path from 'node:path';
import type { ProjectInfo } from '../../api';
import { schoolYearLabel } from '../../shared/codes';
import type { EquityLensService } from '../../service/create-service';
import { unwrap } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';

/** Version of the --json layout; bumped only when a field changes meaning or disappears. */
export const INFO_JSON_FORMAT = 1;

export async function infoCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const info = unwrap(await service.openProject({ path: path.resolve(command.positionals[0]!) }));
  if (command.flag('json')) io.out(JSON.stringify(infoJson(info), null, 2));
  else io.out(infoText(info));
}

export function infoJson(info: ProjectInfo) {
  return {
    format: INFO_JSON_FORMAT,
    project: {
      path: info.path,
      name: info.name,
      districtName: info.districtName,
      createdAt: info.createdAt,
      appVersion: info.appVersion,
      schemaVersion: info.schemaVersion,
    },
    tables: info.tables.map((t) => ({ table: t.table, label: t.label, rows: t.rows })),
    schoolYears: info.schoolYears,
    schools: info.schools.map((s) => ({ schoolId: s.schoolId, schoolName: s.schoolName, level: s.level })),
    ...(info.districts ? { districts: info.districts } : {}),
  };
}

function infoText(info: ProjectInfo): string {
  const width = Math.max(...info.tables.map((t) => t.table.length));
  return [
    `${info.name} - ${info.districtName}`,
    `${info.path} (created ${info.createdAt}, schema ${info.schemaVersion})`,
    '',
    'Tables',
    ...info.tables.map((t) => `  ${t.table.padEnd(width)}  ${t.rows.toLocaleString('en-US').padStart(12)}`),
    '',
    `School years: ${info.schoolYears.length > 0 ? info.schoolYears.map(schoolYearLabel).join(', ') : 'none'}`,
    `Schools (${info.schools.length}):`,
    ...info.schools.map((s) => `  ${s.schoolId.padEnd(8)} ${s.schoolName}${s.level ? ` (${s.level})` : ''}`),
    ...(info.districts ? [`Districts in report-card aggregates: ${info.districts.join(', ')}`] : []),
  ].join('\n');
}
