/**
 * After the phones: did every mutation land exactly once, and does every phone hold exactly its scope?
 * Answers come from the database in plain SQL and, for the scope, from the same SQL filter the server
 * pulls with (`readFilter`); resends and catch-up pulls go over HTTP like the phones' own.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Database } from '../../src/server/db/database';
import { findUserById } from '../../src/server/auth/users';
import { loadScope, readFilter } from '../../src/server/sync/scope';
import type { LocalHttp } from './load-http';
import { applyPage, type PhoneState, type SentBatch } from './phone-run';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface VerifyContext {
  db: Database;
  http: LocalHttp;
  states: PhoneState[];
  /** Versions of the records the phones patch, read before they ran (absent: created during the run). */
  baseline: Map<string, number>;
  pullLimit: number;
  resendSample: number;
  /** The scope filter to check against; the server's unless a test breaks it on purpose. */
  readFilter?: typeof readFilter;
}

interface RecordRow {
  id: string;
  entity: string;
  version: number;
  data: Record<string, unknown>;
  created_by: string;
}

/** Entities the server writes itself (a client creating one is refused): not counted as a phone's records. */
const SERVER_WRITTEN = ['conflict', 'device_sync'];

const check = (name: string, ok: boolean, detail: string): Check => ({ name, ok, detail });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : word.endsWith('h') ? 'es' : 's'}`;
const count = (value: unknown) => Number(value);

async function recordsById(db: Database, ids: string[]): Promise<Map<string, RecordRow>> {
  const { rows } = await db.query<RecordRow>(
    'SELECT id::text AS id, entity, version, data, created_by FROM records WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

function answered(states: PhoneState[]): Check {
  let total = 0;
  let applied = 0;
  let duplicate = 0;
  let missing = 0;
  const rejected: string[] = [];
  for (const state of states) {
    for (const mutation of state.plan.mutations) {
      total += 1;
      const result = state.results.get(mutation.mutationId);
      if (!result) missing += 1;
      else if (result.status === 'applied') applied += 1;
      else if (result.status === 'duplicate') duplicate += 1;
      else rejected.push(`${mutation.entity} ${mutation.op}: ${result.error?.code ?? '?'} ${JSON.stringify(result.error?.fields ?? {})}`);
    }
  }
  const failed = states.filter((state) => state.error !== null);
  const detail =
    `${applied + duplicate} of ${total} landed (applied ${applied}, duplicate ${duplicate}), rejected ${rejected.length}, ` +
    `unanswered ${missing}, phones failed ${failed.length}` +
    (rejected[0] ? `; first rejection: ${rejected[0]}` : '') +
    (failed[0] ? `; first failure: ${failed[0].plan.phone.username}: ${failed[0].error}` : '');
  return check('every mutation answered applied, none rejected', missing === 0 && rejected.length === 0 && failed.length === 0, detail);
}

async function createdOnce(ctx: VerifyContext, rows: Map<string, RecordRow>, patched: Set<string>): Promise<Check> {
  const problems: string[] = [];
  let expected = 0;
  for (const state of ctx.states) {
    for (const [id, sent] of state.plan.created) {
      expected += 1;
      const row = rows.get(id);
      if (!row) problems.push(`${sent.entity} ${id} missing`);
      else if (row.entity !== sent.entity || row.created_by !== state.plan.phone.userId) problems.push(`${id}: ${row.entity} by ${row.created_by}`);
      else {
        const differs = Object.keys(sent.data).filter(
          (key) => !(patched.has(id) && (key === 'notes' || key === 'phone')) && !isDeepStrictEqual(row.data[key], sent.data[key]),
        );
        if (differs.length > 0) problems.push(`${sent.entity} ${id}: ${differs.join(', ')} differ`);
      }
    }
  }
  const users = ctx.states.map((state) => state.plan.phone.userId);
  // Records the server writes in a phone's name (a conflict of a clashing patch) are not the phone's creations.
  const { rows: byPhones } = await ctx.db.query<{ n: unknown }>(
    'SELECT count(*) AS n FROM records WHERE created_by = ANY($1::text[]) AND entity <> ALL($2::text[])',
    [users, SERVER_WRITTEN],
  );
  const stored = count(byPhones[0]?.n);
  if (stored !== expected) problems.push(`the phones' users created ${stored} records, the phones sent ${expected}`);
  return check('each created record exists once, as sent, by its phone', problems.length === 0, `${plural(expected, 'record')}; ${problems.length} problems${problems[0] ? `: ${problems.slice(0, 3).join('; ')}` : ''}`);
}

