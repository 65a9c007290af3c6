// Finds something to print the report with: a browser named by CHROME_PATH or CHROMIUM_PATH, the Electron
// binary in node_modules (with the bundled print script), or a system Chrome or Chromium on the usual paths.
import fs from 'node:fs';
import path from 'node:path';
import { APP_ROOT } from '../../app-paths';

export type PrintBrowser = { kind: 'electron'; executable: string; script: string } | { kind: 'chromium'; executable: string };

const CHROMIUM_PATHS: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

export const NO_BROWSER_MESSAGE =
  'No browser to print the PDF with: install Google Chrome or Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or set CHROME_PATH to a Chrome or Chromium executable.';

/** The Electron binary as node_modules/electron would resolve it (path.txt names it inside dist/). */
export function electronBinary(root = APP_ROOT): string | null {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const executable = fs.readFileSync(pathFile, 'utf8').trim();
  const binary = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist'), executable);
  return executable && fs.existsSync(binary) ? binary : null;
}

export function findPrintBrowser(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform, root = APP_ROOT): PrintBrowser | null {
  // A browser the user names wins: they asked for it.
  for (const name of ['CHROME_PATH', 'CHROMIUM_PATH']) {
    const named = env[name];
    if (named && fs.existsSync(named)) return { kind: 'chromium', executable: named };
  }
  const electron = electronBinary(root);
  const script = path.join(root, 'dist-electron', 'print-cli.cjs');
  if (electron && fs.existsSync(script)) return { kind: 'electron', executable: electron, script };
  const found = (CHROMIUM_PATHS[platform] ?? []).find((candidate) => fs.existsSync(candidate));
  return found ? { kind: 'chromium', executable: found } : null;
}
