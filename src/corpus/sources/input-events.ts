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
    // Each event is given the bytes it accounts for (its own, or what was read since the last one),
    // never more than the file holds; the rest of the file follows as a progress event.
    let assigned = 0;
    let mark = options.counter.read;
    const give = (event: SourceEvent): SourceEvent => {
      const bytes = Math.min(file.size - assigned, event.bytes ?? options.counter.read - mark);
      mark = options.counter.read;
      assigned += bytes;
      return { ...event, bytes };
    };
    try {
      for await (const event of fileEvents(file.path, file.size, options)) yield give(event);
    } catch (error) {
      yield give({ failure: { sourceKey: file.path, code: 'E_INPUT_UNREADABLE', message: `${file.path}: ${(error as Error).message}` } });
    }
    if (assigned < file.size) yield { progress: file.size - assigned };
  }
  for (const url of plan.urls) yield* urlEvents(url, options);
}
