/**
 * The sample corpus: the example articles in examples/ (text, HTML, JSON Lines and a feed) and the
 * multi-outlet set of examples/compare/, loaded into a store
 * in one call so a newcomer has something to search, a person to open, events to map
 * (`newslens serve --sample`). The plain-text examples carry no metadata of their own; the table below
 * gives their outlet and date, as examples/README.md states them. Loading twice stores nothing twice.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, type IngestSummary } from '../corpus/ingest.js';
import { fileEvents } from '../corpus/sources/file-sources.js';
import type { SourceEvent } from '../corpus/sources/source-item.js';
import { PACKAGE_ROOT } from '../data/paths.js';
import type { DocumentMeta } from '../model/document.js';
import type { Pipeline } from '../pipeline/index.js';
import { DEFAULT_MAX_BYTES } from '../read/index.js';
import type { Store } from '../store/types.js';

/** The folder of the sample articles. */
export const SAMPLE_DIR = join(PACKAGE_ROOT, 'examples');

/** Metadata of the plain-text examples (files without any), by file name. */
const TEXT_META: Record<string, DocumentMeta> = {
  'donetsk-market-shelling.txt': { publishedAt: '2024-01-22', outlet: 'Example State Wire', title: 'Kremlin condemns deadly strike on Donetsk market' },
  'kharkiv-missile-strike.txt': { publishedAt: '2024-01-24', outlet: 'Example Kyiv Daily', title: 'Russian missiles hit Kharkiv apartment blocks, killing seven' },
};

const ARTICLE_FILE = /\.(txt|html?|jsonl|rss|atom)$/i;

/**
 * Sub-folders whose articles belong to the sample too: `compare/` holds several outlets on one event,
 * so the Compare view has something to set side by side.
 */
const SAMPLE_SUBFOLDERS = ['compare'];

/** Article files of `dir` by name, then those of its sample sub-folders, as paths relative to `dir`. */
function articleFiles(dir: string): string[] {
  const top = readdirSync(dir).sort().filter((name) => ARTICLE_FILE.test(name));
  const nested = SAMPLE_SUBFOLDERS.filter((sub) => existsSync(join(dir, sub)) && statSync(join(dir, sub)).isDirectory())
    .flatMap((sub) => readdirSync(join(dir, sub)).sort().filter((name) => ARTICLE_FILE.test(name)).map((name) => join(sub, name)));
  return [...top, ...nested];
}

/** Source events for every article file of `dir` and its sample sub-folders (README and other notes are not articles). */
export async function* sampleEvents(dir: string = SAMPLE_DIR): AsyncGenerator<SourceEvent> {
  if (!existsSync(dir)) throw new Error(`expected the sample articles in ${dir}, found no such folder`);
  const counter = { read: 0 };
  for (const name of articleFiles(dir)) {
    const path = join(dir, name);
    for await (const event of fileEvents(path, statSync(path).size, { maxBytes: DEFAULT_MAX_BYTES, counter })) {
      const meta = TEXT_META[name];
      if ('item' in event && meta) event.item.defaults = { ...meta, ...event.item.defaults };
      yield event;
    }
  }
}

export interface SampleOptions {
  /** The folder to load (default: examples/). */
  dir?: string;
  /** Analysis threads (default 0: this thread; a handful of articles do not repay starting a thread). */
  workers?: number;
  pipeline?: Pipeline;
}

/** Loads the sample articles into `store`; articles already there are skipped. */
export async function loadSampleCorpus(store: Store, options: SampleOptions = {}): Promise<IngestSummary> {
  return ingest(sampleEvents(options.dir), {
    store,
    workers: options.workers ?? 0,
    ...(options.pipeline ? { pipeline: options.pipeline } : {}),
  });
}
