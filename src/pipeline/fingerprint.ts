/**
 * A content hash of what the analysis reads, so that the pipeline version (stored with every
 * document, compared by `newslens reanalyze`) changes whenever a lexicon, gazetteer or model file
 * changes, or the code of a stage: the stages' own `version` strings are rarely bumped, and a stage
 * whose data changed gives other results under the same name and version.
 *
 * Hashed: every file under `src/data/` (read from the source tree at run time, whichever build runs),
 * the compiled code the stages run (`stages/`, `model/`, `pipeline/`, `data/` beside this module), and
 * the files the quotes stage reads instead of its committed ones when NEWSLENS_QUOTES_CUE_MODEL or
 * NEWSLENS_QUOTES_WORD_CLASSES name them. Paths enter the hash relative to their root, so two
 * checkouts of the same tree agree. Computed once per process (per thread), when the version is first
 * read: about 2.5 MB of lexicons, tables and code hashed with SHA-1 (a change detector, not a security
 * check), and the trailers of the gzip files.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../data/paths.js';

export interface FingerprintInputs {
  /** Folders hashed whole (every file), e.g. src/data. */
  dataDirs: readonly string[];
  /** Folders whose code files are hashed (.js, or .ts when running from source; not .d.ts or maps). */
  codeDirs: readonly string[];
  /** Single files hashed when they exist (model files named by environment variables). */
  files: readonly string[];
}

/** The environment variables that point a stage at another data file than the committed one. */
export const DATA_FILE_VARIABLES = ['NEWSLENS_QUOTES_CUE_MODEL', 'NEWSLENS_QUOTES_WORD_CLASSES'] as const;

/** What the default pipeline reads: this package's src/data, the compiled analysis code, overrides. */
export function defaultFingerprintInputs(env: NodeJS.ProcessEnv = process.env): FingerprintInputs {
  const compiledSrc = dirname(dirname(fileURLToPath(import.meta.url)));
  return {
    dataDirs: [join(PACKAGE_ROOT, 'src', 'data')],
    codeDirs: ['stages', 'model', 'pipeline', 'data'].map((d) => join(compiledSrc, d)),
    files: DATA_FILE_VARIABLES.map((name) => env[name]).filter((p): p is string => typeof p === 'string' && p.length > 0),
  };
}

const isCode = (name: string): boolean => /\.(?:js|ts)$/.test(name) && !name.endsWith('.d.ts');

/** A hex hash of the inputs' contents (and their paths relative to their folder). */
export function contentFingerprint(inputs: FingerprintInputs): string {
  const hash = createHash('sha1');
  for (const dir of inputs.dataDirs) hashFolder(hash, dir, dir, () => true);
  for (const dir of inputs.codeDirs) hashFolder(hash, dir, dir, isCode);
  for (const file of inputs.files) {
    hash.update(`\0file\0${file}\0`);
    if (existsSync(file) && statSync(file).isFile()) hashFile(hash, file, file);
    else hash.update('\0missing\0');
  }
  return hash.digest('hex');
}

function hashFolder(hash: Hash, root: string, dir: string, keep: (name: string) => boolean): void {
  if (!existsSync(dir)) return;
  if (dir === root) hash.update(`\0folder\0${basename(root)}\0`);
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashFolder(hash, root, path, keep);
    else if (entry.isFile() && keep(entry.name)) hashFile(hash, path, relative(root, path));
  }
}

/**
 * A file's name, length and content. A gzip file (the models and the gazetteer, 12 of the 13 MB) enters
 * by its trailer instead of every byte: the CRC-32 and length of its uncompressed content, which gzip
 * writes last; any change to the content changes them, compressing it again otherwise does not.
 */
function hashFile(hash: Hash, path: string, name: string): void {
  const size = statSync(path).size;
  if (name.endsWith('.gz') && size >= 18) {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(2);
      const trailer = Buffer.alloc(8);
      readSync(fd, head, 0, 2, 0);
      readSync(fd, trailer, 0, 8, size - 8);
      if (head[0] === 0x1f && head[1] === 0x8b) {
        hash.update(`\0${name}\0gzip\0`);
        hash.update(trailer);
        return;
      }
    } finally {
      closeSync(fd);
    }
  }
  hash.update(`\0${name}\0${size}\0`);
  hash.update(readFileSync(path));
}

let defaultFingerprint: string | undefined;

/** The fingerprint of the default inputs, computed once per process. */
export function analysisFingerprint(): string {
  defaultFingerprint ??= contentFingerprint(defaultFingerprintInputs());
  return defaultFingerprint;
}
