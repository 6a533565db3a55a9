/**
 * The phones at work: each signs in, pushes its outbox in batches (in order, one request at a time,
 * as the sync engine does), then pulls its scope from the start to the end. `concurrency` phones
 * run at once. A phone that fails keeps its error and the others go on.
 */
import type { MutationResult, PullResponse, PushRequest } from '../../src/domain/sync-protocol';
import type { LocalHttp } from './load-http';
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
  error: string | null;
}

export interface PhoneRunSettings {
  password: string;
  batchSize: number;
  pullLimit: number;
  concurrency: number;
}

export function newPhoneState(plan: PhonePlan): PhoneState {
  return { plan, token: null, batches: [], results: new Map(), pulled: new Map(), cursor: null, pullPages: 0, changesPulled: 0, error: null };
}

/** Keeps a phone's copy as the engine does: a reset drops what was pulled, a delete removes, an upsert replaces. */
export function applyPage(state: PhoneState, page: PullResponse): void {
  if (page.reset) state.pulled.clear();
  state.pullPages += 1;
  state.changesPulled += page.changes.length;
  for (const change of page.changes) {
    if (change.op === 'delete') state.pulled.delete(change.id);
    else state.pulled.set(change.id, change.version);
  }
}

async function runPhone(state: PhoneState, http: LocalHttp, settings: PhoneRunSettings): Promise<void> {
  const { phone, mutations } = state.plan;
  const session = await http.login(phone.username, settings.password, phone.deviceId);
  state.token = session.accessToken;
  for (let start = 0; start < mutations.length; start += settings.batchSize) {
    const body: PushRequest = { deviceId: phone.deviceId, mutations: mutations.slice(start, start + settings.batchSize) };
    const { results } = await http.push(session.accessToken, body);
    state.batches.push({ body, results });
    for (const result of results) state.results.set(result.mutationId, result);
    if (results.length !== body.mutations.length) throw new Error(`push answered ${results.length} results for ${body.mutations.length} mutations`);
  }
  state.cursor = await http.pullToEnd(session.accessToken, '', settings.pullLimit, (page) => applyPage(state, page));
}

/** Runs every phone, `concurrency` at a time; resolves when all have finished or failed. */
export async function runPhones(plans: PhonePlan[], http: LocalHttp, settings: PhoneRunSettings): Promise<PhoneState[]> {
  const states = plans.map(newPhoneState);
  let next = 0;
  const worker = async () => {
    while (next < states.length) {
      const state = states[next++]!;
      try {
        await runPhone(state, http, settings);
      } catch (error) {
        state.error = error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(settings.concurrency, states.length) }, worker));
  return states;
}
