/**
 * Entity layers, made by the `entities` stage (src/stages/entities/):
 *
 * - `mentions`: spans in the text that name or refer to something: names ("Dmitry Peskov", "DPR"),
 *   pronouns ("he", "its") and definite descriptions ("the spokesman", "the city"). They never
 *   overlap and are sorted by start. Every mention points at exactly one entity.
 * - `entities`: the referents, one per person, organisation, place or other named thing, each
 *   listing its mentions in text order. They have no span of their own.
 *
 * How to use them:
 * - Who is a span? Find the mentions inside it (e.g. a quote's source "Kremlin Press Secretary Dmitry
 *   Peskov" holds the mention "Dmitry Peskov"; "he" is a pronoun mention), then `mention.entity`.
 *   `mention.kind` says whether the link came from a name, a pronoun or a nominal.
 * - Places: mentions with `type: 'place'` are locations to geocode. A capital used for its government
 *   ("Kiev insists") is a mention with `type: 'organisation'` and `metonymy: 'government'`, grouped
 *   into a government entity of its own (`standsFor: 'Ukrainian government'`), apart from the city.
 * - Names are grouped across spellings and short forms: "Peskov" and "Dmitry Peskov"; "Kiev" and
 *   "Kyiv"; "People's Republic of Donetsk" and "(DPR)". `entity.aliases` lists the other forms.
 */
import type { Annotation, Span } from '../span.js';

export type EntityType = 'person' | 'organisation' | 'place' | 'other';

/** How a mention came to refer to its entity: by naming it, by a pronoun, or by a description. */
export type MentionKind = 'name' | 'pronoun' | 'nominal';

/** A span that names or refers to an entity. `rule` says how it was found (`ner`, `alias:kyiv`, `pronoun:he`, `nominal:city`, `acronym`, `speaker-label` for "PENCE:" opening a transcript turn, `surname-repeat` for a surname the tagger missed ("Sanders said"); `+government:subject` when marked as a metonym, `+given-name` for a given name the tagger typed otherwise ("Melania", "Senator Bernie" cut to "Bernie"), `+title-cut` for a full name after a title the tagger typed otherwise ("Brigadier Kamal Osman" cut to "Kamal Osman"), `+described` for a name typed an organisation's by the noun before it ("carmaker Volvo"), `+kind-cut` for such a noun cut off a name opening a sentence ("Broadcaster NRK" cut to "NRK"), `+surname-after-given` for "Bernie" grown to "Bernie Sanders", `+surname-repeated` for a full name the tagger typed otherwise whose surname the text repeats as a person's, `+body` for a name kept from a longer one of a title-case line because the body has it). */
export interface Mention extends Annotation {
  /** Id of the entity this mention refers to. */
  entity: string;
  /** The type of its entity (PER, ORG, LOC, MISC in CoNLL terms). */
  type: EntityType;
  kind: MentionKind;
  /**
   * The title or role the text attaches to this mention of a person: just before the name ("Kremlin
   * Press Secretary" in "Kremlin Press Secretary Dmitry Peskov") or in apposition ("the deputy
   * commander of the militia" in "Eduard Basurin, the deputy commander of the militia, said").
   * It lies outside the mention's span and may contain other mentions ("Kremlin").
   */
  role?: Span;
  /**
   * A place name standing for an institution: "Kiev insists" is the Ukrainian government, "Moscow could
   * deploy" the Russian one. Such a mention is not a location of anything.
   */
  metonymy?: 'government';
}

/** A referent: one person, organisation, place or other named thing, with all its mentions. */
export interface Entity {
  id: string;
  type: EntityType;
  /** The fullest name the text gives ("Dmitry Peskov"), as written. */
  name: string;
  /** Other names and short forms seen in the text or known from the alias lexicon (DPR, People's Republic of Donetsk; Kyiv for Kiev). */
  aliases: string[];
  /** Ids of its mentions, in text order. */
  mentions: string[];
  /** Titles and roles the text gives it, each with its evidence span (the `role` of its mentions). */
  roles: Span[];
  /** For a capital used for its government: the government it stands for ("Ukrainian government"). */
  standsFor?: string;
}
