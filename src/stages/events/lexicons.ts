/**
 * The events stage's lexicons, typed, with their matchers. Loaded once, on first use, so that
 * importing the stage costs nothing until a document is analysed.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { TermMatcher } from './match-terms.js';
import { ROLE_LEXICONS } from './roles/role-lexicon.js';

/** The index of a lexicon in the role tagger's ROLE_LEXICONS: its matchers skip words its terms never start with. */
const role = (name: (typeof ROLE_LEXICONS)[number]): number => ROLE_LEXICONS.indexOf(name);

/** An event trigger: an ACLED type, a sub-type unless `generic`, and an optional finer kind. */
export interface TriggerEntry extends LexiconEntry {
  type: string;
  subtype?: string;
  generic?: boolean;
  drone?: boolean;
  kind?: string;
}

export interface WeaponEntry extends LexiconEntry {
  category: string;
}

export interface CasualtyEntry extends LexiconEntry {
  kind: 'killed' | 'injured' | 'missing' | 'detained' | 'displaced';
  form: 'after' | 'before' | 'toll';
}

export interface ActorNounEntry extends LexiconEntry {
  role: 'perpetrator' | 'victim' | 'group';
  group?: 'civilians' | 'combatants';
  kind?: 'individual' | 'organisation';
}

export interface TargetNounEntry extends LexiconEntry {
  category: string;
}

export interface EventLexicons {
  triggers: TermMatcher<TriggerEntry>;
  weapons: TermMatcher<WeaponEntry>;
  /** All casualty words (for the role tagger's features), and per form for find-casualties. */
  casualties: TermMatcher<CasualtyEntry>;
  casualtiesAfter: TermMatcher<CasualtyEntry>;
  casualtiesBefore: TermMatcher<CasualtyEntry>;
  casualtyTolls: TermMatcher<CasualtyEntry>;
  actors: TermMatcher<ActorNounEntry>;
  /** Nouns that say who a casualty figure counts (civilians, soldiers, people). */
  groups: TermMatcher<ActorNounEntry>;
  /** Nouns for perpetrators, with their MUC-4 kind. */
  perpetrators: TermMatcher<ActorNounEntry>;
  targets: TermMatcher<TargetNounEntry>;
}

let cached: EventLexicons | undefined;

/**
 * The entries with the optional fields `fields` present on every one, first and in this order (absent
 * ones undefined), then the rest as written: entries of one lexicon then share one hidden class. As
 * parsed, the trigger entries had 5 (an optional field only on some, in varying places) and the
 * actor nouns 4, so each rule reading `entry.generic` or `entry.kind` across them was megamorphic.
 */
function inOneShape<E extends LexiconEntry>(entries: readonly E[], fields: readonly string[]): E[] {
  return entries.map((e) => {
    const out: Record<string, unknown> = { id: e.id };
    for (const f of fields) out[f] = e[f];
    for (const [k, v] of Object.entries(e)) if (!(k in out)) out[k] = v;
    return out as E;
  });
}

/** The matchers for the five event lexicons, built on first call. */
export function eventLexicons(): EventLexicons {
  if (cached) return cached;
  const casualties = inOneShape(loadLexicon<CasualtyEntry>('casualty-terms').entries, ['kind', 'form', 'roleTaggerEntry']);
  const actors = inOneShape(loadLexicon<ActorNounEntry>('event-actor-nouns').entries, ['role', 'group', 'kind']);
  cached = {
    triggers: new TermMatcher(inOneShape(loadLexicon<TriggerEntry>('event-triggers').entries, ['type', 'subtype', 'generic', 'drone', 'kind']), role('event-triggers')),
    weapons: new TermMatcher(loadLexicon<WeaponEntry>('weapons').entries, role('weapons')),
    casualties: new TermMatcher(casualties, role('casualty-terms')),
    casualtiesAfter: new TermMatcher(casualties.filter((e) => e.form === 'after'), role('casualty-terms')),
    casualtiesBefore: new TermMatcher(casualties.filter((e) => e.form === 'before'), role('casualty-terms')),
    casualtyTolls: new TermMatcher(casualties.filter((e) => e.form === 'toll'), role('casualty-terms')),
    actors: new TermMatcher(actors, role('event-actor-nouns')),
    groups: new TermMatcher(actors.filter((e) => e.role === 'group'), role('event-actor-nouns')),
    perpetrators: new TermMatcher(actors.filter((e) => e.role === 'perpetrator'), role('event-actor-nouns')),
    targets: new TermMatcher(loadLexicon<TargetNounEntry>('event-target-nouns').entries, role('event-target-nouns')),
  };
  return cached;
}
