/**
 * The only place the client talks HTTP: login, refresh, logout, push and pull of wire contract v1.
 * Every failure becomes an ApiError: NETWORK for unreachable servers, dropped connections and
 * timeouts, SERVER for 5xx, the wire error code otherwise; Retry-After is passed on as retryAfterMs.
 */
import type { ErrorCode, LoginResponse, PullResponse, PushRequest, PushResponse } from '../../domain/sync-protocol';
import { ApiError } from '../data-client';
import { parseRetryAfter } from './retry-after';

export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

export interface ApiClientOptions {
  /** Server origin ('' for same origin, e.g. 'http://127.0.0.1:8080'); '/api/v1' is appended unless present. */
  baseUrl: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Refresh answers like login; the user is optional there. */
export type RefreshResponse = Omit<LoginResponse, 'user'> & { user?: LoginResponse['user'] };

interface RequestOptions {
  method: 'GET' | 'POST';
  path: string;
  token?: string;
  body?: unknown;
  timeoutMs?: number;
}

function apiRoot(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/api/v1') ? trimmed : `${trimmed}/api/v1`;
}

function errorCodeFor(status: number, code: unknown): ApiError['code'] {
  if (status >= 500) return 'SERVER';
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(code)) return code as ErrorCode;
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
    return this.request({ method: 'POST', path: '/auth/login', body: { username, password, deviceId } });
  }

  refresh(refreshToken: string): Promise<RefreshResponse> {
    return this.request({ method: 'POST', path: '/auth/refresh', body: { refreshToken } });
  }

  /** Revokes the refresh token on the server. */
  async logout(refreshToken: string, accessToken?: string): Promise<void> {
    await this.request({ method: 'POST', path: '/auth/logout', token: accessToken, body: { refreshToken }, timeoutMs: 5_000 });
  }

  push(token: string, body: PushRequest): Promise<PushResponse> {
    return this.request({ method: 'POST', path: '/sync/push', token, body });
  }

  pull(token: string, cursor: string, limit: number): Promise<PullResponse> {
    const query = new URLSearchParams({ cursor, limit: String(limit) });
    return this.request({ method: 'GET', path: `/sync/pull?${query.toString()}`, token });
  }

  private async request<T>(options: RequestOptions): Promise<T> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs ?? this.timeoutMs);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    try {
      const response = await this.fetchImpl(`${this.root}${options.path}`, {
        method: options.method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: controller.signal,
      });
      const text = await response.text();
      if (!response.ok) throw this.errorFrom(response, text);
      try {
        return (text ? JSON.parse(text) : {}) as T;
      } catch {
        throw new ApiError(response.status, 'SERVER', 'invalid JSON in response');
      }
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(0, 'NETWORK', timedOut ? 'timeout' : error instanceof Error ? error.message : 'network error');
    } finally {
      clearTimeout(timer);
    }
  }

  private errorFrom(response: Response, text: string): ApiError {
    let body: { error?: { code?: unknown; message?: unknown; fields?: unknown } } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // Not a wire error body (a proxy page, an empty 502…): the status decides.
    }
    const code = errorCodeFor(response.status, body.error?.code);
    const message = typeof body.error?.message === 'string' ? body.error.message : `HTTP ${response.status}`;
    const fields = body.error?.fields && typeof body.error.fields === 'object' ? (body.error.fields as Record<string, string>) : undefined;
    return new ApiError(response.status, code, message, fields, parseRetryAfter(response.headers.get('retry-after')));
  }
}
