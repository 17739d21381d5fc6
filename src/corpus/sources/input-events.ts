/**
 * From the command line's inputs (files, folders, URLs) to a stream of source events. Folders are
 * walked recursively in sorted order (hidden entries skipped, known article extensions only), so a
 * re-run sees the same inputs in the same order.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ARTICLE_EXTENSIONS } from './file-kind.js';
import { fileEvents } from './file-sources.js';
import { urlEvents } from './url-source.js';
import type { ByteCounter, SourceEvent } from './source-item.js';

export interface InputPlan {
  files: Array<{ path: string; size: number }>;
  urls: string[];
  /** Bytes of all files: the denominator of progress (URLs add none). */
  totalBytes: number;
}

/** Resolves inputs to files and URLs; throws an Error naming an input that does not exist. */
export async function planInputs(inputs: readonly string[]): Promise<InputPlan> {
  const plan: InputPlan = { files: [], urls: [], totalBytes: 0 };
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) { plan.urls.push(input); continue; }
    const path = resolve(input);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new Error(`cannot read ${input}: no such file or folder`);
    }
    if (info.isDirectory()) await walk(path, plan);
    else plan.files.push({ path, size: info.size });
  }
  plan.totalBytes = plan.files.reduce((n, f) => n + f.size, 0);
  return plan;
}

async function walk(dir: string, plan: InputPlan): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, plan);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.test(entry.name)) plan.files.push({ path, size: (await stat(path)).size });
  }
}

/** Every source event of the plan, in order. */
export async function* inputEvents(plan: InputPlan, options: { maxBytes: number; counter: ByteCounter }): AsyncGenerator<SourceEvent> {
  for (const file of plan.files) {
    try {
      yield* fileEvents(file.path, file.size, options);
    } catch (error) {
      yield { failure: { sourceKey: file.path, code: 'E_INPUT_UNREADABLE', message: `${file.path}: ${(error as Error).message}` } };
    }
  }
  for (const url of plan.urls) yield* urlEvents(url, options);
}
