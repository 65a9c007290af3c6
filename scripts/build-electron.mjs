// Bundles the Electron main process, the sandboxed preload and the service's utility process with esbuild.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist-electron');

const entries = [
  { in: 'electron/main.ts', out: 'main' },
  // The sandboxed preload can require only 'electron', so everything else must be inside this file.
  { in: 'electron/preload.ts', out: 'preload' },
  { in: 'electron/service-process.ts', out: 'service-process' },
  // The isolated file reader the service starts for every import (Electron run as Node).
  { in: 'analysis/import/source/reader-child.ts', out: 'reader-child' },
  // The command line's printer when Electron is installed (equitylens report).
  { in: 'electron/print-cli.ts', out: 'print-cli' },
];

// Stale bundles from a renamed entry must not ship.
await rm(outdir, { recursive: true, force: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir,
  outExtension: { '.js': '.cjs' }, // package.json says "type": "module"; these are CommonJS
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Electron is provided at run time; DuckDB's native binding is loaded from node_modules
  // (unpacked from the asar when packaged). zod, apache-arrow and the rest are bundled.
  external: ['electron', '@duckdb/*'],
  sourcemap: 'linked',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
}).catch(() => {
  // esbuild has already printed each error with its file and line.
  console.error('build-electron: the Electron bundles did not build.');
  process.exit(1);
});

for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (file.endsWith('.map') || file.endsWith('.LEGAL.txt')) continue;
  console.log(`${relative(root, join(root, file)).padEnd(36)} ${(output.bytes / 1024).toFixed(1).padStart(8)} KiB`);
}
