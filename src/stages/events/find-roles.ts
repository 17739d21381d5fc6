/**
 * Finds who and what took part in one event mention: perpetrators ("by Ukrainian forces", "Russia
 * attacked", "Moscow's recognition"), targets and victims ("attacked the neighboring state", "strikes
 * hitting a busy market and a maternity hospital", "strikes on civilians"), weapons (weapons.json
 * near the trigger) and, to fill the gaps, the MUC-4 role tagger's spans in the same sentence.
 */
import type { EventActor, EventSite, EventWeapon } from '../../model/layers/events.js';
import { type EventScene, covering, firstInside, overlapsAny, phraseBefore, phraseFrom } from './event-scene.js';
import type { TriggerMention } from './find-triggers.js';
import { eventLexicons } from './lexicons.js';
import { voiceOf } from './attach-claimants.js';
import { firstEndingAfter } from '../../model/text-index.js';
import type { RoleSpan } from './roles/tag-roles.js';
import { isPossessiveS } from '../structure/possessive-marks.js';
import { lexiconMatchesIn } from './lexicon-window.js';
import { LEX_WEAPON } from './roles/role-lexicon.js';
import { startsUpperCase } from '../entities/letter-tests.js';

export interface MentionRoles {
  actors: EventActor[];
  weapons: EventWeapon[];
  targets: EventSite[];
}

const PASSIVE = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got']);
const SKIP_BEFORE_VERB = new Set(['reportedly', 'allegedly', 'have', 'has', 'had', 'also', 'then', 'again', 'repeatedly', 'later', 'deliberately', 'themselves', 'itself']);
const HIT_VERBS = new Set(['hitting', 'hit', 'struck', 'striking', 'targeting', 'targeted', 'damaging', 'damaged', 'destroying', 'destroyed', 'on', 'against', 'at', 'outside', 'near']);
/** Words that open a figure with a qualifier ("more than 50", "at least 12", "up to 10"). */
const FIGURE_START = new Set(['more', 'at', 'up', 'about', 'nearly', 'almost', 'over', 'some', 'fewer', 'less', 'around', 'roughly', 'approximately', 'no']);
/** Words before a participle that make it a noun ("those detained", "the wounded"). */
const NOMINAL_USE = new Set(['those', 'the']);
/** Capitalised only at the start of a sentence: no name. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'that', 'its', 'their', 'his', 'her', 'our', 'some', 'many', 'several']);
/** "at least 27 people" is a figure, not a place hit. */
const AT_FIGURE = new Set(['least', 'most']);
/** Prepositions of a phrase that modifies the noun before it ("the town near the border"). */
const NOUN_PP = new Set(['near', 'in', 'of', 'outside', 'on', 'at', 'by', 'close']);
const NON_VIOLENT = new Set(['Strategic developments', 'Protests']);
const ED_END = /ed$/;
/** Tags of a word that belongs to the weapon phrase before it ("Russian", "Grad" rockets). */
const MODIFIER_TAG = /^(?:JJ|NNP)/;

