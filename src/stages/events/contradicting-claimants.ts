/**
 * Whether a source's account contradicts those of an event's claimants: "Russia said its forces struck a
 * military depot in Kharkiv; Ukraine said the missile hit an apartment block" tells one strike two
 * ways, not two strikes. The accounts contradict when their claimants are of opposite sides (the
 * countries their source names: "Russia's defence ministry", "Kyiv", "Ukrainian officials"), or, when
 * the sides are not told, when the event is already denied or disputed by a source and the new account
 * comes from none of its claimants ("The army denied carrying out the strike ... He said the RSF had
 * shelled the market itself").
 */
import type { Claimant, NewsEvent } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import type { Voice } from './attach-claimants.js';
import { firstEndingAfter } from '../../model/text-index.js';
import { sameName } from './same-name.js';

function sameSource(a: Claimant, b: Claimant): boolean {
  if (a.kind !== 'source' || b.kind !== 'source') return a.kind === b.kind;
  return (a.entity !== undefined && a.entity === b.entity) || sameName(a.name, b.name);
}

/** The countries named in the source of a claimant's quote ("Russia's defence ministry": RU; "Kyiv": UA). */
function sidesOf(scene: EventScene, claimant: Claimant, into: Set<string>): void {
  if (claimant.kind !== 'source' || claimant.quote === undefined) return;
  const source = scene.doc.layers.quotes?.find((q) => q.id === claimant.quote)?.source;
  const places = scene.doc.layers.places;
  if (!source || !places) return;
  for (let k = firstEndingAfter(places, source.start); k < places.length && places[k]!.start < source.end; k++) {
    const country = places[k]!.country;
    if (country) into.add(country);
  }
}

/** Whether the voice of a mention gives another side's account of `event`. */
export function contradicts(scene: EventScene, event: NewsEvent, voice: Voice): boolean {
  if (voice.claimant.kind !== 'source' || voice.topic || voice.stance !== 'asserts' || voice.denier) return false;
  const positions = event.attribution.positions ?? [];
  const asserters = positions.filter((p) => p.stance === 'asserts' && p.claimant.kind === 'source');
  if (asserters.length === 0 || positions.some((p) => sameSource(p.claimant, voice.claimant))) return false;
  const own = new Set<string>();
  sidesOf(scene, voice.claimant, own);
  const theirs = new Set<string>();
  for (const p of asserters) sidesOf(scene, p.claimant, theirs);
  for (const c of own) if (theirs.has(c)) return false;
  if (own.size > 0 && theirs.size > 0) return true;
  return positions.some((p) => p.claimant.kind === 'source' && (p.stance === 'denies' || p.stance === 'disputes'));
}
