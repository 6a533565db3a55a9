/** Warming a role's next screens: their chunks loaded once the app is idle (each role app's warm-…-screens.ts). */
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