/** Finds the roles of one trigger mention; `tagged` are the role tagger's spans for the document. */
export function findRoles(scene: EventScene, mention: TriggerMention, tagged: readonly RoleSpan[]): MentionRoles {
  const lex = eventLexicons();
  const w = scene.words;
  const s = mention.sentence;
  const roles: MentionRoles = { actors: [], weapons: [], targets: [] };
  const taken: Array<[number, number]> = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || y <= a);
  const nonViolent = NON_VIOLENT.has(mention.entry.type);
  const agentRole = nonViolent ? 'participant' : 'perpetrator';
  // People acted upon are victims of violence and of arrests; what is recognised or agreed is a target.
  const victimRole = !nonViolent || mention.entry.subtype === 'Arrests' ? 'victim' : 'target';

  const isActor = (a: number, b: number): boolean => {
    if (lex.perpetrators.anyIn(w, a, b) || lex.actors.anyIn(w, a, b)) return true;
    const { mentions, places } = scene.doc.layers;
    const start = scene.tokens[a]!.start;
    const end = scene.tokens[b - 1]!.end;
    // A demonym modifying another noun ("the Russian border") names no one; "the Russians" does.
    const modifier = modifierDemonym(scene, start, end);
    if (!modifier) {
      if (overlapsAny(mentions, start, end) || overlapsAny(places, start, end)) return true;
    } else if (b - a > 1 && (overlapsAny(mentions, start, modifier.start) || overlapsAny(mentions, modifier.end, end))) return true;
    // A capitalised word in mixed-case text names someone ("Russia attacked"); in all-capitals or
    // lower-case text capitals say nothing, and the lexicons and the tagger decide alone.
    // A weapon is no one, even capitalised at the start of a sentence ("Artillery shells hit").
    if (scene.mixedCase && capitalisedName(scene, a, b, modifier) && lex.weapons.matchAt(w, a, b)?.end !== b) return true;
    return tagged.some((t) => t.start < b && a < t.end && (t.role === 'PerpInd' || t.role === 'PerpOrg' || t.role === 'Victim'));
  };
  const kindOf = (a: number, b: number): 'individual' | 'organisation' => {
    const head = lex.perpetrators.lastIn(w, a, b);
    if (head?.entry.kind) return head.entry.kind;
    const m = covering(scene.doc.layers.mentions, scene.tokens[a]!.start, scene.tokens[b - 1]!.end);
    return m?.type === 'person' ? 'individual' : 'organisation';
  };
  const addActor = (role: EventActor['role'], a: number, b: number, rule: string): void => {
    if (!free(a, b)) return;
    taken.push([a, b]);
    const span = scene.span(a, b);
    const actor: EventActor = { start: span.start, end: span.end, text: span.text, role, rule };
    if (role === 'perpetrator') actor.kind = kindOf(a, b);
    const mention = firstInside(scene.doc.layers.mentions, scene.tokens[a]!.start, scene.tokens[b - 1]!.end);
    if (mention) actor.entity = mention.entity;
    const voice = voiceOf(scene, a, b);
    if (voice.alleged) {
      actor.alleged = true;
      if (voice.claimant.kind === 'source') actor.allegedBy = voice.claimant;
    }
    roles.actors.push(actor);
  };
  const addSiteOrVictim = (a: number, b: number, rule: string): void => {
    if (!free(a, b)) return;
    const site = lex.targets.lastIn(w, a, b);
    const headIsSite = site && site.end === b;
    if (headIsSite) {
      taken.push([a, b]);
      const span = scene.span(a, b);
      roles.targets.push({ start: span.start, end: span.end, text: span.text, category: site.entry.category, rule });
    } else if (lex.actors.lastIn(w, a, b)?.end === b || lex.groups.lastIn(w, a, b)?.end === b) {
      addActor(nonViolent ? 'target' : 'victim', a, b, rule);
    }
  };
  const addCoordinated = (from: number, rule: string, add: (a: number, b: number, rule: string) => void): void => {
    for (let i = from, n = 0; n < 4; n++) {
      const phrase = phraseFrom(scene, i);
      if (!phrase) return;
      add(phrase[0], phrase[1], rule);
      if ((w[phrase[1]] === 'and' || w[phrase[1]] === ',') && scene.sentence[phrase[1]] === s) i = phrase[1] + 1;
      else return;
    }
  };

  // "blamed the Rapid Support Forces for the shelling": the one blamed is the alleged perpetrator.
  if (!nonViolent) addBlamed(scene, mention, addActor, isActor);
  // Agent after "by", near the trigger.
  for (let i = Math.max(0, mention.start - 6); i < Math.min(w.length, mention.end + 8); i++) {
    if (w[i] !== 'by' || scene.sentence[i] !== s) continue;
    const phrase = phraseFrom(scene, i + 1);
    if (phrase && isActor(phrase[0], phrase[1])) addActor(agentRole, phrase[0], phrase[1], 'by-agent');
  }
  const verbal = scene.tokens[mention.end - 1]!.pos?.startsWith('VB') ?? ED_END.test(w[mention.end - 1]!);
  let before = mention.start;
  while (before > 0 && SKIP_BEFORE_VERB.has(w[before - 1]!)) before--;
  if (verbal && !PASSIVE.has(w[before - 1] ?? '')) {
    // Subject before an active verb; object after it.
    const subject = phraseBefore(scene, before);
    if (subject && scene.sentence[subject[0]] === s && isActor(subject[0], subject[1])) addActor(agentRole, subject[0], subject[1], 'subject-agent');
    else if (subject && scene.sentence[subject[0]] === s && !nonViolent) addWeaponOwner(scene, subject, roles, lex.weapons.lastIn(w, subject[0], subject[1])?.end === subject[1]);
    // "those detained faced charges": a participle used as a noun has no object after it, nor has a
    // verb followed by another verb.
    // A figure ("more than 50 people") is left to the casualty claims, which keep its qualifier.
    const object = (mention.start > 0 && NOMINAL_USE.has(w[mention.start - 1]!)) || scene.tokens[mention.end]?.pos?.startsWith('VB') || FIGURE_START.has(w[mention.end] ?? '') ? undefined : phraseFrom(scene, mention.end);
    if (object) {
      const site = lex.targets.lastIn(w, object[0], object[1]);
      if (site && site.end === object[1]) addCoordinated(object[0], 'object', addSiteOrVictim);
      else if (isActor(object[0], object[1]) || nonViolent) addActor(victimRole, object[0], object[1], 'object');
    }
  } else if (verbal) {
    // Passive: "the market was allegedly shelled" — the subject is what was hit.
    let k = before - 1;
    while (k > 0 && (PASSIVE.has(w[k - 1]!) || SKIP_BEFORE_VERB.has(w[k - 1]!))) k--;
    let subject = phraseBefore(scene, k);
    // "The town near the border has been shelled": the head noun comes before the prepositional phrase.
    if (subject && NOUN_PP.has(w[subject[0] - 1] ?? '') && scene.sentence[subject[0] - 1] === s) subject = phraseBefore(scene, subject[0] - 1) ?? subject;
    if (subject && scene.sentence[subject[0]] === s) {
      const site = lex.targets.lastIn(w, subject[0], subject[1]);
      if (site && site.end === subject[1]) addSiteOrVictim(subject[0], subject[1], 'passive-subject');
      else if (isActor(subject[0], subject[1])) addActor(victimRole, subject[0], subject[1], 'passive-subject');
    }
  } else {
    // "Moscow's eventual recognition": the possessor is the agent.
    for (let i = mention.start - 1; i >= 0 && mention.start - i <= 3 && scene.sentence[i] === s; i--) {
      if (isPossessiveS(w[i]!)) {
        const owner = phraseBefore(scene, i, 3);
        // "Tuesday's missile strike": a date owns nothing.
        if (owner && !overlapsAny(scene.doc.layers.dates, scene.tokens[owner[0]]!.start, scene.tokens[owner[1] - 1]!.end) && isActor(owner[0], owner[1])) addActor(agentRole, owner[0], owner[1], 'possessor-agent');
        break;
      }
    }
    // "recognition of the republics", "shelling of civilian facilities".
    if (w[mention.end] === 'of') {
      const object = phraseFrom(scene, mention.end + 1);
      if (object) {
        const site = lex.targets.lastIn(w, object[0], object[1]);
        if (site && site.end === object[1]) addSiteOrVictim(object[0], object[1], 'of-object');
        // "the shelling of Donetsk": a place is where it happened, not a victim.
        else if (nonViolent || (isActor(object[0], object[1]) && !isPlace(scene, object))) addActor(victimRole, object[0], object[1], 'of-object');
      }
    }
  }
  // Sites and victims after "hitting", "on", "against" within the clause after the trigger.
  // A protest "outside the government building" hits nothing: only violence has sites hit.
  for (let i = mention.end; !nonViolent && i < Math.min(w.length, mention.end + 6) && scene.sentence[i] === s; i++) {
    if (HIT_VERBS.has(w[i]!) && !(w[i] === 'at' && AT_FIGURE.has(w[i + 1]!))) addCoordinated(i + 1, `hit-${w[i]}`, addSiteOrVictim);
  }
  // Weapons near the trigger, in the sentence. Arrests, agreements and protests have none ("faced
  // administrative charges"), and the crowd-control means that make a protest one with intervention
  // ("water cannon", "rubber bullets") are its trigger, not a weapon.
  const armed = !nonViolent || mention.entry.id === 'protest-intervention';
  for (const m of armed ? lexiconMatchesIn(scene, LEX_WEAPON, lex.weapons, Math.max(0, mention.start - 10), Math.min(w.length, mention.end + 10)) : []) {
    if (scene.sentence[m.start] !== s || !free(m.start, m.end)) continue;
    if (nonViolent && m.start < mention.end && mention.start < m.end) continue;
    let a = m.start;
    while (a > 0 && scene.sentence[a - 1] === s && MODIFIER_TAG.test(scene.tokens[a - 1]!.pos ?? '') && m.start - a < 2) a--;
    taken.push([a, m.end]);
    const span = scene.span(a, m.end);
    const weapon: EventWeapon = { start: span.start, end: span.end, text: span.text, category: m.entry.category, rule: `weapon:${m.entry.id}` };
    if (voiceOf(scene, a, m.end).alleged) weapon.alleged = true;
    roles.weapons.push(weapon);
  }
  // The role tagger's spans fill what the rules missed, in the same sentence.
  for (const t of tagged) {
    if (scene.sentence[t.start] !== s || Math.abs(t.start - mention.start) > 15 || !free(t.start, t.end)) continue;
    if (t.role === 'PerpInd' || t.role === 'PerpOrg') {
      addActor(agentRole, t.start, t.end, `tagger:${t.role}`);
      const actor = roles.actors[roles.actors.length - 1];
      if (actor && actor.rule === `tagger:${t.role}` && agentRole === 'perpetrator') actor.kind = t.role === 'PerpInd' ? 'individual' : 'organisation';
    } else if (t.role === 'Victim') addActor(victimRole === 'target' ? 'victim' : victimRole, t.start, t.end, 'tagger:Victim');
    else if (t.role === 'Target') {
      taken.push([t.start, t.end]);
      const site = lex.targets.lastIn(w, t.start, t.end);
      const span = scene.span(t.start, t.end);
      roles.targets.push({ start: span.start, end: span.end, text: span.text, category: site?.entry.category ?? 'other', rule: 'tagger:Target' });
    } else if (t.role === 'Weapon') {
      taken.push([t.start, t.end]);
      const m = lex.weapons.lastIn(w, t.start, t.end);
      const span = scene.span(t.start, t.end);
      roles.weapons.push({ start: span.start, end: span.end, text: span.text, category: m?.entry.category ?? 'other', rule: 'tagger:Weapon' });
    }
  }
  return roles;
}

