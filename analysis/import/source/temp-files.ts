// A private temporary folder per import (converted sheets and text), removed when the import is done.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempFolder {
  dir: string;
  file(name: string): string;
  remove(): void;
}

export function makeTempFolder(): TempFolder {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'equitylens-import-'));
  return {
    dir,
    file: (name) => path.join(dir, name),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
