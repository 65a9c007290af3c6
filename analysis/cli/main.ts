// The `equitylens` command line: a thin adapter that maps commands onto the service.
import { APP_VERSION, BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR, userDataDir } from '../app-paths';
import { createService, type EquityLensService } from '../service/create-service';
import { CliError, usageError } from './cli-errors';
import { parseCommand, type CommandIo, type CommandSpec, type ParsedCommand } from './command';
import { importCommand } from './commands/import';
import { infoCommand } from './commands/info';
import { inspectCommand } from './commands/inspect';
import { initCommand } from './commands/init';
import { qualityCommand } from './commands/quality';
import { serveCommand } from './commands/serve';
import { reviewCommand } from './commands/review';
import { templateCommand } from './commands/template';
import { disparityCommand } from './commands/disparity';
import { metricCommand } from './commands/metric';
import { metricsCommand } from './commands/metrics';
import { reportCommand } from './commands/report';
import { signalsCommand } from './commands/signals';
import { progressCommand } from './commands/progress';
import { validatedService } from '../service/dispatch';

type Run = (service: EquityLensService, command: ParsedCommand, io: CommandIo) => Promise<void>;

/** How a file is read and mapped: `import` and `inspect` take the same choices. */
const MAPPING_OPTIONS: CommandSpec['options'] = {
  kind: { type: 'string' },
  sheet: { type: 'string' },
  map: { type: 'string', multiple: true },
  code: { type: 'string', multiple: true },
  measure: { type: 'string' },
  level: { type: 'string' },
  'group-type': { type: 'string' },
};

