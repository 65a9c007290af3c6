// `equitylens report <project> --out <file.pdf> [--paper letter|a4] [--internal] [--disagreement-map]`: the
// review's report as a PDF (with the appendix mapping each reviewer's ratings when asked), printed from the
// same page and by the same printer as the web host's Export PDF. Progress goes to stderr; the one line on
// stdout says what was written.
import path from 'node:path';
import type { EquityLensService } from '../../service/create-service';
import { unwrap } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';
import { pdfTarget, writePdf } from '../report-print/write-pdf';

export async function reportCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const { target, paper } = pdfTarget(command);
  unwrap(await service.openProject({ path: path.resolve(command.positionals[0]!) }));
  await writePdf(service, { paper, internal: command.flag('internal'), disagreementMap: command.flag('disagreement-map') }, target, io);
}
