/**
 * Nested attributions: a cue inside another attribution's content reports speech within that speech
 * ("Peskov noted that Putin had made it clear that “...”"). The inner one gets the outer as parent.
 * An inner attitude with only an infinitive ("it was planning to retake ...") is part of the outer
 * content, not a quote of its own, and is dropped.
 */
import type { Draft } from './attach-cues.js';
import type { QuoteScene } from './quote-scene.js';

/** A nested attribution needs a clause of its own: "that ...", "whether ...". */
const NESTED_OPENERS = new Set(['that', 'whether', 'if']);

/** Words that may stand between an outer cue and an inner one that opens its content ("concluded by implying"). */
const CHAIN_LINKS = new Set(['by', 'to']);

/** Returns drafts with `parent` indexes (into the returned array) for nested ones, else undefined (one shape for both). */
export function nestQuotes(scene: QuoteScene, all: Draft[]): Array<{ draft: Draft; parent: number | undefined }> {
  const drafts = chainCues(scene, all);
  const kept = drafts.filter((d) => {
    const outer = containerOf(scene, d, drafts);
    if (!outer || outer === d.outer) return true;
    // Inside reported speech, an attribution needs a source, and a cue only the model proposed needs a
    // speaker-like one: "said the attack showed that ..." reports no speech of the attack.
    if (!d.source) return false;
    if (d.cue.entry === 'model' && !speakerLike(scene, d.source)) return false;
    if (d.direct || d.quoted.length > 0) return true;
    const first = scene.text.slice(d.content[0]![0], d.content[0]![1]).split(/\s+/)[0]!.toLowerCase();
    return NESTED_OPENERS.has(first);
  });
  return kept.map((draft) => {
    const outer = containerOf(scene, draft, kept);
    return { draft, parent: outer ? kept.indexOf(outer) : undefined };
  });
}

/**
 * The attribution of `among` whose content holds `d`'s cue, the one of least content (the first of
 * equals); `d.outer` when it is among them. Plain loops, each cue's offsets read once: asked for every
 * pair of drafts, twice, the callbacks and closures this was written with were most of its time.
 */
function containerOf(scene: QuoteScene, d: Draft, among: readonly Draft[]): Draft | undefined {
  if (d.outer && among.includes(d.outer)) return d.outer;
  const start = scene.tokens[d.cue.from]!.start, end = scene.tokens[d.cue.to - 1]!.end;
  let best: Draft | undefined;
  let least = 0;
  for (const o of among) {
    if (o === d || !holds(o, start, end)) continue;
    const size = span(o);
    if (!best || size < least) {
      best = o;
      least = size;
    }
  }
  return best;
}

/** Whether a piece of `o`'s content covers the offsets `[start, end)`. */
function holds(o: Draft, start: number, end: number): boolean {
  const content = o.content;
  for (let k = 0; k < content.length; k++) if (content[k]![0] <= start && end <= content[k]![1]) return true;
  return false;
}

/**
 * An inner cue that opens the outer one's content continues that cue: "Obama punctuated his list by
 * saying “Too many.”", "one of her ads asking, “Is ...?”", "Cruz pivoted to arguing that ...". The outer
 * words only lead to the report, so the two are one attribution: the cue runs from the outer cue to the
 * inner one (PolNeAR: "punctuated his list by saying", "pivoted to arguing", "planted newspaper articles
 * alleging"), the content, the kind and the source (found for the reporting verb) are the inner one's,
 * else the outer one's. Only a participle or an infinitive continues a cue ("which Will claims affirmed
 * ..." is a clause of its own). Held-out train (/tmp/cuemodel/final/evh.sh): cue overlap F1 0.8023 ->
 * 0.8038 (R 0.7489 -> 0.7509), source 0.7856 -> 0.7859, attribution 0.7530 -> 0.7533, content 0.8488 ->
 * 0.8487; keeping the outer cue's source instead gave source 0.7855.
 */
function chainCues(scene: QuoteScene, drafts: Draft[]): Draft[] {
  const { tokens } = scene;
  const gone = new Set<Draft>();
  for (const inner of drafts) {
    if (inner.cue.role !== 'verb' || inner.outer) continue;
    const outer = drafts.find((o) => o !== inner && !gone.has(o) && !o.outer && o.cue.to <= inner.cue.from && o.content.length === 1 && o.content[0]![0] <= tokens[inner.cue.from]!.start && tokens[inner.cue.to - 1]!.end <= o.content[0]![1]);
    if (!outer || !startsWith(scene, outer, inner.cue.from) || !nonFinite(scene, inner)) continue;
    outer.cue = { ...inner.cue, from: outer.cue.from, rule: `${outer.cue.rule}+${inner.cue.rule}` };
    outer.content = inner.content;
    outer.quoted = inner.quoted;
    outer.direct = inner.direct;
    outer.shape = inner.shape;
    if (inner.source) outer.source = inner.source;
    gone.add(inner);
  }
  if (gone.size === 0) return drafts;
  for (const d of drafts) if (d.outer && gone.has(d.outer)) delete d.outer;
  return drafts.filter((d) => !gone.has(d));
}

/** A participle or an infinitive ("saying", "to say"): a finite verb has a clause of its own ("which he claims affirmed"). */
function nonFinite(scene: QuoteScene, inner: Draft): boolean {
  const { tokens } = scene;
  return tokens[inner.cue.head]!.pos === 'VBG' || CHAIN_LINKS.has(tokens[inner.cue.from - 1]?.text.toLowerCase() ?? '');
}

/** Whether `outer`'s content opens with token `k`, past "by"/"to" ("concluded by implying"). */
function startsWith(scene: QuoteScene, outer: Draft, k: number): boolean {
  let t = k;
  while (t > 0 && scene.tokens[t - 1]!.start >= outer.content[0]![0] && CHAIN_LINKS.has(scene.tokens[t - 1]!.text.toLowerCase())) t--;
  return scene.tokens[t]!.start === outer.content[0]![0];
}

/** A pronoun or a name at the end of the source ("he", "Putin", "the Kremlin"). */
function speakerLike(scene: QuoteScene, source: [number, number]): boolean {
  const last = scene.tokens[source[1] - 1]!;
  return /^(PRP|NNP|NNPS)$/.test(last.pos ?? '') || /^\p{Lu}/u.test(last.text);
}

function span(d: Draft): number {
  let n = 0;
  for (let k = 0; k < d.content.length; k++) n += d.content[k]![1] - d.content[k]![0];
  return n;
}
