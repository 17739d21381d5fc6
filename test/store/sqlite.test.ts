/** The store contract on SQLite (a fresh file per test). */
import { defineStoreContract } from './contract.js';
import { openFreshSqlite } from '../support/sqlite-store.js';

defineStoreContract('sqlite', () => openFreshSqlite('store', 'corpus.db'));