/**
 * Whether a token of `[a, b)` starts with a capital and is no determiner ("The") and not inside the
 * demonym `modifier`: in mixed-case text such a word names someone ("Russia attacked"). Character codes
 * and the scene's lower-cased word, not /^\p{Lu}/u and toLowerCase() on the token (two-byte on most
 * texts: both call into C++).
 */
function capitalisedName(scene: EventScene, a: number, b: number, modifier: { start: number; end: number } | undefined): boolean {
  for (let k = a; k < b; k++) {
    const t = scene.tokens[k]!;
    if (startsUpperCase(t.text) && !DETERMINERS.has(scene.words[k]!) && !(modifier && modifier.start <= t.start && t.end <= modifier.end)) return true;
  }
  return false;
}

/** The place written as a demonym that modifies a noun inside `[start, end)` ("Russian" in "the Russian border"). */
function modifierDemonym(scene: EventScene, start: number, end: number): { start: number; end: number } | undefined {
  const places = scene.doc.layers.places;
  if (!places) return undefined;
  for (let i = firstEndingAfter(places, start); i < places.length && places[i]!.start < end; i++) {
    const p = places[i]!;
    if (p.end < end && p.rule.startsWith('demonym')) return p;
  }
  return undefined;
}

/**
 * "Ukrainian artillery allegedly struck": a weapon that does the striking, owned by a nation, names the
 * perpetrator by its demonym. The actor is added without taking the tokens, so the weapon stays whole.
 */
