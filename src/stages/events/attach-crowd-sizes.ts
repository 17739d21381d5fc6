/**
 * Gives each protest or riot its crowd sizes: a figure belongs to the nearest protest mention in its
 * sentence, else to the latest one before it, else (a headline's crowd) to the first one shortly after.
 */
import type { NewsEvent } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import { readFigures } from './read-figures.js';
import { findCrowdSizes } from './find-crowd-sizes.js';

/** Event types a crowd takes part in. */
const CROWD_TYPES = new Set(['Protests', 'Riots']);
/** How far after a figure a protest mention may be, in tokens, for a figure that comes first. */
const MAX_AFTER = 60;

/** Adds crowd sizes to the protests and riots among `events`; `used` holds the figures read as casualties (first tokens). */
export function attachCrowdSizes(scene: EventScene, events: readonly NewsEvent[], used: ReadonlySet<number>): void {
  let any = false;
  for (const e of events) if (CROWD_TYPES.has(e.type)) any = true;
  if (!any) return;
  for (const c of findCrowdSizes(scene, readFigures(scene), used)) {
    let best: NewsEvent | undefined;
    let bestDistance = Infinity;
    for (const e of events) {
      if (!CROWD_TYPES.has(e.type)) continue;
      for (const span of e.mentions) {
        const t = scene.tokenOf(span.start);
        const distance = scene.sentence[t] === scene.sentence[c.start] ? Math.abs(t - c.start) : t < c.start ? 1000 + c.start - t : t - c.start <= MAX_AFTER ? 100000 + t - c.start : Infinity;
        if (distance < bestDistance) [best, bestDistance] = [e, distance];
      }
    }
    if (best) (best.crowd ??= []).push(c.size);
  }
}
