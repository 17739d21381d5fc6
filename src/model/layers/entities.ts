/**
 * Entity layers: `mentions` are spans in the text (names, titles, pronouns, nominals), non-overlapping;
 * `entities` are the referents they are grouped into, without spans of their own.
 */
import type { Annotation, Span } from '../span.js';

export type EntityType = 'person' | 'organisation' | 'place' | 'other';

/** How a mention came to refer to its entity. */
export type MentionKind = 'name' | 'pronoun' | 'nominal';

/** A span that names or refers to an entity. */
export interface Mention extends Annotation {
  /** Id of the entity this mention refers to. */
  entity: string;
  type: EntityType;
  kind: MentionKind;
  /** The title or role the text gives in this mention ("Kremlin Press Secretary"), when it gives one. */
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
  /** The fullest name the text gives ("Dmitry Peskov"). */
  name: string;
  /** Other names and short forms seen or known (DPR, People's Republic of Donetsk; Kyiv for Kiev). */
  aliases: string[];
  /** Ids of its mentions, in text order. */
  mentions: string[];
  /** Titles and roles the text gives it, each with its evidence span. */
  roles: Span[];
  /** For a capital used for its government: the government it stands for ("Ukrainian government"). */
  standsFor?: string;
}
