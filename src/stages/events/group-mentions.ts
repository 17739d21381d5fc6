/**
 * The mentions of one event become one record: each mention joins the latest earlier event it is
 * compatible with (merge-event-mentions), unless it reports another event ("new strikes"), a
 * recurring pattern ("shelled almost daily") or only names the war around an event.
 */
import type { EventDate, EventLocation } from '../../model/layers/events.js';
import type { EventScene } from './event-scene.js';
import type { TriggerMention } from './find-triggers.js';
import type { RoleSpan } from './roles/tag-roles.js';
import { findRoles, type MentionRoles } from './find-roles.js';
import { attachLocation } from './attach-location.js';
import { isWarNaming } from './war-naming.js';
import { voiceOf, type Voice } from './attach-claimants.js';
import { compatible, contestable, isReferencePoint, subtypesAgree } from './merge-event-mentions.js';
import { weaponSubtype } from './refine-subtypes.js';
import { contradicts } from './contradicting-claimants.js';
import { absorb, newEvent, type Building } from './build-events.js';
import { isAnaphoric, isAnother, isRecurring, ownPhrase } from './classify-mentions.js';
import { dateBeforeEvent, possessiveDateOf } from './date-before-event.js';

/** The lexicon entry of armed clashes ("firefight", "exchange of fire"). */
const ARMED_CLASH = 'armed-clash';
/** A shooting that begins an exchange ("opened fire"), which an armed clash told before takes in. */
const OPENED_FIRE = /^open(?:ed|s)? fire$/i;

/** Groups the mentions (in article order) into events, with the dates and the dateline place found for them. */
export function groupMentions(scene: EventScene, mentions: readonly TriggerMention[], tagged: readonly RoleSpan[], dates: ReadonlyMap<TriggerMention, EventDate>, dateline: EventLocation | undefined): Building[] {
  const built: Building[] = [];
  // The events by their latest mention, the most recent last: a mention refers to the event told last
  // ("Drones struck Odesa ... No one was hurt in the attack" after a headline naming Nikopol's shelling).
  const recent: Building[] = [];
  for (const m of mentions) {
    const roles = findRoles(scene, m, tagged);
    const voice = voiceOf(scene, m.start, m.end);
    const date = dateBeforeEvent(scene, m, mentions, dates) ?? dates.get(m);
    const location = attachLocation(scene, m, roles.actors, dateline);
    // A mention that refers back ("the strikes", "the shelling") joins the event it names whatever
    // place or date its own sentence mentions, unless it names its own place ("the shelling of Donetsk").
    const anaphoric = isAnaphoric(scene, m);
    // Its own place and date are those of its noun phrase: "the shelling of a market in Donetsk on Sunday".
    const own = location && ownPhrase(scene, m, scene.tokenOf(location.expression.start), 6) ? location : undefined;
    const keyDate = anaphoric ? (date && (ownPhrase(scene, m, scene.tokenOf(date.expression.start), 9) || possessiveDateOf(scene, m, date)) ? date : undefined) : date;
    const keyLocation = anaphoric ? own : location;
    // "the offensive on Avdiivka": a war's name with a town of its own is a battle there.
    const naming = isWarNaming(scene, m) && !(m.entry.id === 'invasion' && location && location.precision !== 'country' && ownPhrase(scene, m, scene.tokenOf(location.expression.start), 6));
    const recurring = !naming && isRecurring(scene, m);
    const distinct = recurring || (!naming && isAnother(scene, m));
    // "Azerbaijani units opened fire on Armenian positions" after "an exchange of fire on their border":
    // one side's account of how the clash began, not an attack of its own.
    const opensFire = m.entry.generic === true && OPENED_FIRE.test(m.span.text);
    let joined: Building | undefined;
    for (let k = distinct ? -1 : recent.length - 1; k >= 0; k--) {
      const b = recent[k]!;
      if (b.distinct) continue;
      // A war's name joins only the war: named before, or reported ("Russia attacked Ukraine": an
      // attack on a whole country), never an event in a town it is the background of.
      if (naming && !b.naming && b.entry.id !== 'invasion' && b.event.location?.precision !== 'country') continue;
      if (weaponsDisagree(b, m, roles)) continue;
      if (compatible(b.entry, b.event.date, b.event.location, m.entry, keyDate, keyLocation) || (opensFire && b.entry.id === ARMED_CLASH && compatible(b.entry, b.event.date, b.event.location, b.entry, keyDate, keyLocation)) || (b.accounts !== undefined && (keyLocation !== undefined || m.sentence - b.last.sentence <= ACCOUNT_SENTENCES) && b.accounts.some((a) => compatible(a, b.event.date, b.event.location, m.entry, keyDate, keyLocation)))) {
        joined = b;
        break;
      }
    }
    // Another side's account of an event just told ("its aircraft bombed a depot in Kharkiv"; "Ukraine
    // said the missile hit an apartment block"): one event with both claimants, not two events.
    if (!joined && !distinct && !naming) {
      joined = counterAccountOf(scene, built, m, keyDate, keyLocation, voice);
      if (joined) (joined.accounts ??= []).push(m.entry);
    }
    if (joined) {
      absorb(joined, m, roles, voice, anaphoric, naming);
      recent.splice(recent.indexOf(joined), 1);
    } else {
      // `accounts` present from the start, as every field of the event: one hidden class (layer-objects.ts).
      joined = { event: newEvent(`ev${built.length + 1}`, m, roles, voice), entry: m.entry, last: m, distinct, naming, accounts: undefined };
      // A pattern has no one date: the dates near it ("since February 2022") bound it, they do not date it.
      if (recurring) joined.event.recurring = true;
      built.push(joined);
    }
    recent.push(joined);
    const fresh = joined.event.mentions.length === 1;
    if (date && !joined.event.date && !joined.event.recurring && (fresh || !anaphoric)) joined.event.date = date;
    if (location && !joined.event.location && (fresh || !anaphoric)) joined.event.location = location;
    // The place itself over a point of reference ("near Kharkiv" in the headline, then "the Zmiiv plant").
    else if (location && joined.event.location && !anaphoric && isReferencePoint(joined.event.location) && !isReferencePoint(location)) joined.event.location = location;
  }
  return built;
}

