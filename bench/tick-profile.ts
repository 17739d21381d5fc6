/**
 * Where the pipeline's time goes, builtins included: a V8 tick profile of the example articles analysed
 * article by article (as `npm run bench` times them), with every builtin and C++ frame charged to the
 * JavaScript function that called it.
 *
 *   node dist/bench/tick-profile.js [--build DIR] [--filter REGEX] [--warm 100] [--rounds 150] [--top 40] [--out DIR]
 *
 * `--build` profiles another compiled build (e.g. `git archive HEAD` compiled with `tsc --outDir`),
 * so a change can be profiled before and after; `--filter` keeps the callers whose file matches (e.g.
 * 'stages/(quotes|claims)/'). Shares are of all ticks after the warm-up rounds and move about 0.1
 * point between runs: a family's share falling in the files a change touched is the evidence that it
 * paid, where timings on a shared machine are not. Written in session 20 from the scripts that found
 * that 29% of the ticks were in builtins (see README, "Speed").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readNativeSymbols, readTickLog, tally, type AttributedTick } from './tick-log.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const OWN_BUILD = resolve(fileURLToPath(import.meta.url), '..', '..');

/** The families of builtins worth charging to callers, as the last two rounds of speed work read them. */
const FAMILIES: Array<[string, RegExp]> = [
  ['Map/Set lookups', /^Builtin:(FindOrderedHash|MapPrototype|SetPrototype|StringEqual|WeakMap)/],
  ['inline-cache misses, megamorphic loads and stores', /^Builtin:(LoadIC|KeyedLoadIC|StoreIC|KeyedStoreIC|DefineNamedOwnIC|DefineKeyedOwnIC|LoadICTrampoline)/],
  ['regular expressions', /^(RegExp:|Builtin:RegExp|Builtin:StringPrototype(Replace|Match|Search|Split))/],
  ['lazy compilation, baseline code', /^Builtin:(CompileLazy|Baseline|.*_Baseline)/],
  ['allocation, array growth, strings', /^Builtin:(GrowFast|CreateShallow|CreateTypedArray|ArrayPrototype|CloneObject|CopyDataProperties|StringAdd|StringSubstring|ToString|NumberToString)/],
  ['C++ (runtime slow paths, ICU case mapping, string hashing, GC)', /^C\+\+/],
  ['shared libraries (libc: memcpy, memset, malloc; libm)', /^lib:/],
];

/** The child: analyses the examples `warm` rounds, notes the tick clock, then `rounds` more. */
async function child(build: string, warm: number, rounds: number, warmEndFile: string): Promise<void> {
  const { analyze } = (await import(pathToFileURL(join(build, 'src', 'analyze.js')).href)) as typeof import('../src/analyze.js');
  const { loadTexts } = (await import(pathToFileURL(join(build, 'bench', 'pipeline.js')).href)) as typeof import('./pipeline.js');
  const texts = loadTexts();
  const meta = { publishedAt: '2024-01-22' };
  for (let r = 0; r < warm; r++) for (const t of texts) analyze(t, { meta });
  // The tick log's clock and performance.now() both count from the process start (close enough to
  // drop the warm-up: the first measured round is ~50 ms after it).
  writeFileSync(warmEndFile, String(performance.now() * 1000));
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) analyze(t, { meta });
  writeFileSync(`${warmEndFile}.ms`, String((performance.now() - t0) / (rounds * texts.length)));
}

function percent(n: number, total: number): string {
  return `${((100 * n) / total).toFixed(2)}%`.padStart(7);
}

/** Drops the `file:///...` of a JS caller, keeping the function and its file (the report's lines stay short). */
function short(name: string, width = 110): string {
  return name.length > width ? `${name.slice(0, width - 1)}…` : name;
}

function report(ticks: readonly AttributedTick[], filter: RegExp, top: number, msPerArticle: number): string {
  const n = ticks.length;
  const out: string[] = [`${n} ticks after warm-up; ${msPerArticle.toFixed(3)} ms/article while profiled (profiling slows it)`];
  const kind = (t: AttributedTick): string => {
    if (t.top.startsWith('JS:')) return t.top.endsWith('*') ? 'JS, optimised' : t.top.endsWith('^') ? 'JS, baseline' : 'JS, interpreted or other';
    const k = t.top.split(':')[0]!;
    return k === 'C++' ? 'C++ (node binary)' : k === 'lib' ? 'shared libraries' : k;
  };
  out.push('', '== by kind of code');
  for (const [k, c] of tally(ticks, kind)) out.push(`${percent(c, n)} ${k}`);
  out.push('', `== top ${top} (JS functions, builtins, regexps, C++ functions)`);
  for (const [k, c] of tally(ticks, (t) => t.top).slice(0, top)) out.push(`${percent(c, n)} ${short(k)}`);
  for (const [family, re] of FAMILIES) {
    const inFamily = ticks.filter((t) => re.test(t.top));
    const kept = inFamily.filter((t) => filter.test(t.caller));
    out.push('', `== ${family}: ${percent(inFamily.length, n).trim()} of all ticks, ${percent(kept.length, n).trim()} under callers matching ${filter.source}`);
    const key = (t: AttributedTick): string | undefined => (filter.test(t.caller) ? `${short(t.caller, 80)}  <- ${t.top.slice(0, 60)}${t.entry ? ` via ${t.entry.slice(4, 50)}` : ''}` : undefined);
    for (const [k, c] of tally(inFamily, key).slice(0, 25)) out.push(`${percent(c, n)} ${k}`);
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const build = resolve(option('build', OWN_BUILD));
  const warm = Number(option('warm', '100'));
  const rounds = Number(option('rounds', '150'));
  if (args.includes('--child')) return child(build, warm, rounds, option('warm-end', ''));
  const out = option('out', '');
  const dir = out ? resolve(out) : mkdtempSync(join(tmpdir(), 'newslens-ticks-'));
  const logFile = join(dir, 'ticks.log');
  const warmEnd = join(dir, 'warm-end');
  const run = spawnSync(process.execPath, ['--prof', '--no-short-builtin-calls', '--no-logfile-per-isolate', `--logfile=${logFile}`, fileURLToPath(import.meta.url), '--child', '--build', build, '--warm', String(warm), '--rounds', String(rounds), '--warm-end', warmEnd], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`tick-profile: the profiled run failed (exit ${run.status}); is ${build} a compiled build (src/analyze.js, bench/pipeline.js)?`);
    process.exitCode = 1;
    return;
  }
  const nm = spawnSync('nm', ['-C', '-n', '--defined-only', process.execPath], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const natives = nm.status === 0 ? readNativeSymbols(nm.stdout) : [];
  if (natives.length === 0) console.error('tick-profile: `nm` gave no symbols for the node binary: C++ frames read "C++" (install binutils to name them)');
  const { ticks } = readTickLog(readFileSync(logFile, 'utf8'), Number(readFileSync(warmEnd, 'utf8')), natives);
  console.log(report(ticks, new RegExp(option('filter', '.')), Number(option('top', '40')), Number(readFileSync(`${warmEnd}.ms`, 'utf8'))));
  if (!out) rmSync(dir, { recursive: true, force: true });
}

await main();
