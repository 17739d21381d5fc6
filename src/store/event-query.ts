/** The event query and its rows (`Store.events`, `Store.eventRows`). */
import type { Filters, Page } from './query-filters.js';

export interface EventQuery extends Filters, Page {
  type?: string;
  /**
   * Events whose stored coordinates lie within about `km` of this point (a box of ±km). With `place`,
   * an event matches either way: it is at the place (see `placeScope`), or its coordinates are near it
   * (a suburb named alone). Rows without coordinates never match `near` alone.
   */
  near?: { lat: number; lon: number; km: number };
  /**
   * What `place` selects. `event` (the default): the events the article places there, i.e. whose place
   * is the place of that name (the place's canonical name or, in its article, one of the names it was
   * indexed under: "Gorlovka" finds events at Horlivka in an article that wrote Gorlovka), compared
   * whole and case-insensitively ("Donetsk" is not "Donetsk Oblast"). `document`: every event of the
   * documents that mention the place, placed anywhere or nowhere, as the document filter reads it
   * (compare reads these and places them itself).
   */
  placeScope?: 'event' | 'document';
  /**
   * Events placed in this country (ISO 3166-1 alpha-2 code, as the places stage resolved the event's
   * place: a town in it, or the country itself). Rows stored before their country was indexed (SQLite
   * migration 003, PostgreSQL 004) have none until `newslens reanalyze`.
   */
  country?: string;
}

export interface EventHit {
  documentId: string;
  eventId: string;
  type: string;
  subtype?: string;
  place?: string;
  /**
   * Coordinates of the place as the places stage resolved it in the article, with its precision and
   * country; absent for rows stored before they were indexed (until `newslens reanalyze`).
   */
  lat?: number;
  lon?: number;
  placePrecision?: string;
  placeCountry?: string;
  date?: string;
  trigger: string;
  attribution?: string;
  /** A recurring pattern ("shelled almost daily"), not one event: compare leaves it out of its clusters. */
  recurring?: true;
  /** Crowd sizes of a protest or riot, one per claimant; absent when the text gives none. */
  crowd?: CrowdHit[];
  outlet?: string;
  publishedAt?: string;
  /** The article's title and address, so that an exported event leads back to its source. */
  title?: string;
  url?: string;
}

/** One crowd size in an event row: the figure as written, qualifier, bounds, `outlet` or the claimant's name. */
export interface CrowdHit {
  figure: string;
  qualifier: string;
  low?: number;
  best?: number;
  high?: number;
  peak?: true;
  claimant: string;
}
