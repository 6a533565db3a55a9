/**
 * The signed-in user and their tokens, kept in IndexedDB so the app opens offline even when the
 * access token has expired. A refused refresh token pauses sync (reauthRequired) and leaves the outbox alone.
 * When the server says this device's session was revoked (SESSION_REVOKED) or the account ended or was
 * disabled (ACCOUNT_ENDED), the phone wipes its personal data at once (issue 18: remote-wipe.ts).
 */
import { liveQuery, type Subscription } from 'dexie';
import type { LoginResponse, SessionUser } from '../../domain/sync-protocol';
import type { ApiClient, RefreshResponse } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { SessionState, WipeNotice, WipeReason } from '../client-state';
import { getDeviceId } from '../db/device-id';
import { deleteMeta, getMeta, setMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';
import { loadRemoteWipe } from '../lazy-modules';
import type { CacheStorageLike } from './clear-caches';
import type { StoredSession } from './stored-session';
import { countUnsent, wipePersonalData } from './wipe-personal-data';

/** Sync cannot continue until the user signs in again. */
export class AuthRequiredError extends Error {
  constructor() {
    super('sign in again');
    this.name = 'AuthRequiredError';
  }
}

/** The server said the account has ended or was disabled (ACCOUNT_ENDED): the phone was wiped. */
export class AccountEndedError extends AuthRequiredError {
  constructor() {
    super();
    this.message = 'account ended';
    this.name = 'AccountEndedError';
  }
}

/** The server said this device's session was revoked (SESSION_REVOKED): the phone was wiped. */
export class SessionRevokedError extends AuthRequiredError {
  constructor() {
    super();
    this.message = 'session revoked';
    this.name = 'SessionRevokedError';
  }
}

/** The wipe an answer calls for: SESSION_REVOKED or ACCOUNT_ENDED; null for any other answer. */
function wipeReasonOf(error: unknown): WipeReason | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'SESSION_REVOKED') return 'session_revoked';
  if (error.code === 'ACCOUNT_ENDED') return 'account_ended';
  return null;
}

const wipeError = (reason: WipeReason): AuthRequiredError => (reason === 'account_ended' ? new AccountEndedError() : new SessionRevokedError());

/** The user signed out (or another user signed in) while a sync run was going: the run stops quietly. */
export class SessionEndedError extends Error {
  constructor() {
    super('session ended during sync');
    this.name = 'SessionEndedError';
  }
}

/** Another user's unsent work is on this device: it must be sent (or discarded by that user) first. */
export class SignInBlockedError extends Error {
  constructor(readonly unsent: number) {
    super(`${unsent} unsent changes of another user`);
    this.name = 'SignInBlockedError';
  }
}

/** Refresh the access token this long before it expires. */
const EXPIRY_MARGIN_MS = 30_000;

export interface SessionManagerDeps {
  db: GridwalkDb;
  api: ApiClient;
  now?: () => number;
  /** Cache Storage, emptied of runtime caches (API answers) by a remote wipe; null where there is none. */
  caches?: CacheStorageLike | null;
}

export class SessionManager {
  private state: SessionState = { status: 'loading', user: null, reauthRequired: false };
  private stored: StoredSession | null = null;
  private readonly listeners = new Set<() => void>();
  private refreshing: Promise<string> | null = null;
  private watcher: Subscription | null = null;
  private clearing = false;
  private wiping: Promise<void> | null = null;
  private notice: WipeNotice | null = null;
  private readonly now: () => number;
  readonly ready: Promise<void>;

  constructor(private readonly deps: SessionManagerDeps) {
    this.now = deps.now ?? Date.now;
    this.ready = this.readStored().then(
      async ({ session, notice }) => {
        // Marked by an earlier version, which kept the data of an ended account: wiped now.
        if (session?.accountEnded) return this.wipe('account_ended', session);
        this.update(session, notice);
      },
      () => this.update(null),
    );
  }

  private async readStored(): Promise<{ session: StoredSession | null; notice: WipeNotice | null }> {
    const [session, notice] = await Promise.all([getMeta(this.deps.db, 'session'), getMeta(this.deps.db, 'wipeNotice')]);
    return { session: session ?? null, notice: notice ?? null };
  }

