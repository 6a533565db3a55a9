/**
 * A small in-memory implementation of the wire contract (login, refresh, logout, push, pull) behind
 * an injectable fetch, for testing the client engine without the real server. It keeps records with
 * versions, a change log with a commit sequence (the pull cursor), idempotency by mutationId, and a
 * script of faults to answer the next requests with.
 */
import { applyPatch } from '../../../../src/domain/entities/patch';
import type {
  Change,
  LoginResponse,
  MutationError,
  MutationResult,
  PullResponse,
  PushRequest,
  SessionUser,
} from '../../../../src/domain/sync-protocol';

export const testUser: SessionUser = {
  id: '0190a000-0000-7000-8000-0000000000f1',
  username: 'worker1',
  displayName: '王芳',
  role: 'grid_worker',
  communityId: '0190a000-0000-7000-8000-000000000001',
  gridIds: ['0190a000-0000-7000-8000-000000000002'],
};

export const otherUser: SessionUser = { ...testUser, id: '0190a000-0000-7000-8000-0000000000f2', username: 'worker2', displayName: '李强' };

export interface ServerRecord {
  entity: string;
  id: string;
  version: number;
  data: Record<string, unknown>;
}

/** A scripted answer: an HTTP response, a dropped connection, or the request applied and then the answer lost. */
export type Fault =
  | { kind: 'response'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'network' }
  | { kind: 'lost-after-commit' }
  /** Let this request through untouched (to fault a later one). */
  | { kind: 'pass' };

type Route = 'login' | 'refresh' | 'logout' | 'push' | 'pull';

export interface LoggedRequest {
  route: Route;
  url: URL;
  body: unknown;
  status: number | 'network';
}

export class FakeSyncServer {
  readonly records = new Map<string, ServerRecord>();
  readonly log: LoggedRequest[] = [];
  /** Largest push the server accepts before answering 413. */
  maxMutations = 500;
  /** Per-mutation rule: true makes every push holding the mutation answer 500 (the server fails on it). */
  crashOn: (mutation: PushRequest['mutations'][number]) => boolean = () => false;
  /** Per-mutation rule: return an error to reject it. */
  reject: (mutation: PushRequest['mutations'][number]) => MutationError | null = () => null;
  /** Next pull answers reset:true and starts over. */
  resetNextPull = false;
  /** Records outside the user's scope: pull no longer sends their changes. */
  readonly hidden = new Set<string>();
  accessTokenTtlSeconds = 3600;
  /** The retention window sent at sign-in and refresh (issue 18); none, as from an older server, when undefined. */
  retentionDays: number | undefined = undefined;
  private readonly faults = new Map<Route, Fault[]>();
  private readonly changes: (Change & { seq: number })[] = [];
  private readonly idempotency = new Map<string, { body: string; result: MutationResult }>();
  private readonly accessTokens = new Set<string>();
  private readonly refreshTokens = new Set<string>();
  private seq = 0;
  private tokenCounter = 0;
  private inFlight = 0;
  maxConcurrent = 0;
  /** Holds requests on a route until the promise settles (to act while a request is in flight). */
  gate: Partial<Record<Route, Promise<void>>> = {};

  constructor(private readonly password = 'secret') {}

