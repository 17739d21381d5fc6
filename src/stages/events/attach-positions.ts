/**
 * Who asserts an event and who denies or disputes it, one position per claimant and stance, with the
 * words each rests on. An event's `status` is one word for the whole article ("attributed" when one
 * side claims a strike and the other denies it); positions keep both sides, as casualty figures are
 * kept per claimant. Positions come from the voice of each mention (a denial cue on the quote, a
 * claim's denial cue, "reports that ..." a source dismisses) and from what sources say of who did it
 * ("claimed responsibility", "denied any involvement", "dismissed the accusations") next to the event.
 */
import type { Claimant, EventPosition, EventStance, NewsEvent } from '../../model/layers/events.js';
import type { Span } from '../../model/span.js';
import type { EventScene } from './event-scene.js';
import type { Voice } from './attach-claimants.js';
import { phraseBefore } from './event-scene.js';
import { claimOfQuote, sourceClaimant } from './source-claimant.js';
import { sameName } from './same-name.js';

/** One claimant: the outlet, or a source of the same entity or the same name whatever its case ("Militia denies ...", "the militia denied"). */
function sameClaimant(a: Claimant, b: Claimant): boolean {
  if (a.kind === 'outlet' || b.kind === 'outlet') return a.kind === b.kind;
  return (a.entity !== undefined && a.entity === b.entity) || sameName(a.name, b.name);
}

function addEvidence(list: Span[], span: Span): void {
  if (list.some((s) => s.start === span.start && s.end === span.end)) return;
  let i = list.length;
  while (i > 0 && list[i - 1]!.start > span.start) i--;
  list.splice(i, 0, { start: span.start, end: span.end, text: span.text });
}

/** Adds a position to an event, merged with the same claimant's same stance on the same thing. */
export function addPosition(event: NewsEvent, claimant: Claimant, stance: EventStance, about: EventPosition['about'], evidence: readonly Span[], quotes: readonly string[], claims: readonly string[], qualified?: EventPosition['qualified']): void {
  const positions = (event.attribution.positions ??= []);
  let p = positions.find((x) => x.stance === stance && x.about === about && sameClaimant(x.claimant, claimant));
  if (!p) {
    // Every field, absent ones undefined: one hidden class (layer-objects.ts strips them when written).
    p = { claimant, stance, about, qualified: qualified || undefined, evidence: [], quotes: [], claims: [] };
    positions.push(p);
  } else if (p.qualified && p.qualified !== qualified) p.qualified = undefined; // qualified only where every word of it is
  for (const span of evidence) addEvidence(p.evidence, span);
  for (const q of quotes) if (!p.quotes.includes(q)) p.quotes.push(q);
  for (const c of claims) if (!p.claims.includes(c)) p.claims.push(c);
}

/** The positions one mention in a voice gives its event: the claimant's, and a denier's of the reports it dismisses. */
export function addVoicePositions(event: NewsEvent, voice: Voice, mention: Span): void {
  const evidence = voice.cue ? [voice.cue, mention] : [mention];
  if (voice.denier) {
    addPosition(event, voice.claimant, 'asserts', 'event', [mention], [], voice.claims);
    addPosition(event, voice.denier, 'denies', voice.about, evidence, voice.quotes, voice.claims);
    return;
  }
  addPosition(event, voice.claimant, voice.stance, voice.about, evidence, voice.quotes, voice.claims, voice.qualified);
}

/** The position a casualty figure gives its event: who gives a toll reports the event (or denies it, in a denial). */
export function addFigurePosition(event: NewsEvent, claimant: Claimant, stance: EventStance, qualified: EventPosition['qualified'], figure: Span, claims: readonly string[]): void {
  const quotes = claimant.kind === 'source' && claimant.quote ? [claimant.quote] : [];
  addPosition(event, claimant, stance, 'event', [figure], quotes, claims, qualified);
}

/** What a quote's content is about when it names no event: who did it ("responsibility"), or what is said of it ("the reports"). */
const RESPONSIBILITY = /^(?:any |no |full |its |their |his |her )?(?:responsibility|involvement|role|part|hand)\b/i;
const ACCUSATION = /^(?:the |these |those |such |this |that )(?:accusations?|allegations?|charges?|claims?|reports?|blame)\b/i;
/** Talk nouns whose denial denies the event itself ("dismissed the reports"), not who did it. */
const EVENT_TALK = /^(?:the |these |those |such |this |that )(?:claims?|reports?)\b/i;
/** Cues that take responsibility ("claimed responsibility"). */
const CLAIMING = /^claim/i;
const DENIAL = /\b(?:deni|deny|reject|refut|dismiss)/i;
/** How many sentences back a denial may refer to an event ("The army denied ... [two sentences on] dismissed the accusation"). */
const SENTENCES_BACK = 3;

