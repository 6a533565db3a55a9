/**
 * The update flow between the page and its service worker (through workbox-window):
 * a new version installs and WAITS; the page offers "A new version is ready"; only when the user
 * chooses Reload does it tell the waiting worker to take over (SKIP_WAITING) and reload once the
 * new worker controls the page. The new version's chunks are already precached, so they load offline.
 */

/** The workbox-window events and calls used here (so tests can drive a fake). */
export interface WorkboxLike {
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void;
  messageSkipWaiting(): void;
  update(): Promise<void>;
}

export interface UpdateHooks {
  /** Show the prompt; `apply` is what its Reload button does. */
  offer(apply: () => void): void;
  reload(): void;
  /** Whether a service worker controlled the page when it loaded (navigator.serviceWorker.controller). */
  controlled: boolean;
}

/** Checks for a new version when the page comes back to the foreground, and hourly. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export function watchForUpdates(wb: WorkboxLike, hooks: UpdateHooks): void {
  let requested = false;
  let controlled = hooks.controlled;
  wb.addEventListener('waiting', () => {
    hooks.offer(() => {
      requested = true;
      wb.messageSkipWaiting();
    });
  });
  wb.addEventListener('controlling', () => {
    // The very first worker claiming the page (first visit) is not an update. (workbox-window's
    // isUpdate cannot tell: it is false for every later version too in a page opened on the first visit.)
    const wasControlled = controlled;
    controlled = true;
    if (requested) {
      hooks.reload();
    } else if (wasControlled) {
      // Another tab chose Reload: this page still runs the old version, whose files are gone from
      // the precache. Offer the reload (the user's unsaved input decides when), never force it.
      hooks.offer(hooks.reload);
    }
  });
}

/** Asks the browser to look for a new sw.js when the page becomes visible and every hour. */
export function checkForUpdatesPeriodically(wb: WorkboxLike, doc: Document = document): () => void {
  const check = () => void wb.update().catch(() => undefined);
  const onVisible = () => {
    if (doc.visibilityState === 'visible') check();
  };
  doc.addEventListener('visibilitychange', onVisible);
  const timer = setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  return () => {
    doc.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
  };
}
