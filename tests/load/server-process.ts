/**
 * The load test's server in a process of its own (PostgreSQL only): `node --import tsx
 * tests/load/server-process.ts` with LOAD_SERVER_DATABASE_URL and LOAD_SERVER_SCHEMA (an existing,
 * possibly empty schema) in its environment; see tests/fixtures/child-server.ts for its life.
 *
 * It also reads stdin line by line: `stats` answers one line `stats {"active":…,"idle":…,"cpuUs":…}`
 * (cumulative event loop and CPU time, in ms and µs).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/server/db/database';
import { runChildServer } from '../fixtures/child-server';
import { assertLocalDatabaseUrl, assertLocalServerUrl } from './load-options';

/** What `stats` answers: cumulative since the process started. */
export interface ServerStatsLine {
  /** Event loop time busy and idle, ms. */
  active: number;
  idle: number;
  /** CPU time, user + system, µs. */
  cpuUs: number;
}

function answerStats(line: string): void {
  if (line.trim() !== 'stats') return;
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const stats: ServerStatsLine = { active: elu.active, idle: elu.idle, cpuUs: cpu.user + cpu.system };
  process.stdout.write(`stats ${JSON.stringify(stats)}\n`);
}

const databaseUrl = process.env.LOAD_SERVER_DATABASE_URL;
const schema = process.env.LOAD_SERVER_SCHEMA;
if (!databaseUrl || !schema) throw new Error('LOAD_SERVER_DATABASE_URL and LOAD_SERVER_SCHEMA must be set');
assertLocalDatabaseUrl(databaseUrl);
runChildServer({
  label: 'load server',
  open: () => openDatabase({ databaseUrl, schema }),
  secret: randomBytes(24).toString('base64url'),
  onLine: answerStats,
  checkUrl: assertLocalServerUrl,
});
