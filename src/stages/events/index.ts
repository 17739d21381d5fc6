/**
 * The `events` stage: what reportedly happened, where, when, to whom, with what, and who says so.
 * Finds trigger words (ACLED types and sub-types), their actors, sites and weapons, dates and places;
 * merges the mentions of one event; and records every casualty figure as a claim of its own with its
 * claimant, never merged with another's figure.
 */
import type { Stage } from '../../pipeline/stage.js';
import type { Claimant, NewsEvent, CasualtyClaim } from '../../model/layers/events.js';
import { buildScene } from './event-scene.js';
import { findTriggers, type TriggerMention } from './find-triggers.js';
import { findRoles, type MentionRoles } from './find-roles.js';
import { findCasualties } from './find-casualties.js';
import { attachDates, attachLocation, findDateline } from './attach-time-place.js';
import { inheritPlaces, locateByDateline } from './inherit-places.js';
import { isWarNaming } from './war-naming.js';
import { combineStatus, voiceOf, type Voice } from './attach-claimants.js';
import { compatible, isReferencePoint, moreSpecific } from './merge-event-mentions.js';
import { decodeRoleTags, spansOfTags, type RoleSpan } from './roles/tag-roles.js';
import { trimRoleSpan } from './roles/collect-role-fillers.js';
import type { EventScene } from './event-scene.js';
import { firstEndingAfter } from '../../model/text-index.js';
import { attachCrowdSizes } from './attach-crowd-sizes.js';
import { addFigurePosition, addVoicePositions, attachResponsibility } from './attach-positions.js';
import { withoutGatheringsHit } from './drop-gatherings-hit.js';

export { findTriggers } from './find-triggers.js';
import { BLAST_WORDS } from './find-triggers.js';
export { findCasualties } from './find-casualties.js';
import { findFigureChallenges } from './find-casualties.js';

interface Building {
  event: NewsEvent;
  entry: TriggerMention['entry'];
  last: TriggerMention;
  /** Another event than those before it ("new strikes", "shelled almost daily"): nothing joins it. */
  distinct: boolean;
  /** Every mention so far names the war rather than reports an event in it ("the special military operation"). */
  naming: boolean;
}

function sameClaimant(a: Claimant, b: Claimant): boolean {
  return a.kind === b.kind && (a.kind === 'outlet' || (b.kind === 'source' && a.name === b.name));
}

function newEvent(id: string, m: TriggerMention, roles: MentionRoles, voice: Voice): NewsEvent {
  const event: NewsEvent = { id, stage: 'events', rule: `trigger:${m.entry.id}`, type: m.entry.type, trigger: m.span, mentions: [m.span], actors: roles.actors, weapons: roles.weapons, targets: roles.targets, casualties: [], attribution: { status: voice.status, claimants: voice.topic ? [] : [voice.claimant], claims: voice.claims, quotes: voice.quotes, positions: [] } };
  if (!voice.topic || voice.stance === 'disputes') addVoicePositions(event, voice, m.span);
  if (m.entry.subtype) event.subtype = m.entry.subtype;
  if (m.entry.kind) event.kind = m.entry.kind;
  else if (m.entry.drone) event.kind = 'drone';
  return event;
}

