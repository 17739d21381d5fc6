/**
 * A suite on a real PostgreSQL, each store in a fresh schema dropped afterwards. The server's URL comes
 * from NEWSLENS_TEST_POSTGRES_URL, which .ci/run sets after starting PostgreSQL
 * (scripts/postgres-test-server.sh). Without it the suite is skipped and says so; with
 * NEWSLENS_REQUIRE_POSTGRES=1 (CI) a missing server is a failure.
 */
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';

export type OpenFresh = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

/**
 * Defines `define('postgres', openFresh)`, or the failing/skipped stand-in named `name` without a server.
 * `cleanup` drops the schema; closing the store before it is the suite's part.
 */
export function definePostgresSuite(name: string, schemaPrefix: string, define: (label: 'postgres', open: OpenFresh) => void): void {
  const url = process.env.NEWSLENS_TEST_POSTGRES_URL;
  if (!url && process.env.NEWSLENS_REQUIRE_POSTGRES === '1') {
    test(name, () => {
      throw new Error('NEWSLENS_REQUIRE_POSTGRES=1 but NEWSLENS_TEST_POSTGRES_URL is unset: PostgreSQL did not start (see .ci/run output)');
    });
    return;
  }
  if (!url) {
    test(name, { skip: 'skipped: NEWSLENS_TEST_POSTGRES_URL is unset (start a server with `eval "$(bash scripts/postgres-test-server.sh start)"`)' }, () => {});
    return;
  }
  define('postgres', async () => {
    const schema = `${schemaPrefix}_${randomBytes(6).toString('hex')}`;
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
