// Makes sure Electron's binary is present: install scripts are off (.npmrc), so fetch it on first use.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

/** The binary's path, as node_modules/electron/index.js would resolve it, or null when it is missing. */
export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(distDir, executable);
  return executable && existsSync(binary) ? binary : null;
}

/** Returns the binary's path, downloading it first if needed; exits the process with 1 if it cannot. */
export function ensureElectron() {
  const present = electronBinary();
  if (present) return present;
  if (!existsSync(join(electronDir, 'install.js'))) fail('node_modules/electron is not installed (run `npm ci` first).');
  console.log('Electron binary not found: downloading it (first start only)...');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', cwd: electronDir });
  const binary = install.status === 0 ? electronBinary() : null;
  if (!binary) fail('downloading the Electron binary failed (node_modules/electron/install.js). This needs network access to github.com or an Electron mirror (ELECTRON_MIRROR).');
  return binary;
}

function fail(what) {
  console.error(
    [
      '',
      `EquityLens desktop cannot start: ${what}`,
      'The same app runs in your browser without Electron: `npm run web`.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

// Run directly (`node scripts/ensure-electron.mjs`): check, download if needed, print the path.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`Electron: ${ensureElectron()}`);
}
