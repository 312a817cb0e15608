/** What the command-line tools need from the outside world, so tests can run them in-process. */
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CliIo {
  /** Where relative paths start: the folder `npm run` was started in. */
  cwd: string;
  out(line: string): void;
  err(line: string): void;
}

export const REPO_GEO_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export function processIo(): CliIo {
  return {
    // npm runs scripts in the package's folder; INIT_CWD is where the maintainer typed it.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  };
}

export function resolveFrom(io: CliIo, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

/** A path as messages show it: relative to where the command was typed, when below it. */
export function shownPath(io: CliIo, path: string): string {
  const shown = relative(io.cwd, path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

/** Write through a temporary file and a rename, so a reader never sees half a file. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}