function absorb(target: Building, m: TriggerMention, roles: MentionRoles, voice: Voice, anaphoric: boolean, naming: boolean): void {
  const e = target.event;
  e.mentions.push(m.span);
  const specific = moreSpecific(target.entry, m.entry);
  if (specific !== target.entry) {
    target.entry = specific;
    e.type = specific.type;
    if (specific.subtype) e.subtype = specific.subtype;
    // A war's name says what the reported attack was ("Russia attacked Ukraine ... the Russian
    // offensive"), but the trigger stays the words that report it.
    if (!naming) e.trigger = m.span;
    e.rule = `trigger:${specific.id}`;
    if (specific.drone) e.kind = 'drone';
  }
  // Another mention's rules or the tagger may find the same one again ("a bus station", "bus station").
  const fresh = <T extends { start: number; end: number }>(list: T[], item: T): boolean => !list.some((x) => x.start < item.end && item.start < x.end);
  for (const a of roles.actors) if (fresh(e.actors, a)) e.actors.push(a);
  for (const w of roles.weapons) if (fresh(e.weapons, w)) e.weapons.push(w);
  for (const t of roles.targets) if (fresh(e.targets, t)) e.targets.push(t);
  const att = e.attribution;
  // "the strikes", "this shelling" refer back to the event: in the outlet's voice they presuppose it
  // rather than assert it, so they add no claimant. Nor does a name of the war ("the special military
  // operation" in a quote): whoever says it names the war, not claims an event.
  if ((anaphoric && voice.claimant.kind === 'outlet') || naming) {
    target.last = m;
    return;
  }
  // "spreading “fakes” about the strike": the source speaks of what is said about the event, so it is
  // no claimant of it; calling that false disputes it.
  if (voice.topic) {
    if (voice.status === 'disputed') att.status = combineStatus(att.status, voice.status);
    for (const q of voice.quotes) if (!att.quotes.includes(q)) att.quotes.push(q);
    if (voice.stance === 'disputes') addVoicePositions(e, voice, m.span);
    target.last = m;
    return;
  }
  // The first report of a war named before ("Russia attacked the neighbouring state in late February"):
  // the event is asserted by who reports it, not by who named it.
  if (target.naming) {
    target.naming = false;
    e.attribution = { status: voice.status, claimants: voice.topic ? [] : [voice.claimant], claims: [...voice.claims], quotes: [...voice.quotes], positions: [] };
    addVoicePositions(e, voice, m.span);
    target.last = m;
    return;
  }
  att.status = combineStatus(att.status, voice.status);
  if (!att.claimants.some((c) => sameClaimant(c, voice.claimant))) att.claimants.push(voice.claimant);
  for (const c of voice.claims) if (!att.claims.includes(c)) att.claims.push(c);
  for (const q of voice.quotes) if (!att.quotes.includes(q)) att.quotes.push(q);
  addVoicePositions(e, voice, m.span);
  target.last = m;
}

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

const DEFINITE = new Set(['the', 'this', 'these', 'those', 'such']);

/** Whether a mention refers back to an event already reported ("the shelling", "these strikes"). */
function isAnaphoric(scene: EventScene, m: TriggerMention): boolean {
  if (DEFINITE.has(scene.words[m.start - 1] ?? '')) return true;
  // "the deadly shelling" refers back; "The invaders attacked" is a subject and its verb, a new report.
  return DEFINITE.has(scene.words[m.start - 2] ?? '') && !FINITE_VERB.test(scene.tokens[m.end - 1]!.pos ?? '');
}

/** Tags of a verb with a subject of its own (past, present, participle): no noun a determiner refers back with. */
const FINITE_VERB = /^VB[DZPN]$/;

/** Words before a trigger that make it another event than the one reported ("new strikes", "another attack"). */
const ANOTHER = new Set(['new', 'another', 'further', 'fresh', 'renewed', 'future', 'more', 'previous', 'earlier', 'past', 'other']);
/** Words near a trigger that make it a recurring pattern, not one event ("shelled almost daily"). */
const RECURRING = new Set(['daily', 'nightly', 'weekly', 'repeatedly', 'regularly', 'routinely', 'constantly', 'frequently', 'often', 'regular', 'constant', 'frequent', 'repeated', 'persistent', 'relentless', 'continuous', 'systematic', 'systematically', 'incessant']);

/** Whether a mention reports another event than the ones before it ("new strikes"). */
function isAnother(scene: EventScene, m: TriggerMention): boolean {
  const w = scene.words;
  const s = scene.sentence;
  // "other than tear gas" excepts, it does not add another event.
  for (let i = m.start - 1; i >= 0 && m.start - i <= 2 && s[i] === m.sentence; i--) if (ANOTHER.has(w[i]!) && w[i + 1] !== 'than') return true;
  return false;
}

