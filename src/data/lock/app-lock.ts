/**
 * The app lock (issue 18): whether a PIN is set, locked or unlocked, locking (the keys leave memory) and
 * the idle time setting. The key record and the wrong-PIN count live in the meta table, the keys only in
 * the key holder while unlocked. Setting the PIN and unlocking (the crypto, the count, the wipe at the 5th
 * wrong PIN) are loaded when needed (unlock-keys.ts): a locked phone's first screen carries only this.
 */
import type { SlotOptions, UnlockSecret } from '../crypto/data-keys';
import { attemptsLeft, NO_PIN_ATTEMPTS, parsePinAttempts } from '../crypto/pin-attempts';
import { getMeta, setMeta } from '../db/meta-store';
import type { GridwalkDb } from '../db/schema';
import { loadUnlockKeys } from '../lazy-modules';
import type { CacheStorageLike } from '../session/clear-caches';
import { DEFAULT_IDLE_LOCK_MINUTES, isIdleLockMinutes, type LockState, type UnlockResult } from './lock-state';

export interface AppLockDeps {
  db: GridwalkDb;
  now: () => number;
  caches: CacheStorageLike | null;
  /** PBKDF2 iterations of new slots (tests ask for fewer). */
  slotOptions?: SlotOptions;
  /** The keys were dropped (lock): the app starts afresh (reloads). */
  onLocked?: () => void;
  /** 5 wrong PINs wiped the personal data: the app starts afresh at the sign-in screen. */
  onWiped?: () => void;
}

/** What the stored key record says without opening it: is there one, and does it have a PIN slot. */
function keyRecordSlots(value: unknown): { record: boolean; pin: boolean } {
  if (typeof value !== 'object' || value === null) return { record: false, pin: false };
  return { record: true, pin: 'pin' in value && value.pin !== undefined };
}

export class AppLock {
  private state: LockState = { status: 'loading' };
  private readonly listeners = new Set<() => void>();
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
    const slots = keyRecordSlots(record);
    if (isIdleLockMinutes(idle)) this.idleMinutes = idle;
    if (this.state.status === 'unlocked' && slots.pin) {
      // Signed in again while unlocked (the session had expired): the password is not needed.
      this.password = null;
      return;
    }
    if (slots.pin) {
      db.keys.lock();
      this.set({ status: 'locked', attemptsLeft: attemptsLeft(parsePinAttempts(await getMeta(db, 'pinAttempts'))) });
    } else {
      if (slots.record) db.keys.lock();
      else db.keys.open();
      this.set({ status: 'no_pin', passwordKnown: this.password !== null });
    }
  }

  /**
   * A sign-in with this password is being made (null: it failed): the password is kept in memory until
   * the PIN is set, so "Set PIN", which may show as soon as the session is there, does not ask for it.
   * Then reload().
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
   * 5 wrong PINs, the PIN's slot again (the password opens the record; the sign-in's password that does
   * not, changed since, starts afresh without the kept changes). Throws CryptoError INVALID_SECRET, or
   * WRONG_SECRET when a typed password does not open the record.
   */
  async setPin(pin: string, typedPassword?: string): Promise<void> {
    await this.ready;
    const { setPinAndUnlock } = await loadUnlockKeys();
    const verified = typedPassword === undefined && this.password !== null;
    await setPinAndUnlock(this.deps, pin, typedPassword ?? this.password ?? '', verified);
    this.password = null;
    this.set({ status: 'unlocked', idleMinutes: this.idleMinutes });
  }

  /** Unlocks with the PIN (counted: the 5th wrong one in a row wipes) or the account password. */
  async unlock(secret: UnlockSecret): Promise<UnlockResult> {
    await this.ready;
    const { unlockWith } = await loadUnlockKeys();
    const result = await unlockWith(this.deps, secret);
    if (result.ok) this.set({ status: 'unlocked', idleMinutes: this.idleMinutes });
    else if (result.reason === 'wrong_secret') this.set({ status: 'locked', attemptsLeft: result.attemptsLeft });
    else this.deps.onWiped?.();
    return result;
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

  private set(state: LockState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
