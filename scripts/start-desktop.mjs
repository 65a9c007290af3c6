// `npm start`: fetch Electron if needed, build the renderer and the Electron bundles, run the desktop app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectron } from './ensure-electron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a Node script to completion (no shell and no npx, so it behaves the same on Windows). */
function runNode(what, script, args = []) {
  console.log(`> ${what}`);
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`start-desktop: ${what} failed.`);
    process.exit(result.status ?? 1);
  }
}

const electron = ensureElectron();

const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
if (!existsSync(vite)) {
  console.error('start-desktop: vite is not installed (run `npm ci`).');
  process.exit(1);
}
runNode('build the renderer (vite build -> dist/renderer)', vite, ['build']);
runNode('bundle the Electron main, preload and service process', join(root, 'scripts', 'build-electron.mjs'));

// ELECTRON_RUN_AS_NODE left over in a shell would start Electron as plain Node, not as the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!app.killed) app.kill(signal);
  });
}
app.on('error', (error) => {
  console.error(`start-desktop: could not run Electron (${error.message}).`);
  process.exit(1);
});
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
