/**
 * Recognising IndexedDB failures that the app handles specially. Dexie wraps native errors
 * (AbortError with `inner`, BulkError with `failures`), so the whole chain is searched.
 */

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  failures?: unknown;
  cause?: unknown;
}

function* chain(error: unknown, depth = 0): Generator<ErrorLike> {
  if (depth > 5 || typeof error !== 'object' || error === null) return;
  const e = error as ErrorLike;
  yield e;
  yield* chain(e.inner, depth + 1);
  yield* chain(e.cause, depth + 1);
  if (Array.isArray(e.failures)) for (const failure of e.failures) yield* chain(failure, depth + 1);
}

/** The browser refused a write because the site's storage quota is used up. */
export function isQuotaExceeded(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

const CONNECTION_LOST = /connection to indexed database server lost/i;

/**
 * Safari (iOS above all) drops the IndexedDB connection of a page that was in the background:
 * "UnknownError: Connection to Indexed Database server lost. Refresh the page to try again",
 * reported by Dexie as that error or a DatabaseClosedError carrying the message.
 */
export function isConnectionLost(error: unknown): boolean {
  for (const e of chain(error)) {
    const named = e.name === 'UnknownError' || e.name === 'DatabaseClosedError' || e.name === 'AbortError';
    if (named && typeof e.message === 'string' && CONNECTION_LOST.test(e.message)) return true;
  }
  return false;
}
