/**
 * The app locks itself (issue 18): after the idle time without a touch, and when it comes back after 5
 * minutes or more in the background; while hidden it is covered by a neutral screen (nothing for the app
 * switcher's snapshot), uncovered when it comes back sooner.
 */
import { fireEvent, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutoLock } from '../../../../src/features/lock/use-auto-lock';

function Watched({ idleMinutes, lock }: { idleMinutes: number; lock: () => void }) {
  useAutoLock(idleMinutes, lock);
  return <p>Home</p>;
}

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance', 'Date'] });
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const covered = () => document.documentElement.classList.contains('gw-covered');

describe('useAutoLock', () => {
  it('locks after the idle time without a touch, and a touch starts it again', () => {
    const lock = vi.fn();
    render(<Watched idleMinutes={10} lock={lock} />);
    vi.advanceTimersByTime(9 * 60_000);
    fireEvent.pointerDown(window);
    vi.advanceTimersByTime(9 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(61_000);
    expect(lock).toHaveBeenCalled();
  });

  it('honours a shorter idle time from the settings', () => {
    const lock = vi.fn();
    render(<Watched idleMinutes={1} lock={lock} />);
    vi.advanceTimersByTime(50_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20_000);
    expect(lock).toHaveBeenCalled();
  });

  it('covers the page while hidden; back within 5 minutes it is uncovered, after 5 it locks', () => {
    const lock = vi.fn();
    render(<Watched idleMinutes={10} lock={lock} />);
    setVisibility('hidden');
    expect(covered()).toBe(true);
    vi.advanceTimersByTime(2 * 60_000);
    fireEvent.keyDown(window);
    setVisibility('visible');
    expect(covered()).toBe(false);
    expect(lock).not.toHaveBeenCalled();

    setVisibility('hidden');
    vi.advanceTimersByTime(5 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(lock).toHaveBeenCalled();
  });
});
