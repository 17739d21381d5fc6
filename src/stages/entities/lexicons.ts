/**
 * The lexicons of the entities stage, loaded once and indexed for token matching: titles and roles,
 * pronouns, nominals, aliases (entity-aliases and known-organisations plus the country names of `nations`), capitals with the
 * government each stands for, metonymy cues, given names and other words of gender, and the bodies roles are held in.
 */
import { loadLexicon, type LexiconEntry } from '../../data/lexicon.js';
import type { EntityType } from '../../model/layers/entities.js';
import { PhraseIndex } from './phrase-index.js';
import { hashString } from '../pos/hash.js';
import { U32Map } from '../pos/u32-map.js';

export interface TitleEntry extends LexiconEntry { kind: 'role' | 'honorific' | 'modifier'; gender?: 'male' | 'female' }
export interface PronounEntry extends LexiconEntry { type: EntityType; gender?: 'male' | 'female' }
export interface NominalEntry extends LexiconEntry { type: EntityType; match: 'role' | 'name' | 'alias' | 'city' | 'country'; words?: string[] }
export interface AliasEntry extends LexiconEntry {
  type: EntityType;
  name: string;
  /** Its terms in capitals match only as written ("WHO", not "who"). */
  caseSensitive?: boolean;
  /** Terms that match only as written, in text with ordinary capitals: "Islamic State", not "an Islamic state". */
  asWritten?: string[];
  capitals?: string[];
}
interface NationEntry extends LexiconEntry { demonyms: string[]; capitals: string[]; government: string }
interface GivenNameEntry extends LexiconEntry { gender: 'male' | 'female' }
interface CueEntry extends LexiconEntry { position: 'before' | 'possessive' | 'subject-verb'; afterParticiple?: boolean }
interface GenderWordEntry extends LexiconEntry { gender: 'male' | 'female'; position: 'honorific' | 'apposition' }

/** An alias group: one referent's names. */
export interface AliasGroup { id: string; type: EntityType; name: string; terms: string[]; /** Its capital cities, for "its capital". */ capitals?: string[] }

export interface EntityLexicons {
  /** Title heads (role), honorifics, modifiers, by phrase. */
  titles: PhraseIndex<TitleEntry>;
  pronouns: Map<string, PronounEntry>;
  /** Hashes of the pronouns (as `EntityContext.hash`), to skip other words without a string lookup. */
  pronounHashes: U32Map;
  nominals: PhraseIndex<NominalEntry>;
  aliases: PhraseIndex<AliasGroup>;
  /** Alias groups by id (`kyiv`, `nation:ua`). */
  aliasGroups: Map<string, AliasGroup>;
  /** Normalised capital name → the government it stands for. */
  capitals: Map<string, string>;
  /** Normalised country names and demonyms → nation id (a country is not a city). */
  countries: Set<string>;
  cuesBefore: PhraseIndex<CueEntry>;
  possessiveCues: Set<string>;
  /** Words right after a capital that make it a subject ("insists", "could"), lower case. */
  subjectVerbs: Set<string>;
  /** Given names, as written, whose bearers are of one gender ("Maria" → female). */
  givenNames: Map<string, 'male' | 'female'>;
  /** Honorifics before a name ("mrs.", "sir") and words of a description after it ("mother"), lower case, with the gender they say. */
  honorificGender: Map<string, 'male' | 'female'>;
  appositionGender: Map<string, 'male' | 'female'>;
  /** Common nouns of the body a title is held in ("ministry" spokesperson), lower case. */
  roleBodies: Set<string>;
}

let cached: EntityLexicons | undefined;

/** The lexicons, loaded and indexed on first use. */
export function entityLexicons(): EntityLexicons {
  if (cached) return cached;
  const titles = new PhraseIndex<TitleEntry>();
  for (const e of loadLexicon<TitleEntry>('titles').entries) for (const t of e.terms) titles.add(t, e);
  const pronouns = new Map<string, PronounEntry>();
  const pronounHashes = new U32Map(64);
  for (const e of loadLexicon<PronounEntry>('pronouns').entries) for (const t of e.terms) { pronouns.set(t, e); pronounHashes.set(hashString(t), 1); }
  const nominals = new PhraseIndex<NominalEntry>();
  for (const e of loadLexicon<NominalEntry>('nominals').entries) for (const t of e.terms) nominals.add(t, e);
  const aliases = new PhraseIndex<AliasGroup>();
  const aliasGroups = new Map<string, AliasGroup>();
  const capitals = new Map<string, string>();
  const countries = new Set<string>();
  // known-organisations: outlets, firms and programmes the tagger takes for people ("Wells Fargo", "Zero Hedge").
  for (const e of ['entity-aliases', 'known-organisations'].flatMap((name) => loadLexicon<AliasEntry>(name).entries)) {
    const group: AliasGroup = { id: e.id, type: e.type, name: e.name, terms: e.terms };
    if (e.capitals) group.capitals = e.capitals;
    aliasGroups.set(group.id, group);
    for (const t of e.terms) aliases.add(t, group, (e.caseSensitive === true && t === t.toUpperCase()) || e.asWritten?.includes(t) === true);
  }
  for (const e of loadLexicon<NationEntry>('nations').entries) {
    const group: AliasGroup = { id: `nation:${e.id}`, type: 'place', name: e.terms[0]!, terms: e.terms, capitals: e.capitals };
    aliasGroups.set(group.id, group);
    // "US" is also "us": two-letter codes match only as written, in text with capitals.
    for (const t of e.terms) aliases.add(t, group, t.replace(/\./g, '').length <= 3);
    for (const t of e.terms) countries.add(t.toLowerCase());
    for (const c of e.capitals) capitals.set(c.toLowerCase(), e.government);
  }
  const cuesBefore = new PhraseIndex<CueEntry>();
  const possessiveCues = new Set<string>();
  const subjectVerbs = new Set<string>();
  for (const e of loadLexicon<CueEntry>('metonymy-cues').entries) {
    for (const t of e.terms) {
      if (e.position === 'before') cuesBefore.add(t, e);
      else if (e.position === 'subject-verb') subjectVerbs.add(t.toLowerCase());
      else possessiveCues.add(t.toLowerCase());
    }
  }
  const givenNames = new Map<string, 'male' | 'female'>();
  for (const e of loadLexicon<GivenNameEntry>('given-names').entries) for (const t of e.terms) givenNames.set(t, e.gender);
  const honorificGender = new Map<string, 'male' | 'female'>();
  const appositionGender = new Map<string, 'male' | 'female'>();
  for (const e of loadLexicon<GenderWordEntry>('gender-words').entries) for (const t of e.terms) (e.position === 'honorific' ? honorificGender : appositionGender).set(t, e.gender);
  const roleBodies = new Set<string>();
  for (const e of loadLexicon('role-bodies').entries) for (const t of e.terms) roleBodies.add(t);
  cached = { titles, pronouns, pronounHashes, nominals, aliases, aliasGroups, capitals, countries, cuesBefore, possessiveCues, subjectVerbs, givenNames, honorificGender, appositionGender, roleBodies };
  return cached;
}
