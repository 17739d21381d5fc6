/**
 * The word tables of find-toponyms, built once from the `toponym-cues` lexicon (docs/lexicons.md): the
 * heads that make a name no settlement, the heads after a name that make it a part of a town, the words
 * only a place follows, and the verbs of hitting or taking whose object is a place. Given names come
 * from the entities stage's table (`entityLexicons().givenNames`), not from a copy of their own.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import { entityLexicons } from '../entities/lexicons.js';

interface ToponymCueEntry extends LexiconEntry {
  use: 'not-settlement-head' | 'part-head' | 'strong-locative' | 'hit-before' | 'hit-after';
}

export interface ToponymCues {
  /** Last words of a name, as written, that make it no settlement ("Sea", "Strip", "Oblast"). */
  notSettlementHeads: Set<string>;
  /** Lower-case words after a name that make it a part of a town or no town ("district", "river"). */
  partHeads: Set<string>;
  /** Words only a place follows, at the end of the text before a name ("near ", "the village of "). */
  strongLocative: RegExp;
  /** Lower-case verbs of hitting or taking right before a name ("shelled"). */
  hitBefore: Set<string>;
  /** The same verbs after "was/has" and an optional "been", at the start of the text after it. */
  hitAfter: RegExp;
  /** Lower-case given names (from the entities lexicon table). */
  givenNames: Set<string>;
}

let cues: ToponymCues | undefined;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The tables, built on first use. */
export function toponymCues(): ToponymCues {
  if (cues) return cues;
  const entries = loadLexicon<ToponymCueEntry>('toponym-cues').entries;
  const terms = (use: ToponymCueEntry['use']): string[] => entries.filter((e) => e.use === use).flatMap((e) => e.terms);
  const locative = terms('strong-locative');
  const words = locative.filter((t) => !t.includes(' ')).map(escape);
  const phrases = locative.filter((t) => t.includes(' ')).map(escape);
  cues = {
    notSettlementHeads: new Set(terms('not-settlement-head')),
    partHeads: new Set(terms('part-head').map((t) => t.toLowerCase())),
    strongLocative: new RegExp(`(?:\\b(?:${words.join('|')})|\\b(?:${phrases.join('|')}))\\s+$`, 'i'),
    hitBefore: new Set(terms('hit-before').map((t) => t.toLowerCase())),
    hitAfter: new RegExp(`^\\s+(?:been\\s+)?(?:${terms('hit-after').map(escape).join('|')})\\b`, 'i'),
    givenNames: new Set([...entityLexicons().givenNames.keys()].map((t) => t.toLowerCase())),
  };
  return cues;
}

/** The last run of ASCII word characters of a name (the word a `\b...$` pattern would test). */
const LAST_WORD = /[A-Za-z0-9_]+$/;

/** Whether a name ends in a head that makes it no settlement ("Black Sea", "Gaza Strip"). */
export function hasNotSettlementHead(name: string): boolean {
  const last = LAST_WORD.exec(name)?.[0];
  return last !== undefined && toponymCues().notSettlementHeads.has(last);
}
