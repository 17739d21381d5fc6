/**
 * The store contract on a real PostgreSQL, a fresh schema per test (see test/support/postgres-schema.ts
 * for where the server comes from, and when the suite is skipped or fails without one).
 */
import { definePostgresSuite } from '../support/postgres-schema.js';
import { defineStoreContract } from './contract.js';

definePostgresSuite('store contract: postgres', 'contract', defineStoreContract);
