/**
 * The crash test's server, in a process of its own so that it can be SIGKILLed:
 * `node --import tsx tests/server/security/crash-server-process.ts` with either CRASH_DATA_DIR (PGlite
 * files on disk, so a restart finds the data) or CRASH_DATABASE_URL and CRASH_SCHEMA (an existing
 * schema). Seeds a small demo community on an empty database (test password, cheap hashes) and signs
 * tokens with a fixed secret (they survive a restart); see tests/fixtures/child-server.ts for its life.
 */
import { openDatabase } from '../../../src/server/db/database';
import { seedDemo } from '../../../src/server/seed/seed-demo';
import { setPasswordHashParams } from '../../../src/server/auth/password';
import { runChildServer } from '../../fixtures/child-server';
import { TEST_HASH_PARAMS, TEST_PASSWORD, TEST_SECRET } from '../../fixtures/server-harness';

const dataDir = process.env.CRASH_DATA_DIR;
const databaseUrl = process.env.CRASH_DATABASE_URL;
const schema = process.env.CRASH_SCHEMA;
if (!dataDir && !(databaseUrl && schema)) throw new Error('set CRASH_DATA_DIR, or CRASH_DATABASE_URL and CRASH_SCHEMA');
setPasswordHashParams(TEST_HASH_PARAMS);
runChildServer({
  label: 'crash-test server',
  open: () => (databaseUrl && schema ? openDatabase({ databaseUrl, schema }) : openDatabase({ dataDir: dataDir ?? '' })),
  async prepare(db) {
    const { rows } = await db.query<{ n: number | string }>('SELECT count(*) AS n FROM users');
    if (Number(rows[0]?.n ?? 0) === 0) await seedDemo(db, { password: TEST_PASSWORD, scale: 0.1 });
  },
  secret: TEST_SECRET,
});
