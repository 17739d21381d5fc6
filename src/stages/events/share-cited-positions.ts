/**
 * One account, two sources: "Gunmen killed 12 villagers, local media reported, citing residents",
 * "The news site, citing witnesses, said ...". The quotes layer gives each source a quote of the same
 * words, but a mention's voice is one quote (the innermost, the first of equals), so the other source
 * was no claimant. Every position a quote gives an event is shared with the quotes whose content is
 * the same span of text: each of their sources takes the same stance on the same thing.
 */
import type { NewsEvent } from '../../model/layers/events.js';
import type { Quote } from '../../model/layers/quotes.js';
import type { EventScene } from './event-scene.js';
import { addPosition } from './attach-positions.js';
import { claimOfQuote, sourceClaimant } from './source-claimant.js';

/** Whether two quotes' contents are the same spans (a loop, not `every` with a closure: the stage asks it of every pair of quotes). */
function sameWords(a: Quote, b: Quote): boolean {
  if (a.content.length !== b.content.length) return false;
  for (let i = 0; i < a.content.length; i++) if (a.content[i]!.start !== b.content[i]!.start || a.content[i]!.end !== b.content[i]!.end) return false;
  return true;
}

/** Gives the sources of quotes of the same words the positions one of them has. */
export function shareCitedPositions(scene: EventScene, events: readonly NewsEvent[]): void {
  const quotes = scene.doc.layers.quotes ?? [];
  // Only an event's positions are shared: without one, the pairs of quotes need no comparing.
  if (events.length === 0) return;
  const twins = new Map<string, Quote[]>();
  for (const a of quotes) {
    if (a.content.length === 0 || !a.cue) continue;
    for (const b of quotes) if (b !== a && b.cue && sameWords(a, b)) twins.set(a.id, [...(twins.get(a.id) ?? []), b]);
  }
  if (twins.size === 0) return;
  for (const event of events) {
    for (const p of [...(event.attribution.positions ?? [])]) {
      for (const id of p.quotes) {
        for (const twin of twins.get(id) ?? []) {
          if (event.attribution.positions!.some((x) => x.quotes.includes(twin.id))) continue;
          // The twin's cue, and the words of the account it shares (not the other source's cue).
          const evidence = [{ start: twin.cue!.start, end: twin.cue!.end, text: twin.cue!.text }, ...p.evidence.filter((e) => twin.content.some((c) => c.start <= e.start && e.end <= c.end))];
          const claim = claimOfQuote(scene, twin);
          addPosition(event, sourceClaimant(twin, claim), p.stance, p.about, evidence, [twin.id], claim ? [claim.id] : [], p.qualified);
        }
      }
    }
  }
}