/**
 * Positions on who did it, from quotes whose content names no event: "The Islamic State group claimed
 * responsibility", "The Pakistani Taliban denied any involvement and condemned the bombing", "dismissed
 * the accusation as “a fabrication”". Each goes to the event mentioned nearest in its sentence, else to
 * the one mentioned last in the sentences just before, else the first in the next sentence.
 */
export function attachResponsibility(scene: EventScene, events: readonly NewsEvent[]): void {
  if (events.length === 0) return;
  for (const q of scene.doc.layers.quotes ?? []) {
    const cue = q.cue;
    const content = q.content[0];
    if (!cue || !content || q.parent !== undefined) continue;
    const lead = content.text.trimStart();
    const denial = DENIAL.test(cue.text);
    const responsibility = RESPONSIBILITY.test(lead);
    const accusation = !responsibility && ACCUSATION.test(lead);
    if (!(responsibility && (denial || CLAIMING.test(cue.text))) && !(accusation && denial)) continue;
    // "has not claimed responsibility for the strike": no claim is made.
    const claim = claimOfQuote(scene, q);
    if (claim?.negated && !denial) continue;
    const event = nearestEvent(scene, events, cue.start);
    if (!event) continue;
    const claimant = sourceClaimant(q, claim);
    const about = accusation && EVENT_TALK.test(lead) ? 'event' : 'responsibility';
    const evidence = [{ start: cue.start, end: cue.end, text: cue.text }, { start: content.start, end: content.end, text: content.text }];
    addPosition(event, claimant, denial ? 'denies' : 'asserts', about, evidence, [q.id], claim ? [claim.id] : []);
  }
  claimsOfResponsibility(scene, events);
}

const CLAIM_VERB = /^(?:claimed|claims|claim|claiming)$/;
const NEGATION = /^(?:not|no|n't|never|yet)$/;

/**
 * "The Free Legion claimed responsibility for the blast": read from the words, whatever the quotes layer
 * made of the sentence (its cue may be another verb: "a group calling itself ... claimed"). The subject
 * before the verb claims; "no group has claimed", "has not claimed" claim nothing.
 */
function claimsOfResponsibility(scene: EventScene, events: readonly NewsEvent[]): void {
  const w = scene.words;
  for (let t = 1; t < w.length; t++) {
    if (w[t] !== 'responsibility' || !CLAIM_VERB.test(w[t - 1]!)) continue;
    const verb = t - 1;
    let k = verb - 1;
    while (k >= 0 && /^(?:has|have|had|already|quickly|later|swiftly)$/.test(w[k]!)) k--;
    if (k < 0 || scene.sentence[k] !== scene.sentence[verb] || NEGATION.test(w[k]!) || w[k] === 'no') continue;
    const subject = phraseBefore(scene, k + 1, 8);
    if (!subject || w[subject[0] - 1] === 'no' || (subject[0] > 0 && NEGATION.test(w[subject[0] - 1]!))) continue;
    const event = nearestEvent(scene, events, scene.tokens[verb]!.start);
    if (!event) continue;
    // The quote of the same words gave it already ("The regional branch of the Islamic State group claimed ...").
    const at = scene.tokens[verb]!.start;
    if (event.attribution.positions?.some((p) => p.about === 'responsibility' && p.evidence.some((e) => e.start === at))) continue;
    const name = scene.span(subject[0], subject[1]).text.replace(/^(?:the|a|an)\s+/i, '');
    addPosition(event, { kind: 'source', name }, 'asserts', 'responsibility', [scene.span(verb, t + 1)], [], []);
  }
}

/** The event mentioned nearest offset `at` in its sentence, else the one mentioned last in the few sentences before, else first in the next. */
export function nearestEvent(scene: EventScene, events: readonly NewsEvent[], at: number): NewsEvent | undefined {
  const sentence = scene.sentence[scene.tokenOf(at)]!;
  let best: NewsEvent | undefined;
  let bestDistance = Infinity;
  for (const e of events) {
    if (e.recurring) continue;
    for (const m of e.mentions) {
      const s = scene.sentence[scene.tokenOf(m.start)]!;
      let distance: number;
      if (s === sentence) distance = Math.abs(m.start - at);
      else if (s < sentence && sentence - s <= SENTENCES_BACK) distance = 1e6 + at - m.start;
      // "The Islamic State group claimed responsibility. The Pakistani Taliban ... condemned the bombing."
      else if (s === sentence + 1) distance = 2e6 + m.start - at;
      else continue;
      if (distance < bestDistance) [best, bestDistance] = [e, distance];
    }
  }
  return best;
}
