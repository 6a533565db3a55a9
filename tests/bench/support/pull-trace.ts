/**
 * Where the first pull's time goes, read from the app's own User Timing spans (src/data/trace.ts:
 * `gridwalk:pull:request`, `…:records`, `…:transaction`,
 * `gridwalk:search:index`…) summed in the page by a PerformanceObserver installed before the app
 * starts, plus the main thread's long tasks (rendering and everything else that held it > 50 ms).
 * A string, not a function: see in-page-timers.ts.
 */
import type { Page } from 'playwright-core';

export const PULL_TRACE = `
(() => {
  window.__gwTrace = { spans: {}, longTasks: { n: 0, ms: 0 } };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.name.startsWith('gridwalk:')) continue;
        const span = (window.__gwTrace.spans[entry.name.slice(9)] ??= { n: 0, ms: 0 });
        span.n += 1;
        span.ms += entry.duration;
      }
    }).observe({ type: 'measure' });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__gwTrace.longTasks.n += 1;
        window.__gwTrace.longTasks.ms += entry.duration;
      }
    }).observe({ type: 'longtask' });
  } catch {}
})();
`;

interface Sum {
  n: number;
  ms: number;
}

export interface PullTrace {
  spans: Record<string, Sum>;
  longTasks: Sum;
}

/** The sums so far, and resets them (so a later read covers only what came after). */
export async function takePullTrace(page: Page): Promise<PullTrace> {
  return page.evaluate(() => {
    const holder = window as unknown as { __gwTrace?: PullTrace };
    const trace = holder.__gwTrace ?? { spans: {}, longTasks: { n: 0, ms: 0 } };
    holder.__gwTrace = { spans: {}, longTasks: { n: 0, ms: 0 } };
    return trace;
  });
}

const LINES: [span: string, label: string][] = [
  ['pull:request', 'requests (server, network wait, JSON parse, contract check)'],
  ['pull:records', 'per-record parse (schemas)'],
  ['pull:transaction', 'IndexedDB write transactions (start to commit)'],
  ['pull:merge', '  of which merge with stored rows and outbox'],
  ['search:index', 'search index building'],
];

/** Printable lines: label and figure, the spans in the order a page goes through them. */
export function pullTraceLines(trace: PullTrace, totalSeconds: number): [string, string][] {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const lines: [string, string][] = [];
  for (const [span, label] of LINES) {
    const sum = trace.spans[span];
    if (sum) lines.push([`  ${label}`, `${seconds(sum.ms)}  (${sum.n}×)`]);
  }
  lines.push(['  main thread busy in long tasks (> 50 ms)', `${seconds(trace.longTasks.ms)}  (${trace.longTasks.n}×)`]);
  lines.push(['  (network and writes overlap: the pull fetches ahead while it writes)', `of ${totalSeconds.toFixed(2)} s`]);
  return lines;
}
