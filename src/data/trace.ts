/**
 * Where a sync's time goes, as User Timing measures named `gridwalk:<span>` (the benchmark sums them
 * with a PerformanceObserver; DevTools shows them in its Performance panel). Each measure is cleared
 * from the performance buffer as soon as it is made, so a page that syncs all day keeps none of them.
 */

/** The spans a pull (and the work it causes) is cut into. */
export type TraceSpan =
  /** One pull request: the server's work, the network, and reading the answer (JSON, wire contract). */
  | 'pull:request'
  /** Each pulled record read with its kind's schema. */
  | 'pull:records'
  /** One write transaction of pulled pages, from its start to its commit (merge included). */
  | 'pull:transaction'
  /** Inside it: merging the pulled copies with the rows and outbox entries already stored. */
  | 'pull:merge'
  /** Building the search index over the register. */
  | 'search:index';

const timeline = typeof performance === 'object' && typeof performance.clearMeasures === 'function' ? performance : null;

/** A start time for traceSince. */
export const traceStart = (): number => timeline?.now() ?? 0;

/** Records the span from `start` to now. */
export function traceSince(span: TraceSpan, start: number): void {
  if (!timeline) return;
  const name = `gridwalk:${span}`;
  timeline.measure(name, { start, end: timeline.now() });
  timeline.clearMeasures(name);
}

/** Runs `work` and records its span (also when it throws). */
export async function traced<T>(span: TraceSpan, work: () => Promise<T>): Promise<T> {
  const start = traceStart();
  try {
    return await work();
  } finally {
    traceSince(span, start);
  }
}
