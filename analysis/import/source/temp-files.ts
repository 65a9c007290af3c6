// A private temporary folder per import (converted sheets and text, the isolated reader's spill files),
// removed when the import ends, fails or is cancelled. Its name carries the process id, so that a start-up
// sweep removes the folders of processes that were killed (they can hold student rows) and no others.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempFolder {
  dir: string;
  file(name: string): string;
  remove(): void;
}

const PREFIX = 'equitylens-import-';
const DAY_MS = 24 * 60 * 60 * 1000;

export function tempFolderAt(dir: string): TempFolder {
  return {
    dir,
    file: (name) => path.join(dir, name),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export function makeTempFolder(root = os.tmpdir()): TempFolder {
  return tempFolderAt(fs.mkdtempSync(path.join(root, `${PREFIX}${process.pid}-`)));
}

/** Removes the import folders left by processes that no longer run (killed mid-import). */
export function sweepTempFolders(root = os.tmpdir()): number {
  let removed = 0;
  let entries: string[];
  try {
    entries = fs.readdirSync(root);
  } catch {
    return 0;
  }
  for (const name of entries) {
    const match = new RegExp(`^${PREFIX}(\\d+)-`).exec(name);
    if (!name.startsWith(PREFIX) || (match && isRunning(Number(match[1])))) continue;
    try {
      // A folder without a process id in its name is removed once a day old: an older version may still be importing.
      if (!match && Date.now() - fs.statSync(path.join(root, name)).mtimeMs < DAY_MS) continue;
      fs.rmSync(path.join(root, name), { recursive: true, force: true });
      removed++;
    } catch {
      // Another sweeper got there first, or it is not ours to remove.
    }
  }
  return removed;
}

export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
