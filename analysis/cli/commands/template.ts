// `equitylens template export <project> <file> [--template ID]` and `template import <project> <file>`:
// rubric templates as JSON files (the format of analysis/review/template-schema.ts).
// export writes the review's template (or --template ID, latest version) and prints the file written;
// import validates the file, stores it as a new template and prints its id and version. A malformed
// template is refused with the bad field named (exit 2).
import fs from 'node:fs';
import path from 'node:path';
import type { EquityLensService } from '../../service/create-service';
import { unwrap, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';

export async function templateCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const [action, project, file] = command.positionals as [string, string, string];
  if (action !== 'export' && action !== 'import') throw usageError(`Unknown template action "${action}": use export or import.`);
  const target = path.resolve(file);
  if (action === 'export') {
    if (!fs.existsSync(path.dirname(target))) throw usageError(`The folder ${path.dirname(target)} does not exist.`);
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) throw usageError(`${target} is a folder; give a file name.`);
  } else if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
    throw usageError(`There is no template file at ${target}.`);
  }
  unwrap(await service.openProject({ path: path.resolve(project) }));
  if (action === 'export') {
    const templateId = command.option('template') ?? unwrap(await service.getReview({})).templateRef.templateId;
    const exported = unwrap(await service.exportTemplate({ templateId }));
    fs.writeFileSync(target, exported.json);
    io.out(`Wrote template ${templateId} to ${target}.`);
  } else {
    const imported = unwrap(await service.importTemplate({ json: fs.readFileSync(target, 'utf8') }));
    io.out(`Imported "${imported.name}" as template ${imported.templateId} version ${imported.version} (${imported.criteria} criteria in ${imported.domains} domains).`);
  }
}
