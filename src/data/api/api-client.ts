/**
 * The only place the client talks HTTP: login, refresh, logout, push and pull of wire contract v1.
 * Every answer is parsed with its schema from the contract (src/domain/api/response-readers.ts,
 * loaded on the first request so zod stays off the first screen). Every failure becomes an ApiError:
 * NETWORK for unreachable servers, dropped connections and timeouts, SERVER for 5xx and for answers
 * that do not fit the contract, the wire error code otherwise; Retry-After is passed on as retryAfterMs.
 */
import type { AnswerReaders, Reading, RefreshAnswer } from '../../domain/api/response-readers';
import type { LoginResponse, PullResponse, PushRequest, PushResponse } from '../../domain/sync-protocol';
import { ApiError, type ApiErrorCode } from './api-error';
import { loadResponseReaders } from './load-response-readers';
import { parseRetryAfter } from './retry-after';

export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

export interface ApiClientOptions {
  /** Server origin ('' for same origin, e.g. 'http://127.0.0.1:8080'); '/api/v1' is appended unless present. */
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Refresh answers like login; the user is optional there. */
export type RefreshResponse = RefreshAnswer;

export interface RequestOptions {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  token?: string;
  body?: unknown;
  timeoutMs?: number;
}

export type ReadAnswer<T> = (readers: AnswerReaders) => (body: unknown) => Reading<T>;

function apiRoot(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/api/v1') ? trimmed : `${trimmed}/api/v1`;
}

/** The answer's JSON ({} for an empty answer), or undefined when it is not JSON. */
function jsonOf(text: string): unknown {
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return undefined;
  }
}

/** 5xx is SERVER; otherwise the wire code (also one this version does not know), or the status decides. */
function errorCodeFor(status: number, code: string | undefined): ApiErrorCode {
  if (status >= 500) return 'SERVER';
  if (code !== undefined && /^[A-Z][A-Z0-9_]*$/.test(code)) return code;
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  return 'BAD_REQUEST';
}

export class ApiClient {
  private readonly root: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(options: ApiClientOptions) {
    this.root = apiRoot(options.baseUrl);
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  }

  login(username: string, password: string, deviceId: string): Promise<LoginResponse> {
    return this.request({ method: 'POST', path: '/auth/login', body: { username, password, deviceId } }, (read) => read.login);
  }

  refresh(refreshToken: string): Promise<RefreshResponse> {
    return this.request({ method: 'POST', path: '/auth/refresh', body: { refreshToken } }, (read) => read.refresh);
  }

  /** Revokes the refresh token on the server. */
  async logout(refreshToken: string, accessToken?: string): Promise<void> {
    const options: RequestOptions = { method: 'POST', path: '/auth/logout', token: accessToken, body: { refreshToken }, timeoutMs: 5_000 };
    await this.request(options, (read) => read.logout);
  }

  push(token: string, body: PushRequest): Promise<PushResponse> {
    return this.request({ method: 'POST', path: '/sync/push', token, body }, (read) => read.push);
  }

  pull(token: string, cursor: string, limit: number): Promise<PullResponse> {
    const query = new URLSearchParams({ cursor, limit: String(limit) });
    return this.request({ method: 'GET', path: `/sync/pull?${query.toString()}`, token }, (read) => read.pull);
  }

  /** One request of the contract, its answer read by `readerOf` (also for the calls of lazily loaded modules: people-api.ts). */
  async request<T>(options: RequestOptions, readerOf: ReadAnswer<T>): Promise<T> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs ?? this.timeoutMs);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    // Loaded while the request is on its way; a failure to load counts as a network failure.
    const readersLoading = loadResponseReaders();
    readersLoading.catch(() => undefined);
    try {
      const response = await this.fetchImpl(`${this.root}${options.path}`, {
        method: options.method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: controller.signal,
      });
      const text = await response.text();
      const { readAnswer } = await readersLoading;
      if (!response.ok) throw this.errorFrom(response, text, readAnswer);
      const json = jsonOf(text);
      if (json === undefined) throw new ApiError(response.status, 'SERVER', 'invalid JSON in response');
      const answer = readerOf(readAnswer)(json);
      if (!answer.ok) throw new ApiError(response.status, 'SERVER', `invalid response: ${answer.problem}`);
      return answer.value;
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(0, 'NETWORK', timedOut ? 'timeout' : error instanceof Error ? error.message : 'network error');
    } finally {
      clearTimeout(timer);
    }
  }

  /** A wire error body gives the code, message and fields; anything else (a proxy's page, an empty 502…) leaves it to the status. */
  private errorFrom(response: Response, text: string, read: AnswerReaders): ApiError {
    const body = read.error(jsonOf(text));
    const error = body.ok ? body.value.error : undefined;
    const code = errorCodeFor(response.status, error?.code);
    return new ApiError(response.status, code, error?.message ?? `HTTP ${response.status}`, error?.fields, parseRetryAfter(response.headers.get('retry-after')));
  }
}