  getState(): SessionState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows session changes made by other tabs. */
  watch(): void {
    if (this.watcher) return;
    // The emitted value may predate a write of this tab: read again rather than trust it.
    this.watcher = liveQuery(() => this.readStored()).subscribe({
      next: () => void this.reload(),
      error: () => undefined,
    });
  }

  unwatch(): void {
    this.watcher?.unsubscribe();
    this.watcher = null;
  }

  async signIn(username: string, password: string): Promise<SessionUser> {
    return this.signInWith((deviceId) => this.deps.api.login(username, password, deviceId));
  }

  /**
   * Signs in with the tokens `obtain` gets for this device (a password sign-in, a redeemed sign-in
   * code): another user's data is wiped first (refused while it has unsent work), and the new
   * session starts afresh (not reauthRequired); the notice of an earlier remote wipe is dropped.
   */
  async signInWith(obtain: (deviceId: string) => Promise<LoginResponse>): Promise<SessionUser> {
    await this.ready;
    const deviceId = await getDeviceId(this.deps.db);
    const response = await obtain(deviceId);
    const previous = this.stored ?? (await getMeta(this.deps.db, 'session')) ?? null;
    // After 5 wrong PINs the session is gone, and the notice says whose kept changes wait.
    const previousUserId = previous?.user.id ?? (await getMeta(this.deps.db, 'wipeNotice'))?.keptForUserId;
    if (previousUserId !== undefined && previousUserId !== response.user.id) {
      const unsent = await countUnsent(this.deps.db);
      if (unsent > 0) throw new SignInBlockedError(unsent);
      await wipePersonalData(this.deps.db);
    }
    await deleteMeta(this.deps.db, 'wipeNotice');
    this.notice = null;
    await this.save({ ...this.tokensFrom(response), user: response.user, reauthRequired: false });
    return response.user;
  }

  /** Re-reads the stored session (changed by another tab). */
  async reload(): Promise<void> {
    const stored = await this.readStored().catch(() => null);
    if (!this.clearing && stored) this.update(stored.session, stored.notice);
  }

  /**
   * Forgets the session at once, then runs `wipe` (which deletes it from storage with the data);
   * a sync run in flight sees no session from the start, so it cannot write it back.
   */
  async clear(wipe: () => Promise<void>): Promise<void> {
    this.clearing = true;
    this.update(null);
    try {
      await wipe();
    } finally {
      this.clearing = false;
    }
  }

  /** The stored session, for best-effort revocation on sign-out. */
  current(): StoredSession | null {
    return this.stored;
  }

  /** A usable access token, refreshed first when it has expired. */
  async accessToken(): Promise<string> {
    await this.ready;
    const session = this.stored;
    if (!session) throw new SessionEndedError();
    if (session.accountEnded) return this.remoteWiped('account_ended', session.user.id);
    if (session.reauthRequired) throw new AuthRequiredError();
    if (this.now() < session.expiresAt - EXPIRY_MARGIN_MS) return session.accessToken;
    return this.refresh(session.accessToken);
  }

  /**
   * Runs an authenticated request; on 401 refreshes once (shared by concurrent callers) and retries.
   * A refused refresh token marks the session reauthRequired and throws AuthRequiredError; a
   * SESSION_REVOKED or ACCOUNT_ENDED answer (of the request or the refresh) wipes the phone and throws
   * SessionRevokedError or AccountEndedError.
   */
  async withToken<T>(request: (token: string) => Promise<T>): Promise<T> {
    const token = await this.accessToken();
    const userId = this.stored?.user.id;
    try {
      return await request(token);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      const reason = wipeReasonOf(error);
      if (reason) return this.remoteWiped(reason, userId);
    }
    try {
      return await request(await this.refresh(token));
    } catch (error) {
      const reason = wipeReasonOf(error);
      if (reason) return this.remoteWiped(reason, userId);
      throw error;
    }
  }

