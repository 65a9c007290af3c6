// `equitylens serve [project] [--port N]`: the local web host over the service, until interrupted. Builds
// the app first when a fresh checkout has not.
import path from 'node:path';
import { RENDERER_DIST_DIR, userDataDir } from '../../app-paths';
import type { EquityLensService } from '../../service/create-service';
import { startWebHost } from '../../web-host/web-host';
import { unwrap, usageError } from '../cli-errors';
import { ensureAppBuilt } from '../report-print/ensure-app-built';
import type { CommandIo, ParsedCommand } from '../command';

export async function serveCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const portText = command.option('port') ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port must be a number from 0 to 65535, not "${portText}".`);
  await ensureAppBuilt(io.out);
  const project = command.positionals[0];
  if (project) unwrap(await service.openProject({ path: path.resolve(project) }));
  const host = await startWebHost({ service, staticDir: RENDERER_DIST_DIR, port, uploadDir: path.join(userDataDir(), 'uploads') });
  io.out(`EquityLens is running at ${host.url}`);
  io.out('Open that address in a browser on this computer. Press Ctrl+C to stop.');
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await host.close();
}
