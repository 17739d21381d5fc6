/**
 * A quote's source as an event claimant, as every rule that gives a source a position builds it: the
 * speaker's name (else the source's words, else "unnamed source"), the quote, the speaker's entity,
 * and the claim the quote makes when there is one.
 */
import type { Claim } from '../../model/layers/claims.js';
import type { Claimant } from '../../model/layers/events.js';
import type { Quote } from '../../model/layers/quotes.js';
import type { EventScene } from './event-scene.js';

/** The claim made by quote `q`, if the claims layer has one. */
export function claimOfQuote(scene: EventScene, q: Quote): Claim | undefined {
  return scene.doc.layers.claims?.find((c) => c.quote === q.id);
}

/** Quote `q`'s source as a claimant, with `claim` (the quote's claim) when given. */
export function sourceClaimant(q: Quote, claim?: Claim): Extract<Claimant, { kind: 'source' }> {
  const claimant: Extract<Claimant, { kind: 'source' }> = { kind: 'source', name: q.speaker?.name ?? q.source?.text ?? 'unnamed source', quote: q.id };
  if (q.speaker?.entity) claimant.entity = q.speaker.entity;
  if (claim) claimant.claim = claim.id;
  return claimant;
}
