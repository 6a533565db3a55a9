/**
 * One morning in the seeded city against the compiled server with WORKERS=n: grid worker accounts made
 * for the morning (one per phone, each its own grid, dealt round the communities; each morning of a run
 * takes other grids), their grids' register read back from the database, the phones' plans
 * (phone-plan.ts) and a street officer per street (city-officers.ts), then the timed phases of
 * phone-run.ts (sign-in, push, pull; the officers read while the workers push and pull) with the CPU of
 * the server's processes and of PostgreSQL (city-cpu.ts), then the checks of load-verify.ts and the officers'.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../../src/server/auth/password';
import type { Database } from '../../src/server/db/database';
import { cityId, type CityShape } from './city-plan';
import { CpuSampler, type CpuFigures } from './city-cpu';
import { serverDatabaseUrl, startCityServer, type CityServer } from './city-server';
import { createOfficers, officersPull, verifyOfficers, type Officer } from './city-officers';
import { summarize, type LatencySummary } from '../bench/support/bench-stats';
import { LocalHttp, newHttpStats, type HttpStats } from './load-http';
import type { LoadOptions } from './load-options';
import { computeFigures, type LoadFigures, type PhaseFigures } from './load-report';
import type { PhoneAccount, SeededGrid, SeededHousehold } from './load-seed';
import { verifyLoad, type Check } from './load-verify';
import { planPhone } from './phone-plan';
import { newPhoneState, pullPhones, pushPhones, signInPhones, type PhoneRunSettings, type PhoneState } from './phone-run';

export interface MorningContext {
  options: LoadOptions;
  shape: CityShape;
  databaseUrl: string;
  schema: string;
  /** This process's connection to the city's schema. */
  db: Database;
  /** Which morning of the run (0, 1, …): it picks the grids. */
  slot: number;
  /** Names this run's accounts apart from a kept city's earlier ones. */
  tag: string;
  workers: number;
  signal: AbortSignal;
  log: (line: string) => void;
}

export interface MorningPhase {
  figures: PhaseFigures;
  cpu: CpuFigures;
}

/** The street officers' side of the morning. */
export interface OfficerFigures {
  officers: number;
  signIn: LatencySummary | null;
  pullPage: LatencySummary | null;
  pages: number;
  changes: number;
  httpErrors: number;
  failed: number;
}

export interface CityMorning {
  workers: number;
  figures: LoadFigures;
  officers: OfficerFigures;
  phases: { signIn: MorningPhase; push: MorningPhase; pull: MorningPhase };
  checks: Check[];
}

interface NewAccount {
  index: number;
  id: string;
  username: string;
  communityId: string;
  gridId: string;
}

/** Names this morning's accounts, devices and connections: the run, the morning, the process count. */
const morningName = (ctx: MorningContext) => `city-${ctx.tag}-m${ctx.slot + 1}-w${ctx.workers}`;

/** The morning's grid worker accounts, in one statement (one password hash for all). */
async function createAccounts(ctx: MorningContext, password: string): Promise<NewAccount[]> {
  const { shape, options } = ctx;
  const perCommunity = Math.ceil(options.phones / shape.communities);
  const accounts: NewAccount[] = [];
  for (let index = 0; index < options.phones; index++) {
    const c = index % shape.communities;
    const k = (ctx.slot * perCommunity + Math.floor(index / shape.communities)) % shape.gridsPerCommunity;
    const username = `${morningName(ctx)}-${index + 1}`;
    accounts.push({ index, id: randomUUID(), username, communityId: cityId('community', c), gridId: cityId('grid', c * shape.gridsPerCommunity + k) });
  }
  await ctx.db.query(
    `INSERT INTO users (id, username, display_name, role, community_id, grid_ids, password_hash)
     SELECT u.id, u.username, '早班网格员 ' || u.username, 'grid_worker', u.community_id, jsonb_build_array(u.grid_id), $5
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[]) AS u (id, username, community_id, grid_id)`,
    [accounts.map((a) => a.id), accounts.map((a) => a.username), accounts.map((a) => a.communityId), accounts.map((a) => a.gridId), await hashPassword(password)],
  );
  return accounts;
}

/** The grids' buildings and occupied households with their residents, as stored now. */
async function loadGrids(db: Database, gridIds: string[]): Promise<Map<string, SeededGrid>> {
  const grids = new Map<string, SeededGrid>();
  const { rows: buildings } = await db.query<{ id: string; grid_id: string; community_id: string }>(
    `SELECT id::text AS id, grid_id::text AS grid_id, community_id::text AS community_id FROM records
      WHERE entity = 'building' AND grid_id = ANY($1::uuid[]) ORDER BY id`,
    [gridIds],
  );
  for (const b of buildings) {
    const grid = grids.get(b.grid_id) ?? { id: b.grid_id, communityId: b.community_id, buildingIds: [], households: [] };
    grid.buildingIds.push(b.id);
    grids.set(b.grid_id, grid);
  }
  const { rows: residents } = await db.query<{ id: string; grid_id: string; building_id: string; household_id: string; name: string }>(
    `SELECT r.id::text AS id, r.grid_id::text AS grid_id, r.building_id::text AS building_id, r.household_id::text AS household_id, r.data->>'name' AS name
       FROM records r JOIN records h ON h.id = r.household_id AND h.data->>'status' = 'occupied'
      WHERE r.entity = 'resident' AND r.grid_id = ANY($1::uuid[]) AND r.voided_at IS NULL ORDER BY r.household_id, r.id`,
    [gridIds],
  );
  const households = new Map<string, SeededHousehold>();
  for (const r of residents) {
    let household = households.get(r.household_id);
    if (!household) {
      household = { id: r.household_id, buildingId: r.building_id, residents: [] };
      households.set(r.household_id, household);
      grids.get(r.grid_id)?.households.push(household);
    }
    household.residents.push({ id: r.id, name: r.name });
  }
  return grids;
}