/** Whether a mention reports a recurring pattern ("shelled almost daily"), not one event. */
function isRecurring(scene: EventScene, m: TriggerMention): boolean {
  const w = scene.words;
  const s = scene.sentence;
  for (let i = Math.max(0, m.start - 3); i < Math.min(w.length, m.end + 3); i++) if (s[i] === m.sentence && RECURRING.has(w[i]!)) return true;
  return false;
}

/** Words a trigger's noun phrase runs on with before its place or date ("the shelling of a market in Donetsk on Sunday"). */
const PHRASE_LINKS = new Set(['of', 'in', 'at', 'on', 'near', 'a', 'an', 'the', 'its', 'their']);

/** Whether token `t` comes right after mention `m` within `max` tokens, in its noun phrase (no verb, no comma between). */
function ownPhrase(scene: EventScene, m: TriggerMention, t: number, max: number): boolean {
  if (t < m.end || t > m.end + max) return false;
  for (let i = m.end; i < t; i++) {
    const w = scene.words[i]!;
    if (PHRASE_LINKS.has(w)) continue;
    const pos = scene.tokens[i]!.pos ?? '';
    if (!/^(?:NN|JJ|CD)/.test(pos) || scene.sentence[i] !== m.sentence) return false;
  }
  return true;
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

/** Weapons that tell what kind of strike a generic "strike" or "hit" was. */
const STRIKE_BY_WEAPON: Record<string, { subtype: string; kind?: string }> = {
  missile: { subtype: 'Shelling/artillery/missile attack' },
  rocket: { subtype: 'Shelling/artillery/missile attack' },
  artillery: { subtype: 'Shelling/artillery/missile attack' },
  mortar: { subtype: 'Shelling/artillery/missile attack' },
  drone: { subtype: 'Air/drone strike', kind: 'drone' },
  aircraft: { subtype: 'Air/drone strike' },
  'aerial bomb': { subtype: 'Air/drone strike' },
  // "A car bomb exploded": a blast takes the sub-type of the device that made it.
  bomb: { subtype: 'Remote explosive/landmine/IED' },
  'vehicle bomb': { subtype: 'Remote explosive/landmine/IED' },
  dynamite: { subtype: 'Remote explosive/landmine/IED' },
  mine: { subtype: 'Remote explosive/landmine/IED' },
  grenade: { subtype: 'Grenade' },
};

/** "Russian missiles had hit apartment blocks": a generic strike takes the sub-type its weapon implies. */
function subtypeFromWeapons(e: NewsEvent): void {
  if (e.type !== 'Explosions/Remote violence') return;
  for (const w of e.weapons) {
    const by = STRIKE_BY_WEAPON[w.category];
    if (!by) continue;
    e.subtype = by.subtype;
    if (by.kind && !e.kind) e.kind = by.kind;
    return;
  }
}

/** Devices whose blast makes an event a remote explosive ("attacked ... a homemade bomb exploded"). */
const DEVICES = new Set(['bomb', 'vehicle bomb', 'dynamite', 'mine']);

/** A generic event with a blast and a planted device is a remote explosive, whatever generic word came first. */
function blastFromDevice(e: NewsEvent): void {
  if (!e.weapons.some((w) => DEVICES.has(w.category)) || !e.mentions.some((m) => BLAST_WORDS.has(m.text.toLowerCase()))) return;
  e.type = 'Explosions/Remote violence';
  e.subtype = 'Remote explosive/landmine/IED';
}

/** Whether an event can have casualties of a kind: no one is killed by an agreement or a peaceful protest's vote. */
function countsCasualties(e: NewsEvent, kind: CasualtyClaim['kind']): boolean {
  if (e.type !== 'Strategic developments') return true;
  return e.subtype === 'Arrests' && kind === 'detained';
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

/** How far before and after a trigger the role tagger reads: findRoles takes its spans up to 15 tokens away. */
const TAG_BEFORE = 17;
const TAG_AFTER = 22;

/** The tokens the role tagger reads: those near a trigger, in its sentence (its cost is a fraction of the article). */
function nearTriggers(scene: EventScene, mentions: readonly TriggerMention[]): Uint8Array {
  const mask = new Uint8Array(scene.words.length);
  for (const m of mentions) {
    const to = Math.min(scene.words.length, m.end + TAG_AFTER);
    for (let i = Math.max(0, m.start - TAG_BEFORE); i < to; i++) if (scene.sentence[i] === m.sentence) mask[i] = 1;
  }
  return mask;
}

/** The role spans cut by trimRoleSpan, the empty ones dropped. */
function trimmedSpans(words: readonly string[], spans: readonly RoleSpan[]): RoleSpan[] {
  const out: RoleSpan[] = [];
  for (const span of spans) {
    const kept = trimRoleSpan(words, span);
    if (kept) out.push(kept);
  }
  return out;
}

/** Runs the whole analysis on a scene and returns the two layers. */
export function analyseEvents(scene: EventScene): { events: NewsEvent[]; casualties: CasualtyClaim[] } {
  const mentions = withoutGatheringsHit(scene, findTriggers(scene));
  // The tagger's spans cut where their noun phrase ends ("Juan Perez escaped unharmed" is a victim's name and more).
  const tagged = mentions.length > 0 ? trimmedSpans(scene.words, spansOfTags(decodeRoleTags(scene.roles, nearTriggers(scene, mentions)))) : [];
  const dates = attachDates(scene, mentions);
  let built: Building[] = [];
  const dateline = mentions.length > 0 ? findDateline(scene) : undefined;
  for (const m of mentions) {
    const roles = findRoles(scene, m, tagged);
    const voice = voiceOf(scene, m.start, m.end);
    const date = dates.get(m);
    const location = attachLocation(scene, m, roles.actors, dateline?.location);
    // A mention that refers back ("the strikes", "the shelling") joins the event it names whatever
    // place or date its own sentence mentions, unless it names its own place ("the shelling of Donetsk").
    const anaphoric = isAnaphoric(scene, m);
    // Its own place and date are those of its noun phrase: "the shelling of a market in Donetsk on Sunday".
    const own = location && ownPhrase(scene, m, scene.tokenOf(location.expression.start), 6) ? location : undefined;
    const keyDate = anaphoric ? (date && ownPhrase(scene, m, scene.tokenOf(date.expression.start), 9) ? date : undefined) : date;
    const keyLocation = anaphoric ? own : location;
    // "the offensive on Avdiivka": a war's name with a town of its own is a battle there.
    const naming = isWarNaming(scene, m) && !(m.entry.id === 'invasion' && location && location.precision !== 'country' && ownPhrase(scene, m, scene.tokenOf(location.expression.start), 6));
    const recurring = !naming && isRecurring(scene, m);
    const distinct = recurring || (!naming && isAnother(scene, m));
    let joined: Building | undefined;
    for (let k = distinct ? -1 : built.length - 1; k >= 0; k--) {
      const b = built[k]!;
      if (b.distinct) continue;
      // A war's name joins only the war: named before, or reported ("Russia attacked Ukraine": an
      // attack on a whole country), never an event in a town it is the background of.
      if (naming && !b.naming && b.entry.id !== 'invasion' && b.event.location?.precision !== 'country') continue;
      if (compatible(b.entry, b.event.date, b.event.location, m.entry, keyDate, keyLocation)) {
        joined = b;
        break;
      }
    }
    if (joined) absorb(joined, m, roles, voice, anaphoric, naming);
    else {
      joined = { event: newEvent(`ev${built.length + 1}`, m, roles, voice), entry: m.entry, last: m, distinct, naming };
      // A pattern has no one date: the dates near it ("since February 2022") bound it, they do not date it.
      if (recurring) joined.event.recurring = true;
      built.push(joined);
    }
    const fresh = joined.event.mentions.length === 1;
    if (date && !joined.event.date && !joined.event.recurring && (fresh || !anaphoric)) joined.event.date = date;
    if (location && !joined.event.location && (fresh || !anaphoric)) joined.event.location = location;
    // The place itself over a point of reference ("near Kharkiv" in the headline, then "the Zmiiv plant").
    else if (location && joined.event.location && !anaphoric && isReferencePoint(joined.event.location) && !isReferencePoint(location)) joined.event.location = location;
  }
  // A war only named, never reported, is no event of this article: its names are framing.
  // A toll in a sentence that only names the war ("Russia's invasion of Ukraine has displaced millions")
  // counts the war's, not an event reported elsewhere.
  const warSentences = new Set<number>();
  if (built.some((b) => b.naming)) {
    for (const b of built) if (b.naming) for (const span of b.event.mentions) warSentences.add(scene.sentence[scene.tokenOf(span.start)]!);
    built = built.filter((b) => !b.naming);
    built.forEach((b, k) => (b.event.id = `ev${k + 1}`));
  }
  const events = built.map((b) => b.event);
  for (const b of built) {
    if (!b.event.subtype) subtypeFromWeapons(b.event);
    else if (b.entry.generic) blastFromDevice(b.event);
  }
  if (dateline) locateByDateline(dateline, events);
  inheritPlaces(scene, events, dateline);
  let n = 0;
  const found = findCasualties(scene, () => `cas${++n}`);
  if (found.length > 0) findFigureChallenges(scene, found);
  for (const f of found) {
    // The casualty belongs to the event located at a place its sentence names ("seven people had been
    // killed in Kharkiv"), else to the nearest event mention in its sentence, else to the latest one
    // before it, else (a headline's toll) to the first one shortly after it.
    // A toll since a time ("have been killed in the city since the start of the war") counts a
    // period, not one event: only a pattern reported in its own sentence ("shelled daily since") takes it.
    if (warSentences.has(scene.sentence[f.start]!) && !built.some((b) => b.event.mentions.some((span) => scene.sentence[scene.tokenOf(span.start)] === scene.sentence[f.start]))) continue;
    const cumulative = sinceInSentence(scene, f.start);
    const named = cumulative ? undefined : eventAtPlaceNamed(scene, events, f.start, dateline?.location.place);
    let best: NewsEvent | undefined = named;
    let bestDistance = named ? 0 : Infinity;
    for (const b of named ? [] : built) {
      if (!countsCasualties(b.event, f.claim.kind) || (cumulative && !b.event.recurring)) continue;
      for (const span of b.event.mentions) {
        const t = scene.tokenOf(span.start);
        const sameSentence = scene.sentence[t] === scene.sentence[f.start];
        if (cumulative && !sameSentence) continue;
        const distance = sameSentence ? Math.abs(t - f.start) : t < f.start ? 1000 + f.start - t : t - f.start <= 60 ? 2000 + t - f.start : Infinity;
        if (distance < bestDistance) [best, bestDistance] = [b.event, distance];
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
  if (found.length === 0) attachCrowdSizes(scene, events, new Set());
  else {
    const used = new Set<number>();
    for (const f of found) used.add(scene.tokenOf(f.claim.figure.start));
    attachCrowdSizes(scene, events, used);
  }
  attachResponsibility(scene, events);
  // "Kupiansk has been shelled", "attacked Vuhledar": a town hit is the event's place, not a victim.
  const towns = (scene.doc.layers.places ?? []).filter((p) => p.usage === 'location' && (p.precision === 'town' || p.precision === 'site'));
  for (const e of events) {
    if (towns.length > 0) e.actors = e.actors.filter((a) => a.role !== 'victim' || !towns.some((p) => p.start === a.start && p.end === a.end));
    e.actors.sort((a, b) => a.start - b.start);
    // A dispersal's trigger names no weapon ("water cannon" reports the intervention; its "cannon" is no
    // artillery), where a strike's does ("missile strike").
    if (e.weapons.length > 0 && e.type === 'Protests') e.weapons = e.weapons.filter((w) => !e.mentions.some((m) => m.start < w.end && w.start < m.end));
  }
  return { events, casualties: found.map((f) => f.claim) };
}

export const eventsStage: Stage = {
  name: 'events',
  needs: ['tokens', 'sentences', 'tokens.pos', 'dates', 'numbers', 'quotes', 'claims'],
  provides: ['events', 'casualties'],
  version: '1',
  run(doc) {
    const scene = buildScene(doc);
    const { events, casualties } = analyseEvents(scene);
    doc.layers.events = events;
    doc.layers.casualties = casualties;
  },
};