const COMMANDS: Record<string, CommandSpec & { summary: string; run: Run }> = {
  init: {
    summary: 'create a review project (--sample loads the sample district)',
    usage: 'equitylens init <project.duckdb> [--sample] [--name NAME] [--district NAME]',
    positionals: { min: 1, max: 1 },
    options: { sample: { type: 'boolean' }, name: { type: 'string' }, district: { type: 'string' } },
    run: initCommand,
  },
  info: {
    summary: 'tables with row counts, school years and schools',
    usage: 'equitylens info <project.duckdb> [--json]',
    positionals: { min: 1, max: 1 },
    options: { json: { type: 'boolean' } },
    run: infoCommand,
  },
  serve: {
    summary: 'run the app in a browser through the local web host',
    usage: 'equitylens serve [project.duckdb] [--port N]',
    positionals: { min: 0, max: 1 },
    options: { port: { type: 'string' } },
    run: serveCommand,
  },
  // --- import (issue 3) ---
  import: {
    summary: 'import district exports (CSV, TSV, XLSX, Parquet, JSON), mapped automatically',
    usage:
      'equitylens import <project.duckdb> <file...> [--kind K] [--profile NAME] [--sheet NAME] [--save-profile NAME] [--map "Column=field"]... [--code "field:value=code"]... [--measure M] [--level L] [--group-type G] [--replace|--skip] [--json]',
    positionals: { min: 2, max: 10_000 },
    options: {
      ...MAPPING_OPTIONS,
      profile: { type: 'string' },
      'save-profile': { type: 'string' },
      replace: { type: 'boolean' },
      skip: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    run: importCommand,
  },
  inspect: {
    summary: 'how a file would be imported, without importing it: kind, column mapping with confidences and reasons, code review',
    usage: 'equitylens inspect <file> [--kind K] [--sheet NAME] [--map "Column=field"]... [--code "field:value=code"]... [--measure M] [--level L] [--group-type G] [--json]',
    positionals: { min: 1, max: 1 },
    options: { ...MAPPING_OPTIONS, json: { type: 'boolean' } },
    run: inspectCommand,
  },
  quality: {
    summary: 'the data-quality report: every import, and checks across the tables',
    usage: 'equitylens quality <project.duckdb> [--json]',
    positionals: { min: 1, max: 1 },
    options: { json: { type: 'boolean' } },
    run: qualityCommand,
  },
  // --- review (issue 6) ---
  review: {
    summary: 'the guided review (ratings, roll-ups, progress); rate, export, merge, agreement, reconcile, blind, reviewer and calibration for review teams; follow-up starts a follow-up review',
    usage:
      'equitylens review <project.duckdb> [--json] | review rate <project> <criterion> <level|not_rated> --reviewer NAME [--rationale TEXT] | review export <project> --reviewer NAME --out FILE | review merge <project> FILE | review agreement <project> [--json] | review reconcile <project> <criterion> <level> --reason TEXT | review blind <project> on|off | review reviewer <project> [NAME --role ROLE --organisation ORG] [--json] | review calibrate <project> <vignette> <level|not_rated> --reviewer NAME | review calibration <project> [--json] | review follow-up <project> --label L --reviewer NAME',
    positionals: { min: 1, max: 4 },
    options: {
      json: { type: 'boolean' },
      reviewer: { type: 'string' },
      rationale: { type: 'string' },
      reason: { type: 'string' },
      out: { type: 'string' },
      role: { type: 'string' },
      organisation: { type: 'string' },
      organization: { type: 'string' },
      label: { type: 'string' },
    },
    run: reviewCommand,
  },
  template: {
    summary: 'export or import a rubric template as JSON',
    usage: 'equitylens template export|import <project.duckdb> <file.json> [--template ID]',
    positionals: { min: 3, max: 3 },
    options: { template: { type: 'string' } },
    run: templateCommand,
  },
  // --- metrics (issue 4) ---
  metrics: {
    summary: 'metric ids with their definitions',
    usage: 'equitylens metrics <project.duckdb> [--json]',
    positionals: { min: 1, max: 1 },
    options: { json: { type: 'boolean' } },
    run: metricsCommand,
  },
  metric: {
    summary: 'one metric by one or two group types: rates, intervals, gaps, risk ratios (suppressed unless --internal)',
    usage: 'equitylens metric <project.duckdb> <metric-id> --by <group-type>[,<group-type>] [--year Y] [--school S] [--district D] [--reference R] [--internal] [--json|--csv]',
    positionals: { min: 2, max: 2 },
    options: {
      by: { type: 'string' },
      year: { type: 'string' },
      school: { type: 'string' },
      district: { type: 'string' },
      reference: { type: 'string' },
      internal: { type: 'boolean' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
    },
    run: metricCommand,
  },
  disparity: {
    summary: 'the IDEA disparity table: risk, comparison risk, risk ratios, minimum tests, flags',
    usage: 'equitylens disparity <project.duckdb> --measure M --group-type G [--year Y] [--school S] [--district D] [--reference others|GROUP] [--internal] [--json]',
    positionals: { min: 1, max: 1 },
    options: {
      measure: { type: 'string' },
      'group-type': { type: 'string' },
      year: { type: 'string' },
      school: { type: 'string' },
      district: { type: 'string' },
      reference: { type: 'string' },
      internal: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    run: disparityCommand,
  },
  signals: {
    summary: 'gaps unlikely to be noise: every Domain 1 and 2 gap tested, with false-discovery control',
    usage: 'equitylens signals <project.duckdb> [--metric M] [--year Y] [--all] [--internal] [--json]',
    positionals: { min: 1, max: 1 },
    options: { metric: { type: 'string' }, year: { type: 'string' }, all: { type: 'boolean' }, internal: { type: 'boolean' }, json: { type: 'boolean' } },
    run: signalsCommand,
  },
  // --- findings and report (issue 7) ---
  report: {
    summary: 'the review report as a PDF (Chromium or Electron prints it; suppressed unless --internal, which watermarks every page); one school’s, or every school’s into a folder',
    usage: 'equitylens report <project.duckdb> --out <file.pdf> [--paper letter|a4] [--internal] [--disagreement-map] [--school ID] | report <project.duckdb> --per-school --out <folder> [--school ID] [--paper letter|a4]',
    positionals: { min: 1, max: 1 },
    options: { out: { type: 'string' }, paper: { type: 'string' }, internal: { type: 'boolean' }, 'disagreement-map': { type: 'boolean' }, school: { type: 'string' }, 'per-school': { type: 'boolean' } },
    run: reportCommand,
  },
  progress: {
    summary: 'every action item’s benchmark re-measured from the data: baseline, latest, target and status (judged against the noise); --out prints the progress report',
    usage: 'equitylens progress <project.duckdb> [--json] [--out <file.pdf> [--paper letter|a4]]',
    positionals: { min: 1, max: 1 },
    options: { json: { type: 'boolean' }, out: { type: 'string' }, paper: { type: 'string' } },
    run: progressCommand,
  },
};

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    `EquityLens ${APP_VERSION}: district equity reviews on your own machine.`,
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  ${c.usage}`),
  ].join('\n');
}

/** Runs one command; returns the exit code. */
export async function runCli(argv: string[], io: CommandIo = { out: (line) => console.log(line) }): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out(APP_VERSION);
    return 0;
  }
  // Through the dispatcher, like every other host: the same request schemas validate each call.
  const service = validatedService(createService({ dataDir: userDataDir(), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: APP_VERSION, host: 'cli' }));
  try {
    const spec = COMMANDS[name];
    if (!spec) throw usageError(`Unknown command "${name}". Run \`equitylens --help\` for the list.`);
    await spec.run(service, parseCommand(name, args, spec), io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`equitylens: ${error.message}`);
      return error.exitCode;
    }
    console.error(`equitylens: unexpected failure (${error instanceof Error ? error.name : 'unknown'}).`);
    return 1;
  } finally {
    await service.dispose();
  }
}

