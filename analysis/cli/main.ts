// The `equitylens` command line: a thin adapter that maps commands onto the service.
import { APP_VERSION, SAMPLE_DATA_DIR, userDataDir } from '../app-paths';
import { createService, type EquityLensService } from '../service/create-service';
import { CliError, usageError } from './cli-errors';
import { parseCommand, type CommandIo, type CommandSpec, type ParsedCommand } from './command';
import { infoCommand } from './commands/info';
import { initCommand } from './commands/init';
import { serveCommand } from './commands/serve';

type Run = (service: EquityLensService, command: ParsedCommand, io: CommandIo) => Promise<void>;

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
  const service = createService({ dataDir: userDataDir(), sampleDataDir: SAMPLE_DATA_DIR, appVersion: APP_VERSION, host: 'cli' });
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
