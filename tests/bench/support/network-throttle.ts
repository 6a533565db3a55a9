/**
 * A slow mobile link for the page (DevTools Network.emulateNetworkConditions: 1.6 Mbps down,
 * 750 kbps up, 150 ms round trip) and a meter of what the network delivered to it: the sum of
 * Network.loadingFinished encodedDataLength (bytes on the wire as Chromium counts them, headers
 * included, compressed or not), split into the app's files and the API (/api/).
 *
 * DevTools conditions belong to one target: the page's do not reach the service worker, and in
 * Chromium 156 setting them on the worker's own session has no effect either. So the worker's
 * own downloads (its precache) run at full speed; they are metered apart, from Playwright's
 * request sizes, so the printed figures can say how much of the link they would have taken.
 */
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

export const THROTTLED_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
} as const;

export const THROTTLED_NETWORK_LABEL = '1.6 Mbps down, 750 kbps up, 150 ms RTT';

export interface TrafficShare {
  requests: number;
  bytes: number;
}

export interface TrafficReport {
  /** The page's requests answered by the network. */
  app: TrafficShare;
  api: TrafficShare;
  /** The page's requests answered by the service worker (from its cache: no network bytes). */
  servedByWorker: number;
  failed: number;
  /** The service worker's own requests (precache, its syncs): not throttled, see above. */
  worker: TrafficShare;
  /** How many of the worker's requests were API calls (a sync the worker ran itself). */
  workerApiRequests: number;
}

export interface NetworkMeter {
  readonly cdp: CDPSession;
  /** Forgets what was counted so far (e.g. to meter one step only). */
  reset(): void;
  report(): TrafficReport;
  stop(): Promise<void>;
}

function isApi(url: string): boolean {
  try {
    return new URL(url).pathname.startsWith('/api/');
  } catch {
    return false;
  }
}

const emptyShare = (): TrafficShare => ({ requests: 0, bytes: 0 });

/**
 * Throttles the page's network and starts metering it (and the context's service worker). Call
 * before the page's first navigation.
 */
export async function throttleAndMeter(context: BrowserContext, page: Page): Promise<NetworkMeter> {
  const cdp = await context.newCDPSession(page);
  const urls = new Map<string, string>();
  const fromWorker = new Set<string>();
  let counts = { app: emptyShare(), api: emptyShare(), servedByWorker: 0, failed: 0 };
  let worker = emptyShare();
  let workerApiRequests = 0;

  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.responseReceived', (event) => {
    if (event.response.fromServiceWorker) fromWorker.add(event.requestId);
  });
  cdp.on('Network.loadingFailed', (event) => {
    if (urls.delete(event.requestId)) counts.failed += 1;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId);
    if (url === undefined) return;
    urls.delete(event.requestId);
    if (fromWorker.delete(event.requestId)) {
      counts.servedByWorker += 1;
      return;
    }
    const share = isApi(url) ? counts.api : counts.app;
    share.requests += 1;
    share.bytes += event.encodedDataLength;
  });

  const pending = new Set<Promise<void>>();
  const onWorkerRequest = (request: Request): void => {
    if (!request.serviceWorker()) return;
    if (isApi(request.url())) workerApiRequests += 1;
    const sizing = request.sizes().then(
      (sizes) => {
        worker.requests += 1;
        worker.bytes += sizes.responseHeadersSize + sizes.responseBodySize;
      },
      () => undefined,
    );
    pending.add(sizing);
    void sizing.finally(() => pending.delete(sizing));
  };
  context.on('requestfinished', onWorkerRequest);

  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { ...THROTTLED_NETWORK });

  return {
    cdp,
    reset() {
      counts = { app: emptyShare(), api: emptyShare(), servedByWorker: 0, failed: 0 };
      worker = emptyShare();
      workerApiRequests = 0;
    },
    report() {
      return { ...counts, app: { ...counts.app }, api: { ...counts.api }, worker: { ...worker }, workerApiRequests };
    },
    async stop() {
      context.off('requestfinished', onWorkerRequest);
      await Promise.all([...pending]);
      await cdp.detach().catch(() => undefined);
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** "app files 412 KB in 23 requests, API 96 KB in 5 requests". */
export function describeTraffic(report: TrafficReport): string {
  const share = (name: string, s: TrafficShare) => `${name} ${kb(s.bytes)} in ${s.requests} request${s.requests === 1 ? '' : 's'}`;
  return `${share('app files', report.app)}, ${share('API', report.api)}`;
}

/** Notes on what the meter saw besides the page's network traffic. */
export function trafficNotes(report: TrafficReport): string[] {
  const notes: string[] = [];
  if (report.worker.requests > 0) {
    const seconds = report.worker.bytes / THROTTLED_NETWORK.downloadThroughput;
    notes.push(
      `service worker: ${kb(report.worker.bytes)} in ${report.worker.requests} requests, not throttled ` +
        `(DevTools conditions do not reach it; on this link that is ${seconds.toFixed(1)} s of download)`,
    );
  }
  if (report.workerApiRequests > 0) notes.push(`the service worker made ${report.workerApiRequests} API requests itself (unthrottled)`);
  if (report.servedByWorker > 0) notes.push(`${report.servedByWorker} page requests answered by the service worker's cache`);
  if (report.failed > 0) notes.push(`${report.failed} requests failed`);
  return notes;
}
