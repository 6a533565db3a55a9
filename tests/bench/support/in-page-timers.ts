/**
 * Timers that run inside the page (performance.now() there, never Node's clock), installed with
 * context.addInitScript so every document has them. Strings, not functions: tsx would wrap a
 * function's inner names in a helper the page does not have (see cold-start-bench.ts).
 *
 * - search: an `input` listener (capture) stamps each keystroke; a MutationObserver stamps the moment
 *   the results list (`ul[aria-label="Results"]`) shows that keystroke's query in its data-query
 *   attribute. A list without data-query is timed to its first DOM change after the keystroke, then
 *   the next animation frame (mode 'dom-change'); when the list stays the same (the same hits), to the
 *   render that committed the keystroke (React writes a controlled input's value attribute in the same
 *   commit as the list), then the next animation frame (mode 'commit').
 * - visit: a `click` listener (capture) on the "Save visit" button stamps the tap; a PerformanceObserver
 *   reads the record writer's `gridwalk:write-committed` mark of the visit create.
 * - building: armed from Node, the next click (or history navigation started in the same task) stamps
 *   the start; a MutationObserver stamps the first room button ("Unit <u> Room <r>") under the
 *   building's heading.
 */
import type { Page } from 'playwright-core';

export const IN_PAGE_TIMERS = `
(() => {
  const now = () => performance.now();
  const ROOM = /^Unit \\S+ Room \\S+$/;
  const nameOf = (el) => (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim();

  const search = { armed: false, pending: null, samples: [] };
  const visit = { clicks: [], commits: [] };
  const building = { start: null, firstRoom: null, heading: '' };
  window.__gwBench = { search, visit, building };

  const LIST = 'ul[aria-label="Results"]';
  const resultsList = () => document.querySelector(LIST);
  const finishSearch = (end, mode, domEnd) => {
    const p = search.pending;
    if (!p) return;
    search.pending = null;
    search.samples.push({ query: p.query, ms: end - p.start, domMs: domEnd - p.start, mode });
  };
  const checkSearch = (mutations) => {
    const p = search.pending;
    if (!p || p.waitingFrame) return;
    const list = resultsList();
    if (list && list.hasAttribute('data-query')) {
      const shown = list.getAttribute('data-query');
      if (shown === p.query || shown === p.query.trim()) {
        const t = now();
        finishSearch(t, 'data-query', t);
      }
      return;
    }
    const inList = (node) => list !== null && node !== null && list.contains(node);
    const listChanged = mutations.some((m) => {
      const node = m.target.nodeType === 1 ? m.target : m.target.parentElement;
      return inList(node) || (m.type === 'childList' && [...m.addedNodes, ...m.removedNodes].some((n) => n.nodeType === 1 && (n.matches(LIST) || n.querySelector(LIST))));
    });
    const committed = mutations.some((m) => m.type === 'attributes' && m.attributeName === 'value' && m.target === p.input && p.input.getAttribute('value') === p.query);
    if (listChanged || committed) {
      p.waitingFrame = true;
      const mode = listChanged ? 'dom-change' : 'commit';
      const domEnd = now();
      requestAnimationFrame(() => finishSearch(now(), mode, domEnd));
    }
  };

  const checkBuilding = () => {
    if (building.start === null || building.firstRoom !== null) return;
    const h1 = document.querySelector('h1');
    if (!h1 || !(h1.textContent || '').includes(building.heading)) return;
    for (const button of document.querySelectorAll('button')) {
      if (ROOM.test(nameOf(button))) {
        building.firstRoom = now();
        return;
      }
    }
  };

  const observer = new MutationObserver((mutations) => {
    checkSearch(mutations);
    checkBuilding();
  });
  const observe = () => observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-query', 'value'], characterData: true });
  observe();

  document.addEventListener('input', (event) => {
    const target = event.target;
    if (!search.armed || !(target instanceof HTMLInputElement)) return;
    search.pending = { query: target.value, input: target, start: now(), waitingFrame: false };
  }, true);

  document.addEventListener('click', (event) => {
    const t = now();
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && nameOf(button) === 'Save visit') visit.clicks.push(t);
    if (building.armed) {
      building.armed = false;
      building.start = t;
    }
  }, true);

  building.arm = (heading) => {
    building.heading = heading;
    building.start = null;
    building.firstRoom = null;
    building.armed = true;
  };
  building.armForHistory = (heading) => {
    building.arm(heading);
    building.armed = false;
    building.start = now();
  };

  if (typeof PerformanceObserver !== 'undefined') {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const detail = entry.detail;
        if (entry.name === 'gridwalk:write-committed' && detail && detail.entity === 'visit' && detail.op === 'create') {
          visit.commits.push(entry.startTime);
        }
      }
    }).observe({ type: 'mark' });
  }
})();
`;

export interface SearchSample {
  query: string;
  /** To the moment the figure counts (data-query: the DOM; otherwise the next animation frame). */
  ms: number;
  /** To the DOM change alone. */
  domMs: number;
  mode: 'data-query' | 'dom-change' | 'commit';
}

/** Starts (or stops) timing keystrokes; a stopped timer ignores input (clearing the box between queries). */
export async function armSearchTimer(page: Page, armed: boolean): Promise<void> {
  await page.evaluate(`(() => { window.__gwBench.search.armed = ${armed}; window.__gwBench.search.pending = null; })()`);
}

export async function searchSamples(page: Page): Promise<SearchSample[]> {
  return page.evaluate('window.__gwBench.search.samples') as Promise<SearchSample[]>;
}

/** Waits until the last keystroke's results showed; false when they did not within `timeoutMs`. */
export async function waitForKeystrokeShown(page: Page, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction('window.__gwBench.search.pending === null', undefined, { timeout: timeoutMs, polling: 'raf' });
    return true;
  } catch {
    await armSearchTimer(page, true);
    return false;
  }
}

/** Clicks and commits of "Save visit" recorded in this document so far. */
export async function visitTimes(page: Page): Promise<{ clicks: number[]; commits: number[] }> {
  return page.evaluate('({ clicks: window.__gwBench.visit.clicks, commits: window.__gwBench.visit.commits })') as Promise<{
    clicks: number[];
    commits: number[];
  }>;
}

/** Arms the building timer: the next click in the page starts it. */
export async function armBuildingTimer(page: Page, heading: string): Promise<void> {
  await page.evaluate(`window.__gwBench.building.arm(${JSON.stringify(heading)})`);
}

/** Goes back in history with the timer started in the same task (a client-side navigation). */
export async function timedHistoryBack(page: Page, heading: string): Promise<void> {
  await page.evaluate(`(() => { window.__gwBench.building.armForHistory(${JSON.stringify(heading)}); history.back(); })()`);
}

/** Milliseconds from the armed start to the first room button, once it is in the DOM. */
export async function buildingRenderMs(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    '(() => { const b = window.__gwBench.building; return b.firstRoom !== null && b.start !== null ? b.firstRoom - b.start : false; })()',
    undefined,
    { timeout: timeoutMs },
  );
  return Number(await handle.jsonValue());
}
