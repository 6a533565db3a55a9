/**
 * The app lock (issue 18): the PIN set at the first sign-in, unlocking with it (or the account password),
 * the wrong-PIN count and the wipe at the 5th, locking (the keys leave memory), and the idle time setting.
 * The key record and the count live in the meta table; the keys only in the key holder while unlocked.
 * The crypto steps and the wipe are loaded when needed (lazy-modules.ts): a locked phone's first screen
 * carries only this.
 */
import { isCryptoError } from '../crypto/crypto-error';
import type { SlotOptions, UnlockSecret } from '../crypto/data-keys';
import { parseKeyRecord, type KeyRecord } from '../crypto/key-record';
import { attemptsLeft, mustWipe, NO_PIN_ATTEMPTS, parsePinAttempts, startPinAttempt } from '../crypto/pin-attempts';
import { getMeta, setMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';
import { loadUnlockKeys, loadWrongPinWipe } from '../lazy-modules';
import type { CacheStorageLike } from '../session/clear-caches';
import { DEFAULT_IDLE_LOCK_MINUTES, isIdleLockMinutes, type LockState, type UnlockResult } from './lock-state';

export interface AppLockDeps {
  db: GridwalkDb;
  now: () => number;
  caches: CacheStorageLike | null;
  /** PBKDF2 iterations of new slots (tests ask for fewer). */
  slotOptions?: SlotOptions;
  /** The keys were dropped (lock) or the personal data wiped: the app starts afresh (reloads). */
  onLocked?: () => void;
  onWiped?: () => void;
}

export class AppLock {
  private state: LockState = { status: 'loading' };
  private readonly listeners = new Set<() => void>();
  private record: KeyRecord | null = null;
  /** The account password typed at this sign-in: makes the password slot of "Set PIN", then forgotten. */
  private password: string | null = null;
  private idleMinutes = DEFAULT_IDLE_LOCK_MINUTES;
  readonly ready: Promise<void>;

  constructor(private readonly deps: AppLockDeps) {
    this.ready = this.reload();
  }

  getState(): LockState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the key record again (at start, after a sign-in or a sign-out). Unlocked stays unlocked. */
  async reload(): Promise<void> {
    const { db } = this.deps;
    const [record, idle] = await Promise.all([getMeta(db, 'keyRecord'), getMeta(db, 'lockIdleMinutes')]);
    this.record = parseKeyRecord(record);
    if (isIdleLockMinutes(idle)) this.idleMinutes = idle;
    if (this.state.status === 'unlocked' && this.record?.pin) return;
    if (this.record?.pin) {
      db.keys.lock();
      this.set({ status: 'locked', attemptsLeft: attemptsLeft(parsePinAttempts(await getMeta(db, 'pinAttempts'))) });
    } else {
      if (this.record) db.keys.lock();
      else db.keys.open();
      this.set({ status: 'no_pin', passwordKnown: this.password !== null });
    }
  }

  /**
   * A sign-in with this password is being made: it is kept in memory until the PIN is set (so "Set PIN",
   * which may show as soon as the session is there, does not ask for it). Then reload().
   */
  expectSignIn(password: string | null): void {
    this.password = password;
    if (this.state.status === 'no_pin') this.set({ status: 'no_pin', passwordKnown: password !== null });
  }

  /** After a sign-out (the key record went with the data). */
  async signedOut(): Promise<void> {
    this.password = null;
    this.deps.db.keys.open();
    this.set({ status: 'loading' });
    await this.reload();
  }

  /**
   * "Set PIN": a new key record for the PIN and the password (typed here, or kept from the sign-in); after
   * 5 wrong PINs, the PIN's slot again (the password opens the record). Throws CryptoError INVALID_SECRET,
   * or WRONG_SECRET when the password does not open the record.
   */
  async setPin(pin: string, typedPassword?: string): Promise<void> {
    await this.ready;
    const password = typedPassword ?? this.password ?? '';
    const { keyRecordWithPin, holdKeys } = await loadUnlockKeys();
    const { record, keys } = await keyRecordWithPin(this.record ?? undefined, pin, password, this.deps.slotOptions ?? {});
    const { db } = this.deps;
    await setMeta(db, 'keyRecord', record);
    await setMeta(db, 'pinAttempts', NO_PIN_ATTEMPTS);
    this.record = record;
    this.password = null;
    await holdKeys(db, keys);
    this.set({ status: 'unlocked', idleMinutes: this.idleMinutes });
  }

  /** Unlocks with the PIN (counted: the 5th wrong one in a row wipes) or the account password. */
  async unlock(secret: UnlockSecret): Promise<UnlockResult> {
    await this.ready;
    const { db } = this.deps;
    const record = this.record;
    if (!record) return { ok: false, reason: 'wrong_secret', attemptsLeft: 0 };
    let attempts = parsePinAttempts(await getMeta(db, 'pinAttempts'));
    if (secret.kind === 'pin') {
      attempts = startPinAttempt(attempts);
      await setMeta(db, 'pinAttempts', attempts);
    }
    const { openKeyRecord, holdKeys } = await loadUnlockKeys();
    try {
      const keys = await openKeyRecord(record, secret);
      await setMeta(db, 'pinAttempts', NO_PIN_ATTEMPTS);
      await holdKeys(db, keys);
      this.set({ status: 'unlocked', idleMinutes: this.idleMinutes });
      return { ok: true };
    } catch (error) {
      if (!isCryptoError(error, 'WRONG_SECRET') && !isCryptoError(error, 'INVALID_SECRET')) throw error;
      if (secret.kind === 'pin' && mustWipe(attempts)) {
        await this.wipe();
        return { ok: false, reason: 'wiped' };
      }
      const left = attemptsLeft(attempts);
      this.set({ status: 'locked', attemptsLeft: left });
      return { ok: false, reason: 'wrong_secret', attemptsLeft: left };
    }
  }

  /** Drops the keys; the app starts afresh at the lock screen. Nothing when no PIN is set. */
  lock(): void {
    if (this.state.status !== 'unlocked') return;
    this.deps.db.keys.lock();
    this.set({ status: 'locked', attemptsLeft: attemptsLeft(NO_PIN_ATTEMPTS) });
    this.deps.onLocked?.();
  }

  async setIdleMinutes(minutes: number): Promise<void> {
    if (!isIdleLockMinutes(minutes)) return;
    await setMeta(this.deps.db, 'lockIdleMinutes', minutes);
    this.idleMinutes = minutes;
    if (this.state.status === 'unlocked') this.set({ status: 'unlocked', idleMinutes: minutes });
  }

  private async wipe(): Promise<void> {
    const { wipeAfterWrongPins } = await loadWrongPinWipe();
    await wipeAfterWrongPins(this.deps.db, new Date(this.deps.now()).toISOString(), this.deps.caches);
    this.deps.db.keys.lock();
    this.deps.onWiped?.();
  }

  private set(state: LockState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