function addWeaponOwner(scene: EventScene, subject: [number, number], roles: MentionRoles, headIsWeapon: boolean): void {
  if (!headIsWeapon) return;
  const start = scene.tokens[subject[0]]!.start;
  const owner = modifierDemonym(scene, start, scene.tokens[subject[1] - 1]!.end);
  if (!owner) return;
  const a = scene.tokenOf(owner.start);
  const b = scene.tokenOf(owner.end - 1) + 1;
  const span = scene.span(a, b);
  const actor: EventActor = { start: span.start, end: span.end, text: span.text, role: 'perpetrator', rule: 'weapon-owner', kind: 'organisation' };
  const voice = voiceOf(scene, a, b);
  if (voice.alleged) {
    actor.alleged = true;
    if (voice.claimant.kind === 'source') actor.allegedBy = voice.claimant;
  }
  roles.actors.push(actor);
}

const BLAME = new Set(['blamed', 'blames', 'blame', 'blaming', 'held', 'holds']);
/** Words between "for" and the trigger ("for the deadly strike", "for Sunday's shelling"). */
const FOR_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'its', 'their', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', "'s", '’s', 'latest', 'deadly']);

/**
 * "X blamed Y for the strike", "held Y responsible for the attack", "the attack ..., blaming Y": Y as
 * perpetrator of the mention.
 */
