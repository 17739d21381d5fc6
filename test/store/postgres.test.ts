/**
 * The store contract on a real PostgreSQL, a fresh schema per test. The server's URL comes from
 * NEWSLENS_TEST_POSTGRES_URL, which .ci/run sets after starting PostgreSQL
 * (scripts/postgres-test-server.sh); without it these tests are skipped, and say so.
 */
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import { defineStoreContract } from './contract.js';

const url = process.env.NEWSLENS_TEST_POSTGRES_URL;

if (!url && process.env.NEWSLENS_REQUIRE_POSTGRES === '1') {
  // CI (.ci/run) starts PostgreSQL and requires it: a server that failed to start is a failure there.
  test('store contract: postgres', () => {
    throw new Error('NEWSLENS_REQUIRE_POSTGRES=1 but NEWSLENS_TEST_POSTGRES_URL is unset: PostgreSQL did not start (see .ci/run output)');
  });
} else if (!url) {
  test('store contract: postgres', { skip: 'skipped: NEWSLENS_TEST_POSTGRES_URL is unset (start a server with `eval "$(bash scripts/postgres-test-server.sh start)"`)' }, () => {});
} else {
  defineStoreContract('postgres', async () => {
    const schema = `contract_${randomBytes(6).toString('hex')}`;
    const store = await openStore(`${url}${url.includes('?') ? '&' : '?'}schema=${schema}`);
    return {
      store,
      cleanup: async () => {
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
