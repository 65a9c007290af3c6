// `equitylens report <project> --out <file.pdf> [--paper letter|a4] [--internal] [--disagreement-map] [--school ID]`:
// the review's report as a PDF (with the appendix mapping each reviewer's ratings when asked), or one school's
// report; `--per-school --out DIR [--school ID]` writes every school's report (or one) into a folder, in parallel.
// Printed from the same page and by the same printer as the web host's Export PDF. Progress goes to stderr on a
// terminal; stdout says what was written.
import fs from 'node:fs';
import path from 'node:path';
import type { SchoolSummary } from '../../api';
import { printSchoolReports } from '../../report/print/print-schools';
import type { EquityLensService } from '../../service/create-service';
import { unwrap, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';
import { ensureAppBuilt } from '../report-print/ensure-app-built';
import { pdfTarget, writePdf } from '../report-print/write-pdf';

export async function reportCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  if (command.flag('per-school')) return perSchool(service, command, io);
  const { target, paper } = pdfTarget(command);
  const info = unwrap(await service.openProject({ path: path.resolve(command.positionals[0]!) }));
  const schoolId = command.option('school');
  if (schoolId !== undefined) requireSchool(info.schools, schoolId);
  await writePdf(service, { paper, internal: command.flag('internal'), disagreementMap: command.flag('disagreement-map'), ...(schoolId ? { schoolId } : {}) }, target, io);
}

function requireSchool(schools: readonly SchoolSummary[], schoolId: string): SchoolSummary {
  const school = schools.find((s) => s.schoolId === schoolId);
  if (!school) throw usageError(`There is no school "${schoolId}" in this project. \`equitylens info\` lists them.`);
  return school;
}

async function perSchool(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const out = command.option('out');
  if (!out) throw usageError('Name the folder to write the school reports into: --out <folder>.');
  const dir = path.resolve(out);
  if (out.toLowerCase().endsWith('.pdf')) throw usageError(`With --per-school, --out names a folder, not a file ("${out}").`);
  if (command.flag('disagreement-map')) throw usageError('The disagreement appendix belongs to the district’s report, not the schools’.');
  const paper = (command.option('paper') ?? 'letter').toLowerCase();
  if (paper !== 'letter' && paper !== 'a4') throw usageError(`--paper must be letter or a4, not "${paper}".`);
  const info = unwrap(await service.openProject({ path: path.resolve(command.positionals[0]!) }));
  const schoolId = command.option('school');
  const schools = schoolId !== undefined ? [requireSchool(info.schools, schoolId)] : info.schools;
  if (schools.length === 0) throw usageError('This project has no schools to report on.');
  fs.mkdirSync(dir, { recursive: true });
  const progress = (line: string) => process.stderr.write(line);
  await ensureAppBuilt((line) => progress(`${line}\n`));
  const started = Date.now();
  const bar = (done: number) => `[${'#'.repeat(Math.round((done / schools.length) * 24)).padEnd(24, '-')}] ${done}/${schools.length}`;
  const printed = await printSchoolReports(service, { paper, internal: command.flag('internal') }, schools, dir, (school, done) => {
    if (process.stderr.isTTY) progress(`\r${bar(done)} ${school.school.schoolName}`.padEnd(80) + (done === schools.length ? '\n' : ''));
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.out(`Wrote ${printed.length} school report${printed.length === 1 ? '' : 's'} to ${dir} in ${seconds} s${command.flag('internal') ? ' (internal: every page watermarked)' : ''}:`);
  for (const p of printed) io.out(`  ${path.basename(p.file)}  ${p.school.schoolName}, ${(p.bytes / 1024).toFixed(0)} KiB`);
}
