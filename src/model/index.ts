/** The document model: pure types and checks, no I/O. */
export * from './span.js';
export * from './messages.js';
export * from './document.js';
export * from './id.js';
export * from './invariants.js';
export * from './text-index.js';
export * from './layers/structure.js';
export * from './layers/entities.js';
export * from './layers/dates.js';
export * from './layers/numbers.js';
export * from './layers/places.js';
export * from './layers/quotes.js';
export * from './layers/claims.js';
export * from './layers/events.js';
export * from './layers/framing.js';
export { documentSchema } from './schema/document.js';
