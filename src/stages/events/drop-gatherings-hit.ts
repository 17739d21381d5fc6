/**
 * A gathering that violence hit is the violence's site, not a protest event of its own.
 */
import type { EventScene } from './event-scene.js';
import type { TriggerMention } from './find-triggers.js';

const VIOLENT_TYPES = new Set(['Explosions/Remote violence', 'Violence against civilians', 'Battles']);
const GATHERING_SITE_LINK = new Set(['at', 'on', 'during', 'targeting']);
const GATHERING_FILLER = /^(?:a|an|the|political|election|campaign|party|opposition|religious|peaceful|large|packed|crowded|busy)$/;

/**
 * "a suicide bombing at a political rally", "an attack on a peaceful march": the gathering is where the
 * violence happened, not an event of its own (conflict monitors code the bombing; a rally the bombing
 * hit is no protest event). A protest word right after such a link after a violent trigger, or right
 * before one ("rally bombing"), is dropped.
 */
export function withoutGatheringsHit(scene: EventScene, mentions: TriggerMention[]): TriggerMention[] {
  if (!mentions.some((m) => m.entry.type === 'Protests')) return mentions;
  return mentions.filter((m, k) => {
    if (m.entry.type !== 'Protests') return true;
    // "rally bombing" in a headline: the noun names where the bombing was.
    const after = mentions[k + 1];
    if (after && after.start === m.end && after.sentence === m.sentence && VIOLENT_TYPES.has(after.entry.type)) return false;
    if (k === 0) return true;
    const before = mentions[k - 1]!;
    if (before.sentence !== m.sentence || !VIOLENT_TYPES.has(before.entry.type) || m.start - before.end > 4) return true;
    let i = before.end;
    if (!GATHERING_SITE_LINK.has(scene.words[i] ?? '')) return true;
    for (i++; i < m.start; i++) if (!GATHERING_FILLER.test(scene.words[i]!)) return true;
    return false;
  });
}
