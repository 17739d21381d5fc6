/**
 * Reading a V8 tick log (`node --prof`): which code each sampled tick was in, and the first JavaScript
 * function on its stack. The usual `--cpu-prof` profile folds V8's builtins (Map lookups, inline-cache
 * misses, regular expressions, lazy compilation) into the JavaScript function that called them, so a
 * pipeline whose time is 29% builtins looked flat; with `--no-short-builtin-calls` the tick log names
 * them, and the stack charges each to its caller. Used by `tick-profile.ts`.
 *
 * Only what the report needs is read: `shared-library` (the node binary, and libraries such as libc), `code-creation`
 * (JS functions, builtins, regexp code, with their address ranges) and `tick` lines. `code-move` lines
 * are ignored: V8 moves code rarely (none in the profiles of the example articles).
 */

/** A piece of code: a JS function (`JS:name file:line:col` plus `*` optimised, `^` baseline, `~` interpreted), a builtin, a regexp. */
interface CodeRange {
  start: number;
  end: number;
  name: string;
}

/** A C++ symbol of the node binary (from `nm`), by start address. */
export interface NativeSymbol {
  address: number;
  name: string;
}

/** One tick after warm-up: the name of the code it was in, and the first JS function on the stack below it. */
export interface AttributedTick {
  top: string;
  /** The innermost JS function on the stack under `top` (`top` itself when it is JS), or '?'. */
  caller: string;
  /** The first `Runtime_` / `Builtin_` C++ entry under a C++ top frame, when there is one. */
  entry?: string;
}

export interface TickLog {
  ticks: AttributedTick[];
  /** Ticks before `fromMicros` (warm-up), not in `ticks`. */
  skipped: number;
}

const SOURCE_ROOT = /file:\/\/\/\S*?\/(src|bench|scripts)\//;

/** Shortens a code-creation name: the build's path goes, the kind (JS, Builtin, RegExp) stays as a prefix. */
function codeName(fields: string[]): string {
  const kind = fields[1]!;
  if (kind === 'JS') {
    // code-creation,JS,kind,time,address,size,name (may hold commas),sfi-address,state
    const name = fields.slice(6, -2).join(',').replace(SOURCE_ROOT, '$1/');
    return `JS:${name}${fields[fields.length - 1] ?? ''}`;
  }
  return `${kind}:${fields.slice(6).join(',')}`;
}

/** Index of the last element of sorted `starts` at or below `x`, or -1. */
function floorIndex(starts: readonly number[], x: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= x) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The ticks of `log` at or after `fromMicros` (the tick log's clock: microseconds since the isolate
 * started), each with its code and calling JS function. `natives` names C++ frames of the node binary;
 * without them they read `C++`.
 */
export function readTickLog(log: string, fromMicros = 0, natives: readonly NativeSymbol[] = []): TickLog {
  const lines = log.split('\n');
  const code: CodeRange[] = [];
  let binary: { start: number; end: number } | undefined;
  for (const line of lines) {
    if (line.startsWith('code-creation,')) {
      const f = line.split(',');
      const start = Number.parseInt(f[4]!, 16);
      code.push({ start, end: start + Number(f[5]), name: codeName(f) });
    } else if (line.startsWith('shared-library,')) {
      const f = line.split(',');
      const start = Number.parseInt(f[2]!, 16);
      const end = Number.parseInt(f[3]!, 16);
      // The node binary is logged once per mapping: keep the range covering them all. Other libraries
      // (libc's memcpy and malloc, libm) are named by file.
      if (/\/node$/.test(f[1]!)) binary = binary ? { start: Math.min(binary.start, start), end: Math.max(binary.end, end) } : { start, end };
      else if (end > start) code.push({ start, end, name: `lib:${f[1]!.split('/').pop()}` });
    }
  }
  code.sort((a, b) => a.start - b.start);
  const starts = code.map((c) => c.start);
  const nativeStarts = natives.map((s) => s.address);
  const nameOf = (pc: number): string => {
    const i = floorIndex(starts, pc);
    if (i >= 0 && pc < code[i]!.end) return code[i]!.name;
    if (binary && pc >= binary.start && pc < binary.end) {
      const j = floorIndex(nativeStarts, pc);
      return j >= 0 ? `C++:${natives[j]!.name}` : 'C++';
    }
    return '?';
  };
  const ticks: AttributedTick[] = [];
  let skipped = 0;
  for (const line of lines) {
    if (!line.startsWith('tick,')) continue;
    // tick,pc,time,external-callback,is-external,vm-state,stack...
    const f = line.split(',');
    if (Number(f[2]) < fromMicros) {
      skipped++;
      continue;
    }
    const top = nameOf(Number.parseInt(f[1]!, 16));
    let caller = top.startsWith('JS:') ? top : '?';
    let entry: string | undefined;
    for (let k = 6; k < f.length && caller === '?'; k++) {
      const frame = nameOf(Number.parseInt(f[k]!, 16));
      if (frame.startsWith('JS:')) caller = frame;
      else if (entry === undefined && frame.startsWith('C++:') && /Runtime_|Builtin_/.test(frame)) entry = frame;
    }
    ticks.push(entry === undefined || entry === top ? { top, caller } : { top, caller, entry });
  }
  return { ticks, skipped };
}

/** Reads `nm -C -n --defined-only` output: address, type letter, name. */
export function readNativeSymbols(nmOutput: string): NativeSymbol[] {
  const out: NativeSymbol[] = [];
  for (const line of nmOutput.split('\n')) {
    const m = /^([0-9a-f]+) \S (.+)$/.exec(line);
    if (m) out.push({ address: Number.parseInt(m[1]!, 16), name: m[2]! });
  }
  return out.sort((a, b) => a.address - b.address);
}

/** Counts of `key(tick)` over `ticks` (keys that are undefined are left out), largest first. */
export function tally(ticks: readonly AttributedTick[], key: (t: AttributedTick) => string | undefined): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const t of ticks) {
    const k = key(t);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
