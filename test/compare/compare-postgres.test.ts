/**
 * The comparison end to end on PostgreSQL, in a fresh schema. Needs NEWSLENS_TEST_POSTGRES_URL (as the
 * store contract does: scripts/postgres-test-server.sh); skipped without it, failed without it in CI.
 */
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { defineCompareSuite } from './compare-suite.js';

const url = process.env.NEWSLENS_TEST_POSTGRES_URL;

if (!url && process.env.NEWSLENS_REQUIRE_POSTGRES === '1') {
  test('compare: postgres', () => {
    throw new Error('NEWSLENS_REQUIRE_POSTGRES=1 but NEWSLENS_TEST_POSTGRES_URL is unset');
  });
} else if (!url) {
  test('compare: postgres', { skip: 'skipped: NEWSLENS_TEST_POSTGRES_URL is unset (eval "$(bash scripts/postgres-test-server.sh start)")' }, () => {});
} else {
  defineCompareSuite('postgres', async () => {
    const schema = `compare_${randomBytes(6).toString('hex')}`;
    const store = await openStore(`${url}${url.includes('?') ? '&' : '?'}schema=${schema}`);
    return {
      store,
      cleanup: async () => {
        await store.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`DROP SCHEMA ${schema} CASCADE`);
        } finally {
          await client.end();
        }
      },
    };
  });
}
