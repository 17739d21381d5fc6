/**
 * Every casualty figure joins one event: the one located at a place its sentence names, else the
 * nearest mention in its sentence, else the latest before it, else (a headline's toll) the first one
 * shortly after it. Who gives the toll stands behind the event; the people it counts are its victims.
 */
import type { Claimant, NewsEvent, CasualtyClaim } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import type { FoundCasualty } from './find-casualties.js';
import { combineStatus, voiceOf, type Voice } from './attach-claimants.js';
import { addFigurePosition } from './attach-positions.js';
import { sameClaimant } from './build-events.js';
import { firstEndingAfter } from '../../model/text-index.js';

/** Adds a claimant of an event's casualty figure to the event's claimants. */
function joinClaimant(e: NewsEvent, claimant: Claimant, status: Voice['status']): void {
  const att = e.attribution;
  if (att.claimants.some((c) => sameClaimant(c, claimant))) return;
  att.claimants.push(claimant);
  att.status = att.claimants.length === 1 ? status : combineStatus(att.status, status);
  if (claimant.kind === 'source') {
    if (claimant.quote && !att.quotes.includes(claimant.quote)) att.quotes.push(claimant.quote);
    if (claimant.claim && !att.claims.includes(claimant.claim)) att.claims.push(claimant.claim);
  }
}

/** The people a casualty figure counts ("five civilians") are victims of its event. */
function addCasualtyVictim(scene: EventScene, event: NewsEvent, who: [number, number], figureStart: number, figureToken: number): void {
  // "five civilians", "at least 12 people": the figure and the group words.
  const from = figureToken < who[0] && who[0] - figureToken <= 2 ? figureStart : who[0];
  const span = scene.span(from, who[1]);
  if (event.actors.some((a) => a.start < span.end && span.start < a.end)) return;
  const voice = voiceOf(scene, from, who[1]);
  const actor: NewsEvent['actors'][number] = { start: span.start, end: span.end, text: span.text, role: 'victim', rule: 'casualty-group' };
  if (voice.alleged) actor.alleged = true;
  if (voice.alleged && voice.claimant.kind === 'source') actor.allegedBy = voice.claimant;
  event.actors.push(actor);
}

/** Whether an event can have casualties of a kind: no one is killed by an agreement or a peaceful protest's vote. */
function countsCasualties(e: NewsEvent, kind: CasualtyClaim['kind']): boolean {
  if (e.type !== 'Strategic developments') return kind !== 'exchanged';
  return (e.subtype === 'Arrests' && kind === 'detained') || (e.kind === 'prisoner exchange' && kind === 'exchanged');
}

/** The event located at a place that the sentence of token `t` names, if exactly one is. */
function eventAtPlaceNamed(scene: EventScene, events: readonly NewsEvent[], t: number, dateline: string | undefined): NewsEvent | undefined {
  const places = scene.doc.layers.places;
  if (!places || events.length < 2) return undefined;
  const sentence = scene.sentence[t];
  let first = t;
  let last = t;
  while (first > 0 && scene.sentence[first - 1] === sentence) first--;
  while (last + 1 < scene.tokens.length && scene.sentence[last + 1] === sentence) last++;
  const end = scene.tokens[last]!.end;
  let found: NewsEvent | undefined;
  for (let i = firstEndingAfter(places, scene.tokens[first]!.start); i < places.length && places[i]!.start < end; i++) {
    const p = places[i]!;
    // The dateline says where the report was filed: it names the place of every lead event alike.
    if (p.usage !== 'location' || p.rule.startsWith('demonym') || p.id === dateline) continue;
    const at = events.filter((e) => e.location?.name === p.name && e.type !== 'Strategic developments');
    if (at.length !== 1 || (found && found !== at[0])) return undefined;
    found = at[0];
  }
  return found;
}

/** Whether the sentence of token `t` bounds a period with "since" ("since 2014", "since then"). */
function sinceInSentence(scene: EventScene, t: number): boolean {
  const s = scene.sentence[t];
  for (let i = t; i >= 0 && scene.sentence[i] === s; i--) if (scene.words[i] === 'since') return true;
  for (let i = t + 1; i < scene.words.length && scene.sentence[i] === s; i++) if (scene.words[i] === 'since') return true;
  return false;
}

/**
 * Attaches each casualty figure to its event (`events` in article order). A figure in a sentence of
 * `warSentences` (one that only names the war) joins no event unless an event is reported there too.
 */
export function attachCasualtyClaims(scene: EventScene, events: readonly NewsEvent[], found: readonly FoundCasualty[], warSentences: ReadonlySet<number>, dateline: string | undefined): void {
  for (const f of found) {
    // The casualty belongs to the event located at a place its sentence names ("seven people had been
    // killed in Kharkiv"), else to the nearest event mention in its sentence, else to the latest one
    // before it, else (a headline's toll) to the first one shortly after it.
    // A toll since a time ("have been killed in the city since the start of the war") counts a
    // period, not one event: only a pattern reported in its own sentence ("shelled daily since") takes it.
    if (warSentences.has(scene.sentence[f.start]!) && !events.some((e) => e.mentions.some((span) => scene.sentence[scene.tokenOf(span.start)] === scene.sentence[f.start]))) continue;
    const cumulative = sinceInSentence(scene, f.start);
    const named = cumulative ? undefined : eventAtPlaceNamed(scene, events, f.start, dateline);
    let best: NewsEvent | undefined = named;
    let bestDistance = named ? 0 : Infinity;
    for (const e of named ? [] : events) {
      if (!countsCasualties(e, f.claim.kind) || (cumulative && !e.recurring)) continue;
      for (const span of e.mentions) {
        const t = scene.tokenOf(span.start);
        const sameSentence = scene.sentence[t] === scene.sentence[f.start];
        if (cumulative && !sameSentence) continue;
        const distance = sameSentence ? Math.abs(t - f.start) : t < f.start ? 1000 + f.start - t : t - f.start <= 60 ? 2000 + t - f.start : Infinity;
        if (distance < bestDistance) [best, bestDistance] = [e, distance];
      }
    }
    if (best && (bestDistance < 1000 + 200 || bestDistance >= 2000)) {
      f.claim.event = best.id;
      best.casualties.push(f.claim.id);
      // Who gives an event's toll stands behind the event ("Ukrainian officials said seven people had
      // been killed in Kharkiv"), whether or not their words name the strike.
      joinClaimant(best, f.claim.claimant, f.status);
      addFigurePosition(best, f.claim.claimant, f.stance, f.qualified, f.claim, f.claim.claimant.kind === 'source' && f.claim.claimant.claim ? [f.claim.claimant.claim] : []);
      if (f.who) addCasualtyVictim(scene, best, f.who, scene.tokenOf(f.claim.figure.start), scene.tokenOf(f.claim.figure.end - 1));
    }
  }
}
