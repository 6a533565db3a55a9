import { describe, expect, it } from 'vitest';
import {
  attemptsLeft,
  isValidPin,
  mustWipe,
  NO_PIN_ATTEMPTS,
  parsePinAttempts,
  pinAttemptSucceeded,
  startPinAttempt,
  type PinAttempts,
} from '../../../../src/data/crypto/pin-attempts';

/** The caller's flow: persist the started attempt, try, then reset on success or ask for the wipe. */
function attempt(state: PinAttempts, correct: boolean): { state: PinAttempts; wipe: boolean } {
  const started = startPinAttempt(state);
  if (correct) return { state: pinAttemptSucceeded(), wipe: false };
  return { state: started, wipe: mustWipe(started) };
}

describe('wrong PIN counter', () => {
  it('wipes at the 5th wrong PIN in a row, not before', () => {
    let state = NO_PIN_ATTEMPTS;
    const wipes: boolean[] = [];
    const left: number[] = [];
    for (let i = 0; i < 5; i++) {
      const result = attempt(state, false);
      state = result.state;
      wipes.push(result.wipe);
      left.push(attemptsLeft(state));
    }
    expect(wipes).toEqual([false, false, false, false, true]);
    expect(left).toEqual([4, 3, 2, 1, 0]);
  });

  it('starts counting again after an unlock', () => {
    let state = NO_PIN_ATTEMPTS;
    for (let i = 0; i < 4; i++) state = attempt(state, false).state;
    state = attempt(state, true).state;
    const results = [];
    for (let i = 0; i < 4; i++) {
      const result = attempt(state, false);
      state = result.state;
      results.push(result.wipe);
    }
    expect(results).toEqual([false, false, false, false]);
    expect(attemptsLeft(state)).toBe(1);
  });

  it('a correct 5th PIN unlocks without a wipe', () => {
    let state = NO_PIN_ATTEMPTS;
    for (let i = 0; i < 4; i++) state = attempt(state, false).state;
    const last = attempt(state, true);
    expect(last.wipe).toBe(false);
    expect(last.state).toEqual(NO_PIN_ATTEMPTS);
  });

  it('counts an attempt cut short (the app closed during the derivation): a 5th one cut short wipes at the next start', () => {
    let state = NO_PIN_ATTEMPTS;
    for (let i = 0; i < 4; i++) state = attempt(state, false).state;
    const persistedBeforeTrying = startPinAttempt(state);
    // The app is killed here; at the next start the stored count is read back.
    const atNextStart = parsePinAttempts(structuredClone(persistedBeforeTrying));
    expect(mustWipe(atNextStart)).toBe(true);
  });

  it('reads a missing or foreign stored value as no attempts', () => {
    expect(parsePinAttempts(undefined)).toEqual(NO_PIN_ATTEMPTS);
    expect(parsePinAttempts({ failed: -1 })).toEqual(NO_PIN_ATTEMPTS);
    expect(parsePinAttempts({ failed: '3' })).toEqual(NO_PIN_ATTEMPTS);
    expect(parsePinAttempts({ failed: 3 })).toEqual({ failed: 3 });
  });
});

describe('isValidPin', () => {
  it('takes exactly 6 ASCII digits', () => {
    expect(isValidPin('012345')).toBe(true);
    for (const pin of ['', '12345', '1234567', '12 345', '12345a', '１２３４５６', '123456\n']) expect(isValidPin(pin)).toBe(false);
  });
});
