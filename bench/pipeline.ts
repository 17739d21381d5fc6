/**
 * Pipeline throughput on one core: words per second of the full default analysis, beside wink-nlp's
 * tokenizer (readDoc + tokens) on the same texts in the same run, and the peak memory.
 * Texts: the example articles in examples/, each analysed as a separate document, article by article
 * (`analyze`) and all of them as one batch (`analyzeBatch`, stage by stage over the batch); the three
 * rates are measured in alternating short turns. Words are counted once per text (`countWords`) and
 * credited alike to wink and newslens, so the ratios are ratios of articles per second.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { analyze, analyzeBatch } from '../src/analyze.js';
import { getDefaultPipeline } from '../src/pipeline/index.js';
import { PACKAGE_ROOT } from '../src/data/paths.js';
import { countWords, peakMemory, throughput } from './measure.js';

export interface PipelineBench {
  documents: number;
  words: number;
  newslensWordsPerSecond: number;
  winkWordsPerSecond: number;
  ratio: number;
  /** The same texts analysed as one batch of `documents` articles (`analyzeBatch`). */
  batchWordsPerSecond: number;
  batchRatio: number;
  perStageMs: Record<string, number>;
  peakRssMiB: number;
  peakHeapMiB: number;
}

/** The example articles written for newslens: the .txt files and the text of every JSONL record. */
export function loadTexts(): string[] {
  const dir = join(PACKAGE_ROOT, 'examples');
  const texts: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    // Only the article files at the top level (examples/compare/ is a folder: reading it threw EISDIR).
    if (!file.endsWith('.txt') && !file.endsWith('.jsonl')) continue;
    const content = readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.txt')) texts.push(content);
    if (file.endsWith('.jsonl')) {
      for (const line of content.split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text?: string }).text ?? '');
    }
  }
  return texts.filter((t) => t.trim().length > 0);
}

export async function benchPipeline(minMs = 3000): Promise<PipelineBench> {
  const texts = loadTexts();
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const meta = { publishedAt: '2024-01-22' };
  getDefaultPipeline();

  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown) => { readDoc(text: string): { tokens(): { out(): string[] } } };
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  const winkTokens = (t: string): unknown => nlp.readDoc(t).tokens().out();
  for (let i = 0; i < 3; i++) for (const t of texts) winkTokens(t); // warm up as long as newslens does

  // Warm up first (models and lexicons load lazily on first use), then count stage times only while measuring.
  for (let i = 0; i < 3; i++) for (const t of texts) analyze(t, { meta });
  const stageMs: Record<string, number> = {};
  let measuredDocs = 0;
  for (let i = 0; i < 3; i++) analyzeBatch(texts, { meta });
  // Wink, article by article and batched in alternation, in short turns, so that all three see the same
  // load: the ratios compare rates measured side by side (wink timed alone before newslens, on the shared
  // machine, gave ratios that moved with the load of that one moment).
  const TURNS = 6;
  const ours = { articles: 0, ms: 0 };
  const batch = { articles: 0, ms: 0 };
  const wink = { articles: 0, ms: 0 };
  const { rssMiB, heapMiB } = await peakMemory(() => {
    for (let turn = 0; turn < TURNS; turn++) {
      const w = throughput(texts, winkTokens, minMs / TURNS);
      wink.articles += w.rounds * texts.length;
      wink.ms += w.ms;
      const one = throughput(texts, (t) => {
        const doc = analyze(t, { meta });
        measuredDocs++;
        for (const s of doc.pipeline?.stages ?? []) stageMs[s.name] = (stageMs[s.name] ?? 0) + s.ms;
      }, minMs / TURNS);
      ours.articles += one.rounds * texts.length;
      ours.ms += one.ms;
      const all = throughput([texts], (batchTexts) => analyzeBatch(batchTexts, { meta }), minMs / TURNS);
      batch.articles += all.rounds * texts.length;
      batch.ms += all.ms;
    }
  });
  const perStageMs = Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, v / measuredDocs]));
  const newslensWordsPerSecond = (ours.articles / texts.length) * words * (1000 / ours.ms);
  const winkWordsPerSecond = (wink.articles / texts.length) * words * (1000 / wink.ms);
  const batchWordsPerSecond = (batch.articles / texts.length) * words * (1000 / batch.ms);
  return {
    documents: texts.length, words, newslensWordsPerSecond, winkWordsPerSecond, ratio: newslensWordsPerSecond / winkWordsPerSecond,
    batchWordsPerSecond, batchRatio: batchWordsPerSecond / winkWordsPerSecond, perStageMs, peakRssMiB: rssMiB, peakHeapMiB: heapMiB,
  };
}

export function formatPipelineBench(b: PipelineBench): string {
  const stages = Object.entries(b.perStageMs).map(([k, v]) => `    ${k.padEnd(12)} ${v.toFixed(3)} ms/article`).join('\n');
  return [
    `pipeline (one core, ${b.documents} example articles, ${b.words} words)`,
    `  newslens full analysis   ${Math.round(b.newslensWordsPerSecond).toLocaleString('en')} words/s (article by article)`,
    `  ${`newslens (batch of ${b.documents})`.padEnd(24)} ${Math.round(b.batchWordsPerSecond).toLocaleString('en')} words/s (analyzeBatch: stage by stage over the batch)`,
    `  wink-nlp tokenizer       ${Math.round(b.winkWordsPerSecond).toLocaleString('en')} words/s (baseline, same texts, same run)`,
    `  ratio                    ${b.ratio.toFixed(3)} article by article, ${b.batchRatio.toFixed(3)} batch of ${b.documents} (target >= 0.25)`,
    `  peak memory              ${b.peakRssMiB.toFixed(0)} MiB RSS, ${b.peakHeapMiB.toFixed(0)} MiB heap`,
    '  per stage:',
    stages,
  ].join('\n');
}