  /** Answers the next request(s) on `route` with these faults, in order. */
  fail(route: Route, ...faults: Fault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults]);
  }

  /** Every access token now answers 401, as after expiry. */
  expireAccessTokens(): void {
    this.accessTokens.clear();
  }

  revokeRefreshTokens(): void {
    this.refreshTokens.clear();
  }

  requests(route: Route): LoggedRequest[] {
    return this.log.filter((r) => r.route === route);
  }

  pushedMutationIds(): string[] {
    return this.requests('push').flatMap((r) => (r.body as PushRequest).mutations.map((m) => m.mutationId));
  }

  /** A write by someone else, as a change the client will pull. */
  serverWrite(entity: string, id: string, data: Record<string, unknown>): ServerRecord {
    const existing = this.records.get(id);
    const record = { entity, id, version: ++this.seq, data: existing ? applyPatch(existing.data, data) : data };
    this.records.set(id, record);
    this.changes.push({ seq: this.seq, entity, id, op: 'upsert', version: record.version, data: this.wireData(record) });
    return record;
  }

  serverDelete(entity: string, id: string): void {
    this.records.delete(id);
    this.seq++;
    this.changes.push({ seq: this.seq, entity, id, op: 'delete', version: this.seq, data: {} });
  }

  fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const route = url.pathname.replace('/api/v1/', '').replace('auth/', '').replace('sync/', '') as Route;
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const entry: LoggedRequest = { route, url, body, status: 'network' };
    this.log.push(entry);
    this.inFlight++;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await this.gate[route];
      const fault = this.faults.get(route)?.shift();
      if (fault?.kind === 'network') throw new TypeError('fetch failed');
      if (fault?.kind === 'response') {
        entry.status = fault.status;
        return json(fault.status, fault.body ?? { error: { code: 'INTERNAL', message: 'injected' } }, fault.headers);
      }
      const [status, payload] = this.handle(route, url, body, new Headers(init?.headers).get('authorization'));
      if (fault?.kind === 'lost-after-commit') throw new TypeError('connection reset');
      entry.status = status;
      return json(status, payload);
    } finally {
      this.inFlight--;
    }
  };

  private handle(route: Route, url: URL, body: unknown, authorization: string | null): [number, unknown] {
    if (route === 'login') return this.login(body as { username: string; password: string });
    if (route === 'refresh') return this.refresh(body as { refreshToken: string });
    if (route === 'logout') {
      this.refreshTokens.delete((body as { refreshToken: string }).refreshToken);
      return [204, {}];
    }
    if (!authorization || !this.accessTokens.has(authorization.replace('Bearer ', ''))) {
      return [401, { error: { code: 'UNAUTHORIZED', message: 'token expired' } }];
    }
    return route === 'push' ? this.push(body as PushRequest) : [200, this.pull(url)];
  }

  private tokens(): Omit<LoginResponse, 'user'> {
    const n = ++this.tokenCounter;
    this.accessTokens.add(`access-${n}`);
    this.refreshTokens.add(`refresh-${n}`);
    const retention = this.retentionDays === undefined ? {} : { retentionDays: this.retentionDays };
    return { accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn: this.accessTokenTtlSeconds, ...retention };
  }

  private login(body: { username: string; password: string }): [number, unknown] {
    const user = [testUser, otherUser].find((u) => u.username === body.username);
    if (!user || body.password !== this.password) return [401, { error: { code: 'INVALID_CREDENTIALS', message: 'wrong' } }];
    return [200, { ...this.tokens(), user }];
  }

  private refresh(body: { refreshToken: string }): [number, unknown] {
    if (!this.refreshTokens.delete(body.refreshToken)) return [401, { error: { code: 'UNAUTHORIZED', message: 'revoked' } }];
    return [200, this.tokens()];
  }

  private push(body: PushRequest): [number, unknown] {
    if (body.mutations.length > this.maxMutations) return [413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'too many' } }];
    if (body.mutations.some((m) => this.crashOn(m))) return [500, { error: { code: 'INTERNAL', message: 'crashed' } }];
    const results = body.mutations.map((m): MutationResult => {
      const content = JSON.stringify({ ...m, recordedAt: undefined });
      const seen = this.idempotency.get(m.mutationId);
      if (seen) {
        return seen.body === content
          ? { ...seen.result, status: 'duplicate' }
          : { mutationId: m.mutationId, status: 'rejected', error: { code: 'ID_REUSE', message: 'reused' } };
      }
      const result = this.apply(m);
      this.idempotency.set(m.mutationId, { body: content, result });
      return result;
    });
    return [200, { results }];
  }

  private apply(m: PushRequest['mutations'][number]): MutationResult {
    const rejected = (error: MutationError): MutationResult => ({ mutationId: m.mutationId, status: 'rejected', error });
    const error = this.reject(m);
    if (error) return rejected(error);
    const existing = this.records.get(m.id);
    if (m.op === 'create') {
      if (existing) return rejected({ code: 'ALREADY_EXISTS', message: 'exists' });
      return { mutationId: m.mutationId, status: 'applied', version: this.serverWrite(m.entity, m.id, m.data).version };
    }
    if (!existing) return rejected({ code: 'NOT_FOUND', message: 'unknown record' });
    const data = m.op === 'void' ? { voidedAt: m.recordedAt, voidReason: m.data.reason } : m.data;
    return { mutationId: m.mutationId, status: 'applied', version: this.serverWrite(m.entity, m.id, data).version };
  }

  private pull(url: URL): PullResponse {
    const limit = Number(url.searchParams.get('limit') ?? 500);
    let cursor = url.searchParams.get('cursor') ?? '';
    let reset = false;
    if (this.resetNextPull) {
      this.resetNextPull = false;
      reset = true;
      cursor = '';
    }
    const after = cursor === '' ? 0 : Number(cursor);
    const pending = this.changes.filter((c) => c.seq > after && !this.hidden.has(c.id));
    const page = pending.slice(0, limit);
    const next = page.length > 0 ? String(page[page.length - 1]!.seq) : cursor;
    const result: PullResponse = {
      changes: page.map(({ seq: _seq, ...change }) => change),
      cursor: next,
      hasMore: pending.length > page.length,
    };
    if (reset) result.reset = true;
    if (result.hasMore) result.remaining = pending.length - page.length;
    return result;
  }

  private wireData(record: ServerRecord): Record<string, unknown> {
    return { ...record.data, id: record.id, version: record.version, createdBy: testUser.id, createdAt: '2026-11-25T00:00:00.000Z', updatedAt: '2026-11-25T00:00:00.000Z' };
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