function addBlamed(scene: EventScene, mention: TriggerMention, add: (role: EventActor['role'], a: number, b: number, rule: string) => void, isActor: (a: number, b: number) => boolean): void {
  const w = scene.words;
  // "A drone attack set a depot on fire, officials said, blaming the neighbouring country's forces."
  for (let i = mention.end; i < Math.min(w.length, mention.end + 16) && scene.sentence[i] === mention.sentence; i++) {
    if (!BLAME.has(w[i]!) || w[i] === 'held' || w[i] === 'holds') continue;
    const blamed = phraseFrom(scene, i + 1);
    if (blamed && w[blamed[1]] !== 'for' && isActor(blamed[0], blamed[1])) add('perpetrator', blamed[0], blamed[1], 'blamed');
    break;
  }
  let k = mention.start - 1;
  while (k > 0 && mention.start - k <= 3 && FOR_DETERMINERS.has(w[k]!)) k--;
  if (k < 0 || w[k] !== 'for') return; // w[-1] would be looked up as a property name, in the runtime
  let end = k;
  if (w[end - 1] === 'responsible') end--;
  const blamed = phraseBefore(scene, end);
  if (!blamed || scene.sentence[blamed[0]] !== mention.sentence) return;
  if (blamed[0] === 0 || !BLAME.has(w[blamed[0] - 1]!)) return;
  // "blamed Ukrainian artillery for the strike": the weapon stands for those who fired it.
  if (!isActor(blamed[0], blamed[1]) && eventLexicons().weapons.lastIn(w, blamed[0], blamed[1])?.end !== blamed[1]) return;
  add('perpetrator', blamed[0], blamed[1], 'blamed-for');
}

/** Whether a phrase is a place used as a location, and nothing more ("Donetsk", "the city of Kharkiv"). */
function isPlace(scene: EventScene, phrase: [number, number]): boolean {
  const end = scene.tokens[phrase[1] - 1]!.end;
  const p = covering(scene.doc.layers.places, scene.tokens[phrase[1] - 1]!.start, end);
  return p !== undefined && p.usage === 'location' && p.end === end && !p.rule.startsWith('demonym');
}
