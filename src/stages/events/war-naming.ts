/**
 * Names of the war in an events text: "Russia's full-scale invasion", "the special military
 * operation", "since fighting broke out". How an outlet names the war is framing (the naming layer
 * records it), not an event the article reports.
 */
import type { EventScene } from './event-scene.js';
import type { TriggerMention } from './find-triggers.js';

/** Words before a war's name that report a new one ("launched an offensive", "a new invasion"). */
const LAUNCHED = new Set(['launched', 'launch', 'launches', 'launching', 'began', 'begun', 'begins', 'mounted', 'mounts', 'started', 'starts', 'new', 'fresh', 'another', 'renewed', 'second']);
/** The nouns that name a war as a whole ("Russia's full-scale invasion", "the special military operation"). */
const WAR_NAMES = new Set(['invasion', 'offensive', 'special military operation']);
/** Types of the violence a war is made of: a clause "since fighting broke out" bounds a period with it. */
const WAR_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

/**
 * Whether a mention names the war rather than reports an event of it: "since the start of Russia's
 * full-scale invasion", "the special military operation", "since fighting broke out in April 2023".
 * How an outlet names the war is framing (the naming layer records it); the article reports no
 * invasion on that day. A verb ("Russia invaded", "attacked") or a launch ("launched a new
 * offensive") reports one, and a war's name with a town ("the offensive on Avdiivka") is a battle.
 */
export function isWarNaming(scene: EventScene, m: TriggerMention): boolean {
  const w = scene.words;
  const s = scene.sentence;
  // "since the start of the invasion", "since fighting broke out": a bound of a period, not a report.
  if (WAR_TYPES.has(m.entry.type)) {
    for (let i = m.start - 1; i >= 0 && m.start - i <= 6 && s[i] === m.sentence; i--) {
      if (w[i] === 'since') return true;
      if (w[i] === ',' || w[i] === ';' || (i < m.start - 1 && scene.tokens[i]!.pos?.startsWith('VB'))) break;
    }
  }
  if (m.entry.id !== 'invasion') return false;
  const term = w.slice(m.start, m.end).join(' ');
  if (!WAR_NAMES.has(term) || scene.tokens[m.start]!.pos?.startsWith('VB')) return false;
  for (let i = m.start - 1; i >= 0 && m.start - i <= 4 && s[i] === m.sentence; i--) if (LAUNCHED.has(w[i]!)) return false;
  return true;
}
