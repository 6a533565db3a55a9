/**
 * The phones at work, in phases (load-core times each): every phone signs in; every phone pushes its
 * outbox in batches (in order, one request at a time, as the sync engine does); every phone pulls its
 * scope from the start to the end. `concurrency` phones run at once in each phase. A phone that fails
 * keeps its error, sits out the later phases, and the others go on.
 */
import { performance } from 'node:perf_hooks';
import type { MutationResult, PushRequest } from '../../src/domain/sync-protocol';
import type { LocalHttp, PullPage } from './load-http';
import type { PhonePlan } from './phone-plan';

export interface SentBatch {
  body: PushRequest;
  results: MutationResult[];
}

export interface PhoneState {
  plan: PhonePlan;
  token: string | null;
  batches: SentBatch[];
  /** Every mutation's answer, by mutationId. */
  results: Map<string, MutationResult>;
  /** What the phone holds after its pulls: id → version. */
  pulled: Map<string, number>;
  /** Where its next pull starts (opaque). */
  cursor: string | null;
  pullPages: number;
  changesPulled: number;
  /** Pages that answered `reset: true` (the phone dropped what it had pulled). */
  resets: number;
  error: string | null;
}

export interface PhoneRunSettings {
  password: string;
  batchSize: number;
  pullLimit: number;
  concurrency: number;
}

export function newPhoneState(plan: PhonePlan): PhoneState {
  return { plan, token: null, batches: [], results: new Map(), pulled: new Map(), cursor: null, pullPages: 0, changesPulled: 0, resets: 0, error: null };
}

/** Keeps a phone's copy as the engine does: a reset drops what was pulled, a delete removes, an upsert replaces. */
export function applyPage(state: PhoneState, page: PullPage): void {
  if (page.reset) {
    state.pulled.clear();
    state.resets += 1;
  }
  state.pullPages += 1;
  state.changesPulled += page.changes.length;
  for (const change of page.changes) {
    if (change.op === 'delete') state.pulled.delete(change.id);
    else state.pulled.set(change.id, change.version);
  }
}

/** Runs `work` for every phone still in the running, `concurrency` at a time; a phone that throws keeps its error. */
async function eachPhone(states: PhoneState[], concurrency: number, work: (state: PhoneState) => Promise<void>): Promise<void> {
  const queue = states.filter((state) => state.error === null);
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const state = queue[next++]!;
      try {
        await work(state);
      } catch (error) {
        state.error = error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
}

function tokenOf(state: PhoneState): string {
  if (state.token === null) throw new Error('not signed in');
  return state.token;
}

async function signIn(state: PhoneState, http: LocalHttp, settings: PhoneRunSettings): Promise<void> {
  const { phone } = state.plan;
  state.token = (await http.login(phone.username, settings.password, phone.deviceId)).accessToken;
}

/** The phone's outbox in batches, in order, one request at a time, as the sync engine sends it. */
async function push(state: PhoneState, http: LocalHttp, settings: PhoneRunSettings): Promise<void> {
  const { phone, mutations } = state.plan;
  const token = tokenOf(state);
  for (let start = 0; start < mutations.length; start += settings.batchSize) {
    const body: PushRequest = { deviceId: phone.deviceId, mutations: mutations.slice(start, start + settings.batchSize) };
    const { results } = await http.push(token, body);
    state.batches.push({ body, results });
    for (const result of results) state.results.set(result.mutationId, result);
    if (results.length !== body.mutations.length) throw new Error(`push answered ${results.length} results for ${body.mutations.length} mutations`);
  }
}

/** The phone's whole scope, from the start to the end. */
async function pull(state: PhoneState, http: LocalHttp, settings: PhoneRunSettings): Promise<void> {
  state.cursor = await http.pullToEnd(tokenOf(state), '', settings.pullLimit, (page) => applyPage(state, page));
}

/** Phase one: every phone signs in. */
export function signInPhones(states: PhoneState[], http: LocalHttp, settings: PhoneRunSettings): Promise<void> {
  return eachPhone(states, settings.concurrency, (state) => signIn(state, http, settings));
}

/** Phase two: every signed-in phone pushes its mutations. */
export function pushPhones(states: PhoneState[], http: LocalHttp, settings: PhoneRunSettings): Promise<void> {
  return eachPhone(states, settings.concurrency, (state) => push(state, http, settings));
}

/** Phase three: every phone that pushed all its mutations pulls its scope to the end. */
export function pullPhones(states: PhoneState[], http: LocalHttp, settings: PhoneRunSettings): Promise<void> {
  return eachPhone(states, settings.concurrency, (state) => pull(state, http, settings));
}

/**
 * Phases two and three at once: each phone pulls as soon as it has pushed, while the next ones push
 * (`concurrency` phones at work). Resolves with the time (performance.now()) the last push ended.
 */
export async function pushThenPullPhones(states: PhoneState[], http: LocalHttp, settings: PhoneRunSettings): Promise<number> {
  let lastPushEnd = performance.now();
  await eachPhone(states, settings.concurrency, async (state) => {
    try {
      await push(state, http, settings);
    } finally {
      lastPushEnd = performance.now();
    }
    await pull(state, http, settings);
  });
  return lastPushEnd;
}
