/** Whether the screen is wide enough (≥ 900 px, an office screen) for tables instead of lists of cards. */
import { useSyncExternalStore } from 'react';

const WIDE_QUERY = '(min-width: 900px)';

function mediaQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_QUERY) : null;
}

function subscribe(listener: () => void): () => void {
  const query = mediaQuery();
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

/** Phones first: without matchMedia (or below 900 px) the answer is false. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => mediaQuery()?.matches ?? false, () => false);
}
