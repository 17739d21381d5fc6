/** Locates files that ship with the package (lexicons, models, gazetteers) from source or compiled code. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && JSON.parse(readFileSync(candidate, 'utf8')).name === 'newslens') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`expected the newslens package.json above ${start}, found none`);
    dir = parent;
  }
}

/** The folder holding newslens's package.json. */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** The path of a file in `src/data/` (lexicons, models), whether running from `src` or `dist`. */
export function dataFile(...parts: string[]): string {
  return join(PACKAGE_ROOT, 'src', 'data', ...parts);
}

/** The package version, from package.json. */
export const PACKAGE_VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
