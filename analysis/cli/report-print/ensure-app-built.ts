// Builds the app's renderer the first time `equitylens report` or `equitylens serve` needs it, in a checkout
// straight after `npm install`, showing the build's own progress on the terminal. Both commands serve the
// built renderer (the report prints from its print route), so without it they could do nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { APP_ROOT, RENDERER_DIST_DIR } from '../../app-paths';
import { CliError } from '../cli-errors';

export const rendererBuilt = (dir = RENDERER_DIST_DIR): boolean => fs.existsSync(path.join(dir, 'index.html'));

/** Vite's command-line script, when the development dependencies are installed (a checkout). */
function viteScript(): string | null {
  try {
    const packageJson = createRequire(path.join(APP_ROOT, 'package.json')).resolve('vite/package.json');
    const script = path.join(path.dirname(packageJson), 'bin', 'vite.js');
    return fs.existsSync(script) ? script : null;
  } catch {
    return null;
  }
}

/** Returns at once when the app is built; otherwise builds it, streaming Vite's output to `log`. */
export async function ensureAppBuilt(log: (line: string) => void): Promise<void> {
  if (rendererBuilt()) return;
  const vite = viteScript();
  if (!vite) throw new CliError('The app has not been built and its build tools are not installed: run `npm install`, then `npm run build:web`.', 1);
  log('First run: building the app (about a minute, once)…');
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build'], { cwd: APP_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString().split(/\r?\n/)) if (line.trim()) log(`  ${line.trimEnd()}`);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', (error) => reject(new CliError(`The app could not be built: ${error.message}`, 1)));
    child.on('exit', (code) => (code === 0 && rendererBuilt() ? resolve() : reject(new CliError('The app could not be built: see the messages above, or run `npm run build:web`.', 1))));
  });
  log(`Built the app in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