async function mutationsOnce(ctx: VerifyContext): Promise<Check> {
  const ids = ctx.states.flatMap((state) => state.plan.mutations.map((m) => m.mutationId));
  const { rows } = await ctx.db.query<{ mutation_id: string; n: unknown }>(
    'SELECT mutation_id, count(*) AS n FROM mutations WHERE mutation_id = ANY($1::text[]) GROUP BY mutation_id',
    [ids],
  );
  const once = rows.filter((row) => count(row.n) === 1).length;
  const users = ctx.states.map((state) => state.plan.phone.userId);
  const { rows: all } = await ctx.db.query<{ n: unknown }>('SELECT count(*) AS n FROM mutations WHERE user_id::text = ANY($1::text[])', [users]);
  const byPhones = count(all[0]?.n);
  const ok = once === ids.length && rows.length === ids.length && byPhones === ids.length;
  return check('the mutations table holds each mutationId once', ok, `${once} of ${ids.length} once; ${byPhones} rows by the phones' users`);
}

/** Patches of a record land once each: versions v0+1…v0+k handed out once, the record at v0+k with the last patch's notes. */
function versions(ctx: VerifyContext, rows: Map<string, RecordRow>, patched: Set<string>): Check {
  const problems: string[] = [];
  const byRecord = new Map<string, { version: number; notes: string }[]>();
  for (const state of ctx.states) {
    for (const patch of state.plan.patches) {
      const result = state.results.get(patch.mutationId);
      if (result?.version === undefined) continue;
      byRecord.set(patch.recordId, [...(byRecord.get(patch.recordId) ?? []), { version: result.version, notes: patch.notes }]);
    }
  }
  for (const [id, answers] of byRecord) {
    const row = rows.get(id);
    const v0 = ctx.baseline.get(id) ?? 1;
    const handedOut = answers.map((a) => a.version).sort((a, b) => a - b);
    const wanted = answers.map((_, i) => v0 + i + 1);
    const last = answers.reduce((a, b) => (b.version > a.version ? b : a));
    if (!row) problems.push(`${id} missing`);
    else if (row.version !== v0 + answers.length) problems.push(`${id} at version ${row.version}, expected ${v0} + ${answers.length} patches`);
    else if (!isDeepStrictEqual(handedOut, wanted)) problems.push(`${id}: patches answered versions ${handedOut.join(',')}`);
    else if (row.data.notes !== last.notes) problems.push(`${id}: notes are not the last patch's`);
  }
  let untouched = 0;
  for (const state of ctx.states) {
    for (const id of state.plan.created.keys()) {
      if (patched.has(id)) continue;
      untouched += 1;
      const row = rows.get(id);
      if (row && row.version !== 1) problems.push(`${id} created and never patched, at version ${row.version}`);
    }
  }
  const detail = `${plural(byRecord.size, 'patched record')}, ${untouched} created ones at version 1; ${problems.length} problems${problems[0] ? `: ${problems.slice(0, 3).join('; ')}` : ''}`;
  return check('versions as expected after patches', problems.length === 0, detail);
}

/** Pulls each phone on from its cursor, then compares what it holds with what its scope may read. */
export async function verifyScopes(ctx: VerifyContext): Promise<Check> {
  const filterOf = ctx.readFilter ?? readFilter;
  const failures: string[] = [];
  let compared = 0;
  for (const state of ctx.states) {
    const name = state.plan.phone.username;
    if (state.token === null || state.cursor === null) {
      failures.push(`${name} never finished its pull`);
      continue;
    }
    state.cursor = await ctx.http.pullToEnd(state.token, state.cursor, ctx.pullLimit, (page) => applyPage(state, page));
    const user = await findUserById(ctx.db, state.plan.phone.userId);
    if (!user) throw new Error(`user ${name} not found`);
    const filter = filterOf(await loadScope(ctx.db, user), 1);
    const { rows } = await ctx.db.query<{ id: string; version: number }>(
      `SELECT id::text AS id, version FROM records WHERE ${filter.sql}`,
      filter.params,
    );
    compared += rows.length;
    const readable = new Map(rows.map((row) => [row.id, row.version]));
    const missing = rows.filter((row) => !state.pulled.has(row.id)).length;
    const extra = [...state.pulled.keys()].filter((id) => !readable.has(id)).length;
    const stale = rows.filter((row) => state.pulled.has(row.id) && state.pulled.get(row.id) !== row.version).length;
    if (missing + extra + stale > 0) {
      failures.push(`${name}: ${missing} missing, ${extra} not in its scope, ${stale} at another version (holds ${state.pulled.size}, ${state.pullPages} pages, ${state.resets} resets)`);
    }
  }
  const detail = `${plural(ctx.states.length, 'phone')}, ${compared} ids compared; ${failures.length} phones differ${failures[0] ? `: ${failures.slice(0, 3).join('; ')}` : ''}`;
  return check("each phone's pull holds exactly its scope", failures.length === 0, detail);
}

