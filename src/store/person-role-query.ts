/** The rows of `Store.personRoleRows` and the article heads (`Store.documentHeads`) that list them. */

/**
 * A person entity of one article whose names match a query, with one of the roles the article gives
 * it (none: `role` absent). Newest article first (publication date, then storage order). Only what
 * grouping needs: the article is its storage number `doc` (its id, outlet and title come from
 * `Store.documentHeads`, read for the few articles an answer shows, not for every one that counts).
 */
export interface PersonRoleHit {
  /** The article's storage sequence number. */
  doc: number;
  publishedAt?: string;
  /** The entity in that article, its name and its name with aliases ("Dmitry Peskov | Peskov"). */
  entity: string;
  name: string;
  names: string;
  /** The role as written, its grouping key, offsets, and the mention that carries it. */
  role?: string;
  roleKey?: string;
  start?: number;
  end?: number;
  mentionId?: string;
  /** The article was stored before roles were indexed and has not been filled in yet. */
  pending?: true;
}

/** What lists an article: its id, outlet, date and title, by its storage sequence number. */
export interface DocumentHead {
  seq: number;
  documentId: string;
  outlet?: string;
  publishedAt?: string;
  title?: string;
}
