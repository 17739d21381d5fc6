/**
 * Two compiled builds of newslens timed article by article in one process, as paired-builds.ts does,
 * but for a machine shared with other jobs: the builds alternate on every article (in turns that swap
 * order each round), and each stage's figure is, per article, the lower quartile of its times over the
 * rounds, summed over the articles. Load from other processes only ever adds time, so a low quantile
 * sheds most of it, where paired-builds' sums take it all in. Two identical builds (session 21, load
 * 3-10 on 2 cores): paired-builds gave stages B/A from .89 to 1.13; this tool, in three runs, .96 to
 * 1.04 for every stage but structure (.86 twice: its 0.07 ms are the most easily upset) and wall
 * .96-1.01. So a change must move a stage by well over 4% to show here; smaller gains need counts.
 *
 *   node dist/bench/paired-quartiles.js BUILD_A BUILD_B [rounds=40] [examples|news] [--flush]
 *
 * `--flush` sweeps 64 MB of memory before every article, so each starts with its tables and code out of
 * the processor's own caches (L1, L2), the worst case of article-by-article analysis: a change that
 * shrinks the memory an article touches should gain most there. Measured at session 21 (examples,
 * lower quartiles): flushing adds about a quarter to a third to every stage, to structure (no model
 * tables) as much as to pos, entities and quotes, so most of that cost is code and small structures,
 * not the models' weight tables.
 */
import { corpusTexts, isCorpus, loadAnalyze, type Analyze } from './paired-support.js';

/** Rounds before the timed ones: TurboFan is still compiling the first few dozen. */
const WARM_ROUNDS = 30;

/** Memory swept by `--flush`: larger than the L2 caches of the machines we run on (2-4 MB a core). */
const sweep = new Float64Array(8 << 20);
function flush(): void {
  for (let i = 0; i < sweep.length; i += 8) sweep[i]! += 1; // one write per 64-byte line
}

/** The value a quarter of the way up `values` (sorted in place). */
function lowerQuartile(values: number[]): number {
  values.sort((x, y) => x - y);
  return values[Math.floor(values.length / 4)]!;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--flush');
  const flushing = process.argv.includes('--flush');
  const [a, b, rounds = '40', corpus = 'examples'] = args;
  if (!a || !b || !(Number(rounds) > 0) || !isCorpus(corpus)) {
    process.stderr.write('usage: node dist/bench/paired-quartiles.js BUILD_A BUILD_B [rounds=40] [examples|news] [--flush]\n');
    return 2;
  }
  const texts = corpusTexts(corpus);
  if (!texts) return 2;
  const builds = [await loadAnalyze(a), await loadAnalyze(b)];
  const meta = { publishedAt: '2024-01-22' };
  // times[build]: per "stage\tarticle" (and "wall\tarticle"), the milliseconds of each timed round.
  const times = [new Map<string, number[]>(), new Map<string, number[]>()];
  const record = (build: number, key: string, ms: number): void => {
    const list = times[build]!.get(key);
    if (list) list.push(ms);
    else times[build]!.set(key, [ms]);
  };
  for (let round = 0; round < WARM_ROUNDS + Number(rounds); round++) {
    for (let t = 0; t < texts.length; t++) {
      for (let turn = 0; turn < 2; turn++) {
        const build = (round + t + turn) % 2;
        if (flushing) flush();
        const start = performance.now();
        const doc = builds[build]!(texts[t]!, { meta });
        const wall = performance.now() - start;
        if (round < WARM_ROUNDS) continue;
        record(build, `wall\t${t}`, wall);
        for (const s of doc.pipeline?.stages ?? []) record(build, `${s.name}\t${t}`, s.ms);
      }
    }
  }
  const totals = times.map((byKey) => {
    const total = new Map<string, number>();
    for (const [key, list] of byKey) {
      const name = key.slice(0, key.indexOf('\t'));
      total.set(name, (total.get(name) ?? 0) + lowerQuartile(list) / texts.length);
    }
    return total;
  });
  for (const [name, msA] of totals[0]!) {
    const msB = totals[1]!.get(name) ?? 0;
    console.log(`${name.padEnd(10)} A ${msA.toFixed(4)}  B ${msB.toFixed(4)}  B/A ${(msB / msA).toFixed(3)}`);
  }
  console.log(`(ms/article, lower quartiles; ${texts.length} ${corpus} texts, ${rounds} rounds${flushing ? ', caches flushed before each article' : ''})`);
  return 0;
}

process.exitCode = await main();