/** Every n-th push request, at most `size` of them. */
function sampleBatches(states: PhoneState[], size: number): { state: PhoneState; batch: SentBatch }[] {
  const all = states.flatMap((state) => state.batches.map((batch) => ({ state, batch })));
  const step = Math.max(1, Math.floor(all.length / size));
  return all.filter((_, i) => i % step === 0).slice(0, size);
}

async function snapshot(db: Database, ids: string[]): Promise<string> {
  const { rows } = await db.query<{ id: string; version: number; data: string }>(
    'SELECT id::text AS id, version, data::text AS data FROM records WHERE id = ANY($1::uuid[]) ORDER BY id',
    [ids],
  );
  const { rows: totals } = await db.query<{ records: unknown; mutations: unknown }>(
    'SELECT (SELECT count(*) FROM records) AS records, (SELECT count(*) FROM mutations) AS mutations',
  );
  return JSON.stringify({ rows, records: count(totals[0]?.records), mutations: count(totals[0]?.mutations) });
}

async function resends(ctx: VerifyContext): Promise<Check> {
  const sample = sampleBatches(ctx.states, ctx.resendSample).filter(({ state }) => state.token !== null && state.cursor !== null);
  if (sample.length === 0) return check('a resend of sampled pushes answers duplicate and changes nothing', false, 'no push to resend');
  const ids = sample.flatMap(({ batch }) => batch.body.mutations.map((m) => m.id));
  const before = await snapshot(ctx.db, ids);
  const problems: string[] = [];
  let mutations = 0;
  for (const { state, batch } of sample) {
    const { results } = await ctx.http.push(state.token!, batch.body);
    mutations += batch.body.mutations.length;
    batch.body.mutations.forEach((mutation, i) => {
      const again = results[i];
      const first = batch.results[i];
      if (again?.mutationId !== mutation.mutationId || again.status !== 'duplicate' || again.version !== first?.version) {
        problems.push(`${mutation.entity} ${mutation.op}: ${again?.status ?? 'no answer'} v${again?.version ?? '?'} (first v${first?.version ?? '?'})`);
      }
    });
  }
  if ((await snapshot(ctx.db, ids)) !== before) problems.push('records or mutations changed in the database');
  for (const state of new Set(sample.map(({ state }) => state))) {
    const page = await ctx.http.pull(state.token!, state.cursor!, ctx.pullLimit);
    if (page.changes.length > 0 || page.reset) problems.push(`${state.plan.phone.username} pulled ${page.changes.length} changes after the resend`);
  }
  const detail = `${plural(sample.length, 'push')} (${mutations} mutations) resent; ${problems.length} problems${problems[0] ? `: ${problems.slice(0, 3).join('; ')}` : ''}`;
  return check('a resend of sampled pushes answers duplicate and changes nothing', problems.length === 0, detail);
}

export async function verifyLoad(ctx: VerifyContext): Promise<Check[]> {
  const patched = new Set(ctx.states.flatMap((state) => state.plan.patches.map((p) => p.recordId)));
  const ids = [...new Set([...ctx.states.flatMap((state) => [...state.plan.created.keys()]), ...patched])];
  const rows = await recordsById(ctx.db, ids);
  return [
    answered(ctx.states),
    await createdOnce(ctx, rows, patched),
    await mutationsOnce(ctx),
    versions(ctx, rows, patched),
    await verifyScopes(ctx),
    await resends(ctx),
  ];
}
