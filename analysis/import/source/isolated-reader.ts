// Runs the risky part of opening a file (probing, limit checks, sniffing, unpacking a workbook, the first
// rows) in a child process with its own DuckDB and memory caps. A crash, an out-of-memory or a hang there
// becomes one clear import error; the service and the open project are untouched.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_ROOT } from '../../app-paths';
import { ImportFailure } from '../import-failure';
import { READER_HEAP_MB, READER_TIMEOUT_MS } from './limits';
import type { ReaderRequest, ReaderResponse } from './reader-protocol';
import type { SourcePlan } from './source-plan';

/**
 * How to start the reader: the packaged app names its bundled script (and runs Electron as Node); from a
 * checkout (command line, tests) the TypeScript entry runs through tsx.
 */
function readerCommand(): { args: string[]; env: NodeJS.ProcessEnv } {
  const bundled = process.env.EQUITYLENS_READER_SCRIPT;
  if (bundled) return { args: [bundled], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } };
  const tsx = createRequire(path.join(APP_ROOT, 'package.json')).resolve('tsx');
  return { args: ['--import', pathToFileURL(tsx).href, path.join(APP_ROOT, 'analysis', 'import', 'source', 'reader-child.ts')], env: process.env };
}

export function planIsolated(request: ReaderRequest, signal?: AbortSignal): Promise<SourcePlan> {
  const fileName = path.basename(request.path);
  const { args, env } = readerCommand();
  return new Promise<SourcePlan>((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${READER_HEAP_MB}`, ...args, JSON.stringify(request)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8');
    });
    let stopped: ImportFailure | null = null;
    const stop = (failure: ImportFailure) => {
      stopped ??= failure;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(new ImportFailure(`Reading ${fileName} took longer than ${READER_TIMEOUT_MS / 60_000} minutes, so it was stopped. Nothing was changed.`)), READER_TIMEOUT_MS);
    const abort = () => stop(new ImportFailure('Cancelled. Nothing was changed.', 'cancelled'));
    signal?.addEventListener('abort', abort, { once: true });
    child.on('error', () => stop(new ImportFailure('EquityLens could not start its file reader. Nothing was changed.', 'internal')));
    child.on('close', (code, exitSignal) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      if (stopped) return reject(stopped);
      const response = readResponse(request.tempDir);
      if (code === 0 && response?.ok) return resolve(response.plan);
      if (response && !response.ok && response.message) return reject(new ImportFailure(response.message, response.code));
      if (response?.ok === false && response.memory) return reject(outOfMemory(fileName));
      if (/heap out of memory|Allocation failed|out of memory/i.test(stderr)) return reject(outOfMemory(fileName));
      if (response && !response.ok) return reject(new ImportFailure(`${fileName} could not be imported because of an unexpected problem reading it. Nothing was changed.`, 'internal'));
      reject(new ImportFailure(`EquityLens's file reader stopped ${exitSignal ? `(${exitSignal})` : `(exit ${code})`} while reading ${fileName}: the file may be damaged, or built to crash programs that read it. Nothing was changed.`));
    });
  });
}

function readResponse(dir: string): ReaderResponse | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'reader-response.json'), 'utf8')) as ReaderResponse;
  } catch {
    return null;
  }
}

const outOfMemory = (fileName: string) => new ImportFailure(`Reading ${fileName} needs more memory than EquityLens gives one file. Nothing was changed. Save it as CSV, or split it, and import that.`);
