// `--out FILE.pdf [--paper letter|a4]` for the commands that print (report, progress): checks the options,
// prints through the service's printer (building the renderer on first use) and says what was written.
import fs from 'node:fs';
import path from 'node:path';
import type { PaperSize } from '../../api';
import { pdfPageCount, printReportPdf, type PrintRequest } from '../../report/print/print-report';
import type { EquityLensService } from '../../service/create-service';
import { ServiceFailure } from '../../service/envelope';
import { CliError, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';
import { ensureAppBuilt } from './ensure-app-built';

/** The PDF's path and paper from --out and --paper, refused with one line before anything runs. */
export function pdfTarget(command: ParsedCommand): { target: string; paper: PaperSize } {
  const out = command.option('out');
  if (!out) throw usageError('Name the PDF to write: --out <file.pdf>.');
  if (!out.toLowerCase().endsWith('.pdf')) throw usageError(`--out must name a .pdf file, not "${out}".`);
  const paper = (command.option('paper') ?? 'letter').toLowerCase();
  if (paper !== 'letter' && paper !== 'a4') throw usageError(`--paper must be letter or a4, not "${paper}".`);
  const target = path.resolve(out);
  if (!fs.existsSync(path.dirname(target))) throw usageError(`The folder ${path.dirname(target)} does not exist.`);
  return { target, paper };
}

/** Prints the open project's report (or progress report) to `target`; progress goes to stderr, the result to stdout. */
export async function writePdf(service: EquityLensService, request: PrintRequest, target: string, io: CommandIo): Promise<void> {
  const started = Date.now();
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  // The first-use build always says what it is doing (it takes a while); the print steps only on a terminal.
  await ensureAppBuilt(progress);
  const pdf = await printReportPdf(service, request, undefined, process.stderr.isTTY ? progress : undefined).catch((error: unknown) => {
    throw error instanceof ServiceFailure ? new CliError(error.message, 1) : error;
  });
  fs.writeFileSync(target, pdf);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.out(`Wrote ${target}: ${pdfPageCount(pdf)} pages, ${(pdf.byteLength / 1024).toFixed(0)} KiB, in ${seconds} s${request.internal ? ' (internal: every page watermarked)' : ''}.`);
}
