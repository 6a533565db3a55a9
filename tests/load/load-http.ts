/**
 * The phones' HTTP: Node's fetch to 127.0.0.1 only, every answer parsed with zod, every request timed.
 * Sign-in and push answers are parsed with the wire contract's schemas; pull pages with a small
 * schema of the envelope (each change's id, op and version: all a phone here keeps). The contract's
 * schema checks every record's fields too and cost as much again as JSON.parse (about 2 µs a change,
 * ~1 ms a 500-change page), CPU the phones would spend while the server is measured. Asks for gzip
 * (fetch decodes it), counts encoded answers and the time spent decoding.
 */
import { z } from 'zod';
import {
  CHANGE_OPS,
  loginResponseSchema,
  pushResponseSchema,
  type LoginResponse,
  type PushRequest,
  type PushResponse,
} from '../../src/domain/sync-protocol';
import { assertLocalServerUrl } from './load-options';

/** A pull page as the phones read it: what a phone keeps (id → version) and where it goes on. */
export const pullPageSchema = z.object({
  changes: z.array(z.object({ id: z.string(), op: z.enum(CHANGE_OPS), version: z.number().int() })),
  cursor: z.string(),
  hasMore: z.boolean(),
  reset: z.boolean().optional(),
  remaining: z.number().int().min(0).optional(),
});
export type PullPage = z.output<typeof pullPageSchema>;

export interface HttpStats {
  signInMs: number[];
  pushMs: number[];
  pullPageMs: number[];
  /** Answers other than 200, network failures and timeouts (each attempt). */
  httpErrors: number;
  errorSamples: string[];
  responses: number;
  encodedResponses: Map<string, number>;
  /** Time spent decoding answers (JSON.parse and the schema), ms. */
  parseMs: number;
}

export function newHttpStats(): HttpStats {
  return { signInMs: [], pushMs: [], pullPageMs: [], httpErrors: 0, errorSamples: [], responses: 0, encodedResponses: new Map(), parseMs: 0 };
}

export class HttpFailure extends Error {
  override name = 'HttpFailure';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }

  /** Worth another try: no answer, a server error or too many requests. */
  get retryable(): boolean {
    return this.status === null || this.status >= 500 || this.status === 429;
  }
}

type Timing = 'signInMs' | 'pushMs' | 'pullPageMs';

const ATTEMPTS = 3;

export class LocalHttp {
  private readonly base: string;

  constructor(
    baseUrl: string,
    private readonly stats: HttpStats,
    private readonly requestTimeoutMs: number,
    /** Aborts every request when the run's time is up. */
    private readonly runSignal: AbortSignal,
  ) {
    this.base = assertLocalServerUrl(baseUrl).origin;
  }

  login(username: string, password: string, deviceId: string): Promise<LoginResponse> {
    return this.withRetries(async () =>
      this.decode(loginResponseSchema, await this.send('signInMs', 'POST', '/api/v1/auth/login', null, { username, password, deviceId })),
    );
  }

  push(token: string, body: PushRequest): Promise<PushResponse> {
    return this.withRetries(async () => this.decode(pushResponseSchema, await this.send('pushMs', 'POST', '/api/v1/sync/push', token, body)));
  }

  pull(token: string, cursor: string, limit: number): Promise<PullPage> {
    const query = new URLSearchParams({ cursor, limit: String(limit) });
    return this.withRetries(async () =>
      this.decode(pullPageSchema, await this.send('pullPageMs', 'GET', `/api/v1/sync/pull?${query.toString()}`, token)),
    );
  }

  /** Pages from `cursor` until hasMore is false; `onPage` sees every page. */
  async pullToEnd(token: string, cursor: string, limit: number, onPage: (page: PullPage) => void): Promise<string> {
    for (let pages = 0; pages < 100_000; pages++) {
      const page = await this.pull(token, cursor, limit);
      onPage(page);
      cursor = page.cursor;
      if (!page.hasMore) return cursor;
    }
    throw new Error('pull did not end after 100,000 pages');
  }

  /** Pushes and pulls are idempotent: a failure with no usable answer is tried again, twice at most. */
  private async withRetries<T>(attempt: () => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof HttpFailure) || !error.retryable || n >= ATTEMPTS || this.runSignal.aborted) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * n));
      }
    }
  }

  private decode<T extends z.ZodType>(schema: T, text: string): z.output<T> {
    const started = performance.now();
    try {
      const json: unknown = JSON.parse(text);
      return schema.parse(json);
    } finally {
      this.stats.parseMs += performance.now() - started;
    }
  }

  /** The answer's text (200 only); its time is the request's latency. */
  private async send(timing: Timing, method: string, path: string, token: string | null, body?: unknown): Promise<string> {
    const headers: Record<string, string> = { 'accept-encoding': 'gzip' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    let status: number;
    let text: string;
    try {
      const response = await fetch(`${this.base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.any([this.runSignal, AbortSignal.timeout(this.requestTimeoutMs)]),
      });
      status = response.status;
      text = await response.text();
      const encoding = response.headers.get('content-encoding');
      if (encoding) this.stats.encodedResponses.set(encoding, (this.stats.encodedResponses.get(encoding) ?? 0) + 1);
    } catch (error) {
      this.fail(`${method} ${path.split('?')[0]}: ${error instanceof Error ? error.message : String(error)}`);
      throw new HttpFailure(`${method} ${path} failed: ${String(error)}`, null);
    }
    this.stats[timing].push(performance.now() - started);
    this.stats.responses += 1;
    if (status !== 200) {
      this.fail(`${method} ${path.split('?')[0]}: ${status} ${text.slice(0, 200)}`);
      throw new HttpFailure(`${method} ${path} answered ${status}: ${text.slice(0, 500)}`, status);
    }
    return text;
  }

  private fail(sample: string): void {
    this.stats.httpErrors += 1;
    if (this.stats.errorSamples.length < 5) this.stats.errorSamples.push(sample);
  }
}