  /**
   * Wipes the phone for `userId`'s session (not when another user signed in meanwhile: their session
   * was not refused) and stops the caller.
   */
  private async remoteWiped(reason: WipeReason, userId: string | undefined): Promise<never> {
    if (this.wiping) await this.wiping;
    else if (this.stored && this.stored.user.id === userId) await this.wipe(reason, this.stored);
    throw wipeError(reason);
  }

  /**
   * The remote wipe, once however many requests were refused at the same time: the session is
   * forgotten at once (nothing personal stays on screen, a sync run in flight cannot write it back),
   * then the data is wiped with the notice kept, then the runtime caches (API answers) are emptied. Not
   * when the stored session is no longer `refused` (signed in again meanwhile): that one stays.
   */
  private wipe(reason: WipeReason, refused: StoredSession): Promise<void> {
    this.wiping ??= (async () => {
      this.clearing = true;
      this.update(null);
      let notice: WipeNotice | null;
      try {
        const { wipeThisPhone } = await loadRemoteWipe();
        notice = await wipeThisPhone(this.deps.db, reason, refused.refreshToken, new Date(this.now()).toISOString(), this.deps.caches ?? null);
      } finally {
        this.clearing = false;
      }
      if (notice) this.update(null, notice);
      else await this.reload();
    })().finally(() => {
      this.wiping = null;
    });
    return this.wiping;
  }

  /** Single-flight refresh; `staleToken` is the token that failed (skip if another caller already replaced it). */
  refresh(staleToken: string): Promise<string> {
    if (this.stored && this.stored.accessToken !== staleToken && this.now() < this.stored.expiresAt - EXPIRY_MARGIN_MS) {
      return Promise.resolve(this.stored.accessToken);
    }
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<string> {
    const session = this.stored;
    if (!session) throw new SessionEndedError();
    if (session.accountEnded) return this.remoteWiped('account_ended', session.user.id);
    if (session.reauthRequired) throw new AuthRequiredError();
    let response: RefreshResponse;
    try {
      response = await this.deps.api.refresh(session.refreshToken);
    } catch (error) {
      const reason = wipeReasonOf(error);
      if (reason) return this.remoteWiped(reason, session.user.id);
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        await this.save({ ...session, reauthRequired: true });
        throw new AuthRequiredError();
      }
      throw error;
    }
    const next: StoredSession = { ...this.tokensFrom(response, session), user: response.user ?? session.user, reauthRequired: false };
    // Signed out meanwhile: do not bring the session back.
    if (this.stored?.user.id !== session.user.id) throw new SessionEndedError();
    await this.save(next);
    return next.accessToken;
  }

  /** The tokens, and the server's retention window (a refresh that sends none keeps the one `previous` had). */
  private tokensFrom(response: RefreshResponse, previous?: StoredSession): Pick<StoredSession, 'accessToken' | 'refreshToken' | 'expiresAt' | 'retentionDays'> {
    const retentionDays = response.retentionDays ?? previous?.retentionDays;
    return {
      accessToken: response.accessToken,
      refreshToken: response.refreshToken,
      expiresAt: this.now() + response.expiresIn * 1000,
      ...(retentionDays === undefined ? {} : { retentionDays }),
    };
  }

  private async save(session: StoredSession): Promise<void> {
    await setMeta(this.deps.db, 'session', session);
    this.update(session);
  }

  /** `notice`: the last remote wipe's, while nobody signed in since (undefined: the one known). */
  private update(session: StoredSession | null, notice: WipeNotice | null = this.notice): void {
    this.stored = session;
    this.notice = notice;
    const next: SessionState = session
      ? { status: 'signed_in', user: session.user, reauthRequired: session.reauthRequired }
      : { status: 'signed_out', user: null, reauthRequired: false, ...(notice ? { wiped: notice } : {}) };
    const same =
      next.status === this.state.status &&
      next.reauthRequired === this.state.reauthRequired &&
      JSON.stringify(next.wiped) === JSON.stringify(this.state.wiped) &&
      JSON.stringify(next.user) === JSON.stringify(this.state.user);
    if (same) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
