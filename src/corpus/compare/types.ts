/**
 * Cross-outlet comparison: the query, and the report it gives. One cluster is one real-world event as
 * several articles report it; for each outlet, what it says about the event and how; then where the
 * accounts disagree. Plain JSON (`--format json`, `GET /api/compare`): no undefined properties.
 */
import type { CasualtyKind, EventStatus } from '../../model/layers/events.js';
import type { NumberQualifier } from '../../model/layers/numbers.js';
import type { ClaimStatus } from '../../model/layers/claims.js';

/** What to compare. Every field narrows; at least one of them is expected (else: the newest events). */
export interface CompareQuery {
  /** An ACLED event type or sub-type ("Explosions/Remote violence", "Shelling/artillery/missile attack"). */
  type?: string;
  /** A place name in any spelling the gazetteer knows ("Gorlovka" finds Horlivka); nearby places count. */
  place?: string;
  /** Events on or after this day (YYYY-MM-DD): the event's date, else the article's publication date. */
  from?: string;
  /** Events on or before this day (inclusive). */
  to?: string;
  /** Full-text query on the articles (search syntax: words, "phrases", OR, -exclusions). */
  text?: string;
  /** Only articles of this outlet (mostly for checking one outlet's coverage). */
  outlet?: string;
  /** How far apart two places may be and still be the same event's (default 25 km). */
  radiusKm?: number;
  /** Days after `to` an article may still be published and report an event of the range (default 7). */
  lagDays?: number;
  /** At most this many clusters in the report, most widely reported first (default 10). */
  limit?: number;
  /** Only clusters reported by at least this many outlets (default 1). */
  minOutlets?: number;
  /**
   * Only the cluster with this id (`EventCluster.id`), wherever it ranks: `limit` and `minOutlets` do
   * not apply, so a shared link finds its event after more widely reported ones were stored.
   */
  cluster?: string;
}

/** The comparison. */
export interface CompareReport {
  query: CompareQuery;
  /** Index rows read, and how many of them could take part (with a place and the type and dates asked for). */
  scanned: { events: number; candidates: number; unplaced: number; documents: number; truncated: boolean };
  /**
   * How the query's place was read: the gazetteer's place for it (canonical name, precision, country),
   * or none when the gazetteer does not know the name (then only rows at a place of exactly that
   * name match: a misspelling finds nothing, and the page says why).
   */
  place?: { query: string; name?: string; precision?: string; country?: string };
  /** Clusters found before `limit` and `minOutlets`. */
  clustersFound: number;
  clusters: EventCluster[];
  /**
   * Milliseconds spent: resolving the query's place (the first use loads the gazetteer), on the index,
   * on clustering (with the places of the events), on reading and describing the reported documents.
   */
  timings: { placeMs: number; indexMs: number; clusterMs: number; documentsMs: number };
}

/** One real-world event as the stored articles report it. */
export interface EventCluster {
  /**
   * Stable: a short hash of its first report (see cluster-id.ts), so it names the same event when other
   * articles are stored. `e` and 10 hex digits.
   */
  id: string;
  /** The ACLED type most of its events have, and the sub-types seen. */
  type: string;
  subtypes: string[];
  /** The place names its events were located at (canonical names), most frequent first. */
  places: string[];
  lat?: number;
  lon?: number;
  /** The range of the dates its events are given (event dates, else publication dates). */
  dates: { from: string; to: string };
  outlets: OutletAccount[];
  contradictions: Contradiction[];
}

/** What one outlet published about the event. */
export interface OutletAccount {
  outlet: string;
  articles: ArticleAccount[];
}

/** One article's account of the event. */
export interface ArticleAccount {
  documentId: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  /** Ids of its events in the cluster (an article may report the event in several places). */
  events: string[];
  /** The words that report it ("shelling", "blast"). */
  triggers: string[];
  /** How the article presents the event: asserted if any of its events is asserted, else the firmest status. */
  status: EventStatus;
  /** Who the article says reports the event, when it does not assert it alone. */
  claimants: string[];
  casualties: CasualtyFigure[];
  /** Crowd sizes of a protest or riot, one per claimant (organisers and police rarely agree). */
  crowd: CrowdFigure[];
  blamed: Blame[];
  /** Denials, disputes and hedges near the event: claims with those statuses. */
  qualifications: Qualification[];
  naming: NamingUse[];
  framing: FramingUse[];
}

/** One casualty figure as one claimant gives it. */
export interface CasualtyFigure {
  kind: CasualtyKind;
  /** The figure as written ("at least 10"), with its qualifier and bounds. */
  figure: string;
  qualifier: NumberQualifier;
  low?: number;
  best?: number;
  high?: number;
  group?: 'civilians' | 'combatants';
  /** `outlet` when the article says it in its own voice, else the claimant's name. */
  claimant: string;
  /** Offsets of the figure in the article's text. */
  start: number;
  end: number;
}

/** One crowd size as one claimant gives it ("more than 20,000" per the organisers). */
export interface CrowdFigure {
  /** The figure as written, with its qualifier and bounds. */
  figure: string;
  qualifier: NumberQualifier;
  low?: number;
  best?: number;
  high?: number;
  /** The figure counts the crowd at its largest ("at its peak"). */
  peak?: boolean;
  /** `outlet` when the article says it in its own voice, else the claimant's name. */
  claimant: string;
  /** Id of the event it sizes (the article links to it). */
  event: string;
  /** Offsets of the estimate in the article's text. */
  start: number;
  end: number;
}

/** Someone the article names as the perpetrator. */
export interface Blame {
  /** As written ("the Kiev regime"). */
  text: string;
  /** The entity's name, when the text names one. */
  name?: string;
  /** The country the words point to ("Ukraine" for "the Kiev regime", "Ukrainian forces"), when they do. */
  party?: string;
  /** True when a source or a hedge carries it, not the outlet's own voice. */
  alleged: boolean;
  allegedBy?: string;
}

/** A claim near the event that the article reports as denied, disputed, hedged or questioned. */
export interface Qualification {
  claim: string;
  statuses: ClaimStatus[];
  text: string;
  /** Who denies it, when the article says ("Ukraine's military"). */
  by?: string;
  /** The country `by` points to, when it does. */
  party?: string;
  start: number;
  end: number;
}

/** A contested name or term the article uses (Kiev/Kyiv, "special military operation"/"invasion"). */
export interface NamingUse {
  entry: string;
  variant: string;
  /** Uses in the outlet's own words, and inside quotes. */
  outlet: number;
  quoted: number;
  signals: string;
}

/** A propaganda technique or loaded term near the event. */
export interface FramingUse {
  technique: string;
  text: string;
  /** `outlet`, or the quoted speaker. */
  voice: string;
  start: number;
  end: number;
}

export type ContradictionKind = 'toll' | 'crowd' | 'perpetrator' | 'denial' | 'status';

/** Where accounts of the same event disagree. */
export interface Contradiction {
  kind: ContradictionKind;
  /** A sentence a journalist can read. */
  summary: string;
  /** The sides: each outlet, article and what it says. */
  sides: ContradictionSide[];
}

/** One side of a contradiction. */
export interface ContradictionSide {
  outlet: string;
  documentId: string;
  says: string;
  /** Offsets of the words it rests on in the article (a casualty figure, a crowd size, a denied claim), when there are such words. */
  start?: number;
  end?: number;
}
