// `equitylens report <project> --out <file.pdf> [--paper letter|a4] [--internal] [--disagreement-map]`: the
// review's report as a PDF (with the appendix mapping each reviewer's ratings when asked), printed from the
// same page and by the same printer as the web host's Export PDF. Progress goes to stderr; the one line on
// stdout says what was written.
import fs from 'node:fs';
import path from 'node:path';
import type { PaperSize } from '../../api';
import type { EquityLensService } from '../../service/create-service';
import { CliError, unwrap, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';
import { pdfPageCount, printReportPdf } from '../../report/print/print-report';
import { ServiceFailure } from '../../service/envelope';
import { ensureAppBuilt } from '../report-print/ensure-app-built';

export async function reportCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const out = command.option('out');
  if (!out) throw usageError('Name the PDF to write: --out <file.pdf>.');
  if (!out.toLowerCase().endsWith('.pdf')) throw usageError(`--out must name a .pdf file, not "${out}".`);
  const paperText = (command.option('paper') ?? 'letter').toLowerCase();
  if (paperText !== 'letter' && paperText !== 'a4') throw usageError(`--paper must be letter or a4, not "${paperText}".`);
  const target = path.resolve(out);
  if (!fs.existsSync(path.dirname(target))) throw usageError(`The folder ${path.dirname(target)} does not exist.`);
  unwrap(await service.openProject({ path: path.resolve(command.positionals[0]!) }));
  const started = Date.now();
  const internal = command.flag('internal');
  const disagreementMap = command.flag('disagreement-map');
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  // The first-use build always says what it is doing (it takes a while); the print steps only on a terminal.
  await ensureAppBuilt(progress);
  const pdf = await printReportPdf(service, { paper: paperText as PaperSize, internal, disagreementMap }, undefined, process.stderr.isTTY ? progress : undefined).catch((error: unknown) => {
    throw error instanceof ServiceFailure ? new CliError(error.message, 1) : error;
  });
  fs.writeFileSync(target, pdf);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.out(`Wrote ${target}: ${pdfPageCount(pdf)} pages, ${(pdf.byteLength / 1024).toFixed(0)} KiB, in ${seconds} s${internal ? ' (internal: every page watermarked)' : ''}.`);
}
