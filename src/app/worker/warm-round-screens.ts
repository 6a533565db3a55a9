/**
 * The screens a grid worker opens next from Home (a building, a household, the visit form) are
 * their own chunks, precached by the service worker. Loading them once the app is idle means the
 * first tap on a building does not also wait for its code to be fetched and parsed.
 */
const NEXT_SCREENS = [
  () => import('../../features/round/building-screen'),
  () => import('../../features/households/household-screen'),
  () => import('../../features/visits/record-visit-screen'),
];

/** After `delayMs` and then when the browser is idle; returns a cancel function. */
export function warmRoundScreens(delayMs = 1500): () => void {
  return warmWhenIdle(NEXT_SCREENS, delayMs);
}

/** Loads these chunks after `delayMs` and then when the browser is idle; returns a cancel function. */
export function warmWhenIdle(screens: readonly (() => Promise<unknown>)[], delayMs: number): () => void {
  let idle: number | undefined;
  const timer = setTimeout(() => {
    const load = () => {
      for (const screen of screens) void screen().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(load, { timeout: 5000 });
    else load();
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