/**
 * Whether a generic strike's weapon says another kind of strike than the specific one it would join
 * ("a drone struck a substation" and "artillery shells hit a school": an air/drone strike and a
 * shelling, two events however close in place and time).
 */
function weaponsDisagree(b: Building, m: TriggerMention, roles: MentionRoles): boolean {
  const [generic, weapons, specific] = b.entry.generic && !m.entry.generic ? [b.entry, b.event.weapons, m.entry] : m.entry.generic && !b.entry.generic ? [m.entry, roles.weapons, b.entry] : [];
  if (!generic || generic.type !== STRIKE_TYPE || specific!.type !== STRIKE_TYPE || !specific!.subtype) return false;
  const implied = weaponSubtype(weapons!);
  return implied !== undefined && !subtypesAgree(implied, specific!.subtype);
}

/** The ACLED type of strikes, whose sub-type a weapon tells. */
const STRIKE_TYPE = 'Explosions/Remote violence';

/** How many sentences after an event's latest mention another side's account without a place of its own may come. */
const ACCOUNT_SENTENCES = 2;

/** The event whose account mention `m` contradicts: same place and time, another violent sub-type, contradicting claimants. */
function counterAccountOf(scene: EventScene, built: readonly Building[], m: TriggerMention, date: EventDate | undefined, location: EventLocation | undefined, voice: Voice): Building | undefined {
  for (let k = built.length - 1; k >= 0; k--) {
    const b = built[k]!;
    if (b.distinct || b.naming || b.event.recurring) continue;
    if (!location && m.sentence - b.last.sentence > ACCOUNT_SENTENCES) continue;
    if (contestable(b.entry, b.event.date, b.event.location, m.entry, date, location) && contradicts(scene, b.event, voice)) return b;
  }
  return undefined;
}
