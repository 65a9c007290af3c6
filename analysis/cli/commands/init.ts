// `equitylens init <project.duckdb> [--sample] [--name N] [--district D]`: creates a review project.
import path from 'node:path';
import type { EquityLensService } from '../../service/create-service';
import { SAMPLE_DISTRICT_NAME, SAMPLE_PROJECT_NAME } from '../../service/sample-project';
import { unwrap } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';

export async function initCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const file = path.resolve(command.positionals[0]!);
  const sample = command.flag('sample');
  const info = unwrap(
    await service.createProject({
      path: file,
      name: command.option('name') ?? (sample ? SAMPLE_PROJECT_NAME : path.basename(file, '.duckdb')),
      districtName: command.option('district') ?? (sample ? SAMPLE_DISTRICT_NAME : 'District'),
      withSampleData: sample,
    }),
  );
  const rows = info.tables.reduce((sum, t) => sum + t.rows, 0);
  io.out(`Created ${file}${sample ? ` with the sample district (${rows.toLocaleString('en-US')} rows in ${info.tables.filter((t) => t.rows > 0).length} tables)` : ''}.`);
}
