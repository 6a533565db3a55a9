/**
 * Locks the unlocked app (issue 18) after `idleMinutes` without a touch or a key, and when it comes back
 * after BACKGROUND_LOCK_MINUTES or more in the background. As the page is hidden (app switcher, another
 * app, the screen turned off) it is covered at once with a neutral screen, so the switcher's snapshot shows
 * nothing personal; the cover goes when the page is back and not locked. Times are read from the
 * monotonic clock (performance.now): setting the phone's date does not lock or unlock anything.
 */
import { useEffect } from 'react';
import { BACKGROUND_LOCK_MINUTES } from '../../data';

const MINUTE = 60_000;
/** How often idleness is checked: the lock comes at most this late. */
const CHECK_EVERY_MS = 10_000;
const COVERED = 'gw-covered';
const TOUCHES = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export function useAutoLock(idleMinutes: number, lock: () => void): void {
  useEffect(() => {
    const root = document.documentElement;
    let lastTouch = performance.now();
    let hiddenAt: number | null = null;
    const touch = () => {
      lastTouch = performance.now();
    };
    const checkIdle = () => {
      if (performance.now() - lastTouch >= idleMinutes * MINUTE) lock();
    };
    const cover = () => {
      hiddenAt ??= performance.now();
      root.classList.add(COVERED);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        cover();
        return;
      }
      const away = hiddenAt === null ? 0 : performance.now() - hiddenAt;
      hiddenAt = null;
      if (away >= BACKGROUND_LOCK_MINUTES * MINUTE) lock();
      else {
        root.classList.remove(COVERED);
        checkIdle();
      }
    };
    const timer = setInterval(checkIdle, CHECK_EVERY_MS);
    for (const type of TOUCHES) window.addEventListener(type, touch, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', cover);
    return () => {
      clearInterval(timer);
      for (const type of TOUCHES) window.removeEventListener(type, touch, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', cover);
      root.classList.remove(COVERED);
    };
  }, [idleMinutes, lock]);
}
