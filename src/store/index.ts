/** The corpus store: one interface, SQLite and PostgreSQL adapters, opened by URL. */
export * from './types.js';
export { openStore, DEFAULT_STORE_URL, redactStoreUrl } from './open-store.js';
export { indexRows, type IndexRows, type QuoteRow, type EntityRow, type EventRow, type ClaimRow, type PersonRoleRow } from './index-rows.js';
export { parseSearchQuery, type ParsedQuery } from './search-syntax.js';
export { packDocument, unpackDocument } from './codec.js';
