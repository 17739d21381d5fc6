/**
 * A "strike" by workers is a protest, not an attack: "Port strike ends", "the strike by dock workers
 * over pay". ACLED codes labour strikes as peaceful protests (the lexicon already has "on strike" and
 * "general strike"); the generic "strike" mention takes that entry when a labour word stands before it
 * or its sentence speaks of workers, unions or pay, and names no weapon and no casualty. A later "the
 * strike" with nothing of either then refers back to the labour strike.
 */
import type { EventScene } from './event-scene.js';
import type { TriggerMention } from './find-triggers.js';
import type { TriggerEntry } from './lexicons.js';
import { eventLexicons } from './lexicons.js';

/** Words just before "strike" that make it a stoppage ("port strike", "teachers' strike"). */
const LABOUR_BEFORE = new Set(['port', 'dock', 'dockers', 'rail', 'railway', 'transport', 'bus', 'postal', 'teachers', 'nurses', 'doctors', 'workers', 'miners', 'union', 'pay', 'wildcat', 'one-day', '24-hour', '48-hour', 'nationwide']);
/** Words in a sentence that speak of a stoppage. */
const LABOUR = new Set(['workers', 'union', 'unions', 'wages', 'wage', 'pay', 'pensions', 'pension', 'walkout', 'picket', 'pickets', 'strikers', 'employers', 'industrial', 'bargaining', 'staff', 'dockers', 'walked']);

function sentenceBounds(scene: EventScene, t: number): [number, number] {
  let from = t;
  let to = t + 1;
  while (from > 0 && scene.sentence[from - 1] === scene.sentence[t]) from--;
  while (to < scene.words.length && scene.sentence[to] === scene.sentence[t]) to++;
  return [from, to];
}

/** Whether the sentence of token `t` speaks of a stoppage. */
function labourIn(scene: EventScene, from: number, to: number, t: number): boolean {
  // t - 1 read only when it is a token: a negative index is looked up as a property name, in the runtime.
  if (t > 0 && LABOUR_BEFORE.has(scene.words[t - 1]!)) return true;
  for (let i = from; i < to; i++) if (LABOUR.has(scene.words[i]!)) return true;
  return false;
}

/**
 * Whether "the strike" refers back to a stoppage the sentence before spoke of: "The port authority
 * said the deal would raise wages ... The strike, which began on Monday, had left 40 ships waiting".
 */
function labourBefore(scene: EventScene, from: number, t: number): boolean {
  if (from === 0 || (scene.words[t - 1] !== 'the' && scene.words[t - 1] !== 'this')) return false;
  const [before] = sentenceBounds(scene, from - 1);
  return labourIn(scene, before, from, -1) && !violentIn(scene, before, from);
}

/** Whether the tokens `[from, to)` name a weapon or a casualty. */
function violentIn(scene: EventScene, from: number, to: number): boolean {
  const lex = eventLexicons();
  return lex.weapons.findAll(scene.words, from, to).length > 0 || lex.casualties.findAll(scene.words, from, to).length > 0;
}

/** A mention that ends in "strike(s)": an attack ("drone strike") or a stoppage ("general strike"). */
const STRIKE_WORD = /^strikes?$/;
/** Determiners that refer back ("the strike", "this strike"). */
const REFERRING = new Set(['the', 'this', 'that']);

/** Gives generic "strike" mentions that report a stoppage the protest entry, in place. */
export function resolveLabourStrikes(scene: EventScene, mentions: TriggerMention[], entries: readonly TriggerEntry[]): void {
  let protest: TriggerEntry | undefined;
  let seen = false;
  // The latest strike named before ("a drone strike", "the dockers' strike"): "the strike" after it is that one.
  let lastStrike: TriggerMention | undefined;
  for (const m of mentions) {
    const named = lastStrike;
    if (STRIKE_WORD.test(scene.words[m.end - 1] ?? '')) lastStrike = m;
    if (m.entry.id !== 'strike-generic' || m.end - m.start !== 1) continue;
    // "A drone strike hit the depot ... the strike took place at night": an anaphoric strike takes the
    // type of the strike already in the text, not a labour reading from its sentence's words.
    if (named && named.entry.id !== 'protest' && named.entry.id !== 'strike-generic' && m.start > 0 && REFERRING.has(scene.words[m.start - 1]!)) continue;
    const [from, to] = sentenceBounds(scene, m.start);
    // The cheap word test first: most strikes in war reports have no labour word and no labour strike before them.
    if (!seen && !labourIn(scene, from, to, m.start) && !labourBefore(scene, from, m.start)) continue;
    if (violentIn(scene, from, to)) continue;
    protest ??= entries.find((e) => e.id === 'protest');
    if (!protest) return;
    m.entry = protest;
    seen = true;
  }
}
