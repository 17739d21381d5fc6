/**
 * Steady-state speed of the pos and entities stages, in CPU time (robust on a shared machine): each
 * pipeline prefix (structure; + pos; + entities) runs over the example articles repeatedly after a
 * warm-up; the best of several trials per prefix is kept, and a stage's cost is the difference.
 * wink-nlp's tokenizer runs in the same trials as a yardstick. Also reports cold model load times.
 * Usage: node .build/<you>/scripts/bench-entities.js [--trials 8]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../src/data/paths.js';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '8' } } });
const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

// Cold loads first, before anything else touches the models.
let t = cpuMs();
const wall = performance.now();
const { posModel } = await import('../src/stages/pos/tag-pos.js');
posModel();
const posLoad = [cpuMs() - t, performance.now() - wall];
t = cpuMs();
const wall2 = performance.now();
const { nerModel } = await import('../src/stages/entities/ner/ner-model.js');
nerModel();
const nerLoad = [cpuMs() - t, performance.now() - wall2];

const { analyze } = await import('../src/analyze.js');
const { createPipeline, DEFAULT_STAGES } = await import('../src/pipeline/index.js');
const dir = join(PACKAGE_ROOT, 'examples');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const prefix = (names: string[]) => createPipeline(DEFAULT_STAGES.filter((s) => names.includes(s.name)), 'bench');
const runs = { structure: prefix(['structure']), pos: prefix(['structure', 'pos']), entities: prefix(['structure', 'pos', 'entities']) };
const require = createRequire(import.meta.url);
const nlp = (require('wink-nlp') as (m: unknown) => { readDoc(t: string): { tokens(): { out(): string[] } } })(require('wink-eng-lite-web-model'));

const warmUntil = performance.now() + 3000;
while (performance.now() < warmUntil) for (const text of texts) { analyze(text, { pipeline: runs.entities }); nlp.readDoc(text).tokens().out(); }
const best: Record<string, number> = { structure: Infinity, pos: Infinity, entities: Infinity, wink: Infinity };
for (let trial = 0; trial < Number(values.trials); trial++) {
  for (const [name, pipeline] of Object.entries(runs)) {
    let tokens = 0;
    const t0 = cpuMs();
    while (cpuMs() - t0 < 400) for (const text of texts) tokens += analyze(text, { pipeline }).layers.tokens?.length ?? 0;
    best[name] = Math.min(best[name]!, ((cpuMs() - t0) * 1000) / tokens);
  }
  let words = 0;
  const w0 = cpuMs();
  while (cpuMs() - w0 < 400) for (const text of texts) words += nlp.readDoc(text).tokens().out().length;
  best.wink = Math.min(best.wink!, ((cpuMs() - w0) * 1000) / words);
}
const pos = best.pos! - best.structure!;
const entities = best.entities! - best.pos!;
const rate = (us: number): string => `${Math.round(1e6 / us).toLocaleString('en')} tokens/s`;
console.log(`model load (cold, cpu / wall ms): pos ${posLoad.map((x) => x!.toFixed(0)).join(' / ')}, ner + gazetteer ${nerLoad.map((x) => x!.toFixed(0)).join(' / ')}`);
console.log(`steady state, best of ${values.trials} trials, CPU µs per token: structure ${best.structure!.toFixed(2)}, pos ${pos.toFixed(2)}, entities ${entities.toFixed(2)}`);
console.log(`pos + entities: ${rate(pos + entities)} (target 300,000); wink-nlp tokenizer in the same trials: ${rate(best.wink!)}`);
