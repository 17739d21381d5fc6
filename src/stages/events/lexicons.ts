/**
 * The events stage's lexicons, typed, with their matchers. Loaded once, on first use, so that
 * importing the stage costs nothing until a document is analysed.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { TermMatcher } from './match-terms.js';

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
  form: 'after' | 'noun';
}

export interface ActorNounEntry extends LexiconEntry {
  role: 'perpetrator' | 'victim' | 'group';
  group?: 'civilians' | 'combatants';
}

export interface TargetNounEntry extends LexiconEntry {
  category: string;
}

export interface EventLexicons {
  triggers: TermMatcher<TriggerEntry>;
  weapons: TermMatcher<WeaponEntry>;
  casualties: TermMatcher<CasualtyEntry>;
  actors: TermMatcher<ActorNounEntry>;
  targets: TermMatcher<TargetNounEntry>;
}

let cached: EventLexicons | undefined;

/** The matchers for the five event lexicons, built on first call. */
export function eventLexicons(): EventLexicons {
  cached ??= {
    triggers: new TermMatcher(loadLexicon<TriggerEntry>('event-triggers').entries),
    weapons: new TermMatcher(loadLexicon<WeaponEntry>('weapons').entries),
    casualties: new TermMatcher(loadLexicon<CasualtyEntry>('casualty-terms').entries),
    actors: new TermMatcher(loadLexicon<ActorNounEntry>('event-actor-nouns').entries),
    targets: new TermMatcher(loadLexicon<TargetNounEntry>('event-target-nouns').entries),
  };
  return cached;
}
