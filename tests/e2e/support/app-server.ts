/**
 * The real server for the browser tests: buildApp on PGlite in memory with a small demo community,
 * serving a built app, on a free port reached as http://localhost:<port> (a secure context).
 *
 * Faults are injected in the server, not in the browser, so they hit every push whatever sends it
 * (a page, a second tab, a test's own client).
 * `serve(dir)` restarts the server on the same port and database with another build (a deployment).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { buildApp } from '../../../src/server/app';
import type { Database } from '../../../src/server/db/database';
import type { DemoSummary } from '../../../src/server/seed/seed-demo';
import { TEST_PASSWORD, TEST_SECRET } from '../../fixtures/server-harness';
import { seededPglite } from '../../fixtures/server-pglite-snapshot';

const PUSH_PATH = '/api/v1/sync/push';

/** What the server does with the next pushes. */
export type PushFault =
  | { kind: 'none' }
  /** Answer 500 (before anything is written) until healed. */
  | { kind: 'fail' }
  /** Commit, then cut the connection instead of answering, for the next `times` pushes. */
  | { kind: 'lose-response'; times: number }
  /** Refuse (VALIDATION, by the real rules) every mutation for this household: its outcome spoiled on the way in. */
  | { kind: 'refuse'; householdId: string };

export interface ReceivedMutation {
  mutationId: string;
  entity: string;
  op: string;
  id: string;
}

export interface PushLog {
  /** Every push request that reached the server, with the mutations it carried. */
  requests: ReceivedMutation[][];
  failed: number;
  lostResponses: number;
}

export interface AppServer {
  /** http://localhost:<port> */
  readonly url: string;
  readonly db: Database;
  readonly demo: DemoSummary;
  readonly password: string;
  readonly pushes: PushLog;
  setPushFault(fault: PushFault): void;
  /** Redeploys: the same database and port, another built app. */
  serve(staticDir: string): Promise<void>;
  /** Ids of the households on the server with this unit and room (in any building). */
  householdIds(unit: string, room: string): Promise<string[]>;
  /** Every household on the server. */
  countAllHouseholds(): Promise<number>;
  /** How many push requests carried a mutation for this record. */
  timesReceived(recordId: string): number;
  close(): Promise<void>;
}

function isPush(request: FastifyRequest): boolean {
  return request.method === 'POST' && request.url.split('?')[0] === PUSH_PATH;
}

function mutationsOf(body: unknown): ReceivedMutation[] {
  const list = (body as { mutations?: unknown } | null)?.mutations;
  if (!Array.isArray(list)) return [];
  return list.map((item: Record<string, unknown>) => ({
    mutationId: String(item.mutationId),
    entity: String(item.entity),
    op: String(item.op),
    id: String(item.id),
  }));
}

/** Gives the household's pushed mutations an outcome no visit has, so the server refuses each of them. */
function spoilMutationsFor(body: unknown, householdId: string): void {
  const list = (body as { mutations?: unknown } | null)?.mutations;
  if (!Array.isArray(list)) return;
  for (const item of list as { data?: Record<string, unknown> }[]) {
    if (item.data?.householdId === householdId) item.data.outcome = 'spoiled';
  }
}

export async function startAppServer(staticDir: string, options: { scale?: number } = {}): Promise<AppServer> {
  const { db, demo } = await seededPglite(TEST_PASSWORD, options.scale ?? 0.1);
  let fault: PushFault = { kind: 'none' };
  const pushes: PushLog = { requests: [], failed: 0, lostResponses: 0 };

  function withFaults(app: FastifyInstance): void {
    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!isPush(request)) return;
      pushes.requests.push(mutationsOf(request.body));
      if (fault.kind === 'refuse') spoilMutationsFor(request.body, fault.householdId);
      if (fault.kind === 'fail') {
        pushes.failed += 1;
        await reply.code(500).send({ error: { code: 'INTERNAL', message: 'Injected failure (browser test)' } });
      }
    });
    app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      if (isPush(request) && fault.kind === 'lose-response' && fault.times > 0 && reply.statusCode === 200) {
        // The handler has committed; the client never learns it.
        fault = fault.times > 1 ? { kind: 'lose-response', times: fault.times - 1 } : { kind: 'none' };
        pushes.lostResponses += 1;
        request.raw.socket.destroy();
      }
      return payload;
    });
  }

  async function listen(dir: string, port: number): Promise<FastifyInstance> {
    const app = await buildApp({ db, secret: TEST_SECRET, staticDir: dir, logger: false });
    withFaults(app);
    await app.listen({ port, host: '127.0.0.1' });
    return app;
  }

  let app = await listen(staticDir, 0);
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('The test server has no TCP address');
  const port = address.port;

  return {
    url: `http://localhost:${port}`,
    db,
    demo,
    password: TEST_PASSWORD,
    pushes,
    setPushFault(next) {
      fault = next;
    },
    async serve(dir) {
      await app.close();
      app = await listen(dir, port);
    },
    async householdIds(unit, room) {
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM records WHERE entity = 'household' AND data->>'unit' = $1 AND data->>'room' = $2`,
        [unit, room],
      );
      return rows.map((row) => row.id);
    },
    async countAllHouseholds() {
      const { rows } = await db.query<{ n: number | string }>(`SELECT count(*) AS n FROM records WHERE entity = 'household'`);
      return Number(rows[0]?.n ?? 0);
    },
    timesReceived(recordId) {
      return pushes.requests.filter((batch) => batch.some((m) => m.id === recordId)).length;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