async function versionsOf(db: Database, ids: string[]): Promise<Map<string, number>> {
  const { rows } = await db.query<{ id: string; version: number }>('SELECT id::text AS id, version FROM records WHERE id = ANY($1::uuid[])', [ids]);
  return new Map(rows.map((row) => [row.id, row.version]));
}

/** Times `work` with the CPU of every party: this process (the phones), the server's, PostgreSQL's. */
async function timed(ctx: MorningContext, server: CityServer, applicationName: string, work: () => Promise<void>): Promise<MorningPhase> {
  const sampler = await CpuSampler.start(ctx.db, server.pids, applicationName);
  const loop = performance.eventLoopUtilization();
  const own = process.cpuUsage();
  const start = performance.now();
  await work();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(own);
  const cpu = await sampler.stop();
  return {
    figures: {
      seconds,
      phonesLoop: performance.eventLoopUtilization(loop).utilization,
      phonesCpu: (used.user + used.system) / 1e6 / seconds,
      serverLoop: null,
      serverCpu: cpu.server,
    },
    cpu,
  };
}

function officerFigures(officers: Officer[], stats: HttpStats): OfficerFigures {
  return {
    officers: officers.length,
    signIn: summarize(stats.signInMs),
    pullPage: summarize(stats.pullPageMs),
    pages: officers.reduce((sum, o) => sum + o.state.pullPages, 0),
    changes: officers.reduce((sum, o) => sum + o.state.changesPulled, 0),
    httpErrors: stats.httpErrors,
    failed: officers.filter((o) => o.state.error !== null).length,
  };
}

export async function runMorning(ctx: MorningContext): Promise<CityMorning> {
  const { options, log } = ctx;
  const applicationName = `gw-${morningName(ctx)}`;
  const password = randomBytes(12).toString('base64url');
  const accounts = await createAccounts(ctx, password);
  const officers = await createOfficers(ctx.db, ctx.shape, morningName(ctx), password);
  const grids = await loadGrids(ctx.db, [...new Set(accounts.map((a) => a.gridId))]);
  const phones: PhoneAccount[] = accounts.map((a) => {
    const grid = grids.get(a.gridId);
    if (!grid) throw new Error(`grid ${a.gridId} has no buildings`);
    return { index: a.index, username: a.username, userId: a.id, deviceId: `${morningName(ctx)}-device-${a.index + 1}`, communityId: a.communityId, grid };
  });
  const plans = phones.map((phone) => planPhone(phone, options.mutationsPerPhone, options.seed + ctx.slot));
  const baseline = await versionsOf(ctx.db, [...new Set(plans.flatMap((plan) => plan.patches.map((patch) => patch.recordId)))]);

  const server = await startCityServer(serverDatabaseUrl(ctx.databaseUrl, ctx.schema, applicationName), ctx.workers);
  try {
    log(`city: WORKERS=${ctx.workers}: server on ${server.url} (pids ${server.pids().join(', ')}); ${phones.length} phones × ${options.mutationsPerPhone} mutations, ${options.concurrency} at once`);
    const stats: HttpStats = newHttpStats();
    const http = new LocalHttp(server.url, stats, options.requestTimeoutMs, ctx.signal);
    const settings: PhoneRunSettings = { password, batchSize: options.batchSize, pullLimit: options.pullLimit, concurrency: options.concurrency };
    const states: PhoneState[] = plans.map(newPhoneState);
    const officerStats = newHttpStats();
    const officerHttp = new LocalHttp(server.url, officerStats, options.requestTimeoutMs, ctx.signal);
    const officerStates = officers.map((o) => o.state);
    const signIn = await timed(ctx, server, applicationName, async () => {
      await Promise.all([signInPhones(states, http, settings), signInPhones(officerStates, officerHttp, { ...settings, concurrency: officers.length })]);
    });
    log(`city: WORKERS=${ctx.workers}: signed in in ${signIn.figures.seconds.toFixed(1)} s`);
    // The officers read their street from the start while the grid workers push, then pull on while they pull.
    const push = await timed(ctx, server, applicationName, async () => {
      await Promise.all([pushPhones(states, http, settings), officersPull(officers, officerHttp, options.pullLimit)]);
    });
    log(`city: WORKERS=${ctx.workers}: pushed in ${push.figures.seconds.toFixed(1)} s`);
    const pull = await timed(ctx, server, applicationName, async () => {
      await Promise.all([pullPhones(states, http, settings), officersPull(officers, officerHttp, options.pullLimit)]);
    });
    log(`city: WORKERS=${ctx.workers}: pulled in ${pull.figures.seconds.toFixed(1)} s; verifying`);
    const figures = computeFigures(states, stats, {
      seedSeconds: 0,
      overlap: false,
      signInPhase: signIn.figures,
      pushPhase: push.figures,
      pullPhase: pull.figures,
      pushSeconds: push.figures.seconds,
    });
    const verifyHttp = new LocalHttp(server.url, newHttpStats(), options.requestTimeoutMs, ctx.signal);
    const checks = await verifyLoad({ db: ctx.db, http: verifyHttp, states, baseline, pullLimit: options.pullLimit, resendSample: options.resendSample });
    checks.push(...(await verifyOfficers(ctx.db, verifyHttp, server.url, ctx.shape, officers, options.pullLimit)));
    return { workers: ctx.workers, figures, officers: officerFigures(officers, officerStats), phases: { signIn, push, pull }, checks };
  } finally {
    await server.stop();
  }
}
