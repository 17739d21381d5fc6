/**
 * One event record built from its mentions: the first mention makes it, each later mention of the
 * same event adds its words, roles and voice (claimants, claims, quotes, positions).
 */
import type { Claimant, NewsEvent } from '../../model/layers/events.js';
import type { TriggerMention } from './find-triggers.js';
import type { MentionRoles } from './find-roles.js';
import { combineStatus, type Voice } from './attach-claimants.js';
import { moreSpecific } from './merge-event-mentions.js';
import { addVoicePositions } from './attach-positions.js';

export interface Building {
  event: NewsEvent;
  entry: TriggerMention['entry'];
  last: TriggerMention;
  /** Another event than those before it ("new strikes", "shelled almost daily"): nothing joins it. */
  distinct: boolean;
  /** Every mention so far names the war rather than reports an event in it ("the special military operation"). */
  naming: boolean;
  /** The entries of other sides' accounts joined to it ("the missile hit" after "its aircraft bombed"): later mentions of them join too. */
  accounts?: TriggerMention['entry'][];
}

export function sameClaimant(a: Claimant, b: Claimant): boolean {
  return a.kind === b.kind && (a.kind === 'outlet' || (b.kind === 'source' && a.name === b.name));
}

export function newEvent(id: string, m: TriggerMention, roles: MentionRoles, voice: Voice): NewsEvent {
  // Every field in one order, absent ones undefined (layer-objects.ts: one hidden class; stripped when written).
  const event: NewsEvent = {
    id,
    stage: 'events',
    rule: `trigger:${m.entry.id}`,
    type: m.entry.type,
    subtype: m.entry.subtype || undefined,
    kind: m.entry.kind || (m.entry.drone ? 'drone' : undefined),
    recurring: undefined,
    trigger: m.span,
    mentions: [m.span],
    date: undefined,
    location: undefined,
    actors: roles.actors,
    weapons: roles.weapons,
    targets: roles.targets,
    casualties: [],
    crowd: undefined,
    attribution: { status: voice.status, claimants: voice.topic ? [] : [voice.claimant], claims: voice.claims, quotes: voice.quotes, positions: [] },
  };
  if (!voice.topic || voice.stance === 'disputes') addVoicePositions(event, voice, m.span);
  return event;
}

export function absorb(target: Building, m: TriggerMention, roles: MentionRoles, voice: Voice, anaphoric: boolean, naming: boolean): void {
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
