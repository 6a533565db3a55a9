/**
 * In-page timers for the secretary's desk screens (performance.now() in the page, never Node's clock),
 * like in-page-timers.ts: a string, installed with context.addInitScript for later documents and run
 * once in the current one (it installs itself only once per document).
 *
 * Armed from Node for one screen, the next click in the page (capture, before the app sees it) starts
 * the clock, or `startNow` starts it in the same task as a client-side navigation. A MutationObserver
 * stamps each of the screen's marks the first time it is in the DOM, under the screen's h1:
 * - community: `figures`, the "Households" section (h2#community-households) with its figures (dd);
 * - buildings: `rows`, the first card of the list labelled "Buildings (<shown> of <total>)", or the
 *   first body row of its table on a wide screen;
 * - trends: `table`, a table with a body row; `chart`, uPlot's chart (`.uplot` with its canvas).
 * The screen is done when all its marks are stamped; `frame` is the next animation frame after that.
 */
import type { Page } from 'playwright-core';

export type DeskScreen = 'community' | 'buildings' | 'trends';

export const DESK_SCREENS: Record<DeskScreen, { heading: string; marks: readonly string[] }> = {
  community: { heading: 'Community', marks: ['figures'] },
  buildings: { heading: 'Buildings', marks: ['rows'] },
  trends: { heading: 'Trends', marks: ['table', 'chart'] },
};

export const DESK_TIMERS = `
(() => {
  if (window.__gwDesk) return;
  const now = () => performance.now();
  const SCREENS = ${JSON.stringify(DESK_SCREENS)};
  const desk = { screen: null, armed: false, start: null, marks: {}, done: null, frame: null };
  window.__gwDesk = desk;

  const headingShown = (name) => Array.from(document.querySelectorAll('h1')).some((h1) => (h1.textContent || '').trim() === name);
  const labelledList = (id) => Array.from(document.querySelectorAll('ul[aria-labelledby]')).find((ul) => ul.getAttribute('aria-labelledby') === id);
  const PRESENT = {
    figures: () => {
      const title = document.getElementById('community-households');
      const section = title && title.closest('section');
      return !!section && Array.from(section.querySelectorAll('dd')).some((dd) => (dd.textContent || '').trim() !== '');
    },
    rows: () => {
      const title = Array.from(document.querySelectorAll('h2')).find((h2) => /^Buildings \\(\\d+ of \\d+\\)$/.test((h2.textContent || '').trim()));
      if (!title) return false;
      const list = title.id ? labelledList(title.id) : undefined;
      return !!(list && list.querySelector('li')) || document.querySelector('table tbody tr') !== null;
    },
    table: () => document.querySelector('table tbody tr') !== null,
    chart: () => document.querySelector('.uplot canvas') !== null,
  };

  const check = () => {
    if (desk.screen === null || desk.start === null || desk.done !== null) return;
    const screen = SCREENS[desk.screen];
    if (!headingShown(screen.heading)) return;
    const t = now();
    for (const mark of screen.marks) {
      if (desk.marks[mark] === undefined && PRESENT[mark]()) desk.marks[mark] = t;
    }
    if (screen.marks.every((mark) => desk.marks[mark] !== undefined)) {
      desk.done = t;
      requestAnimationFrame(() => { desk.frame = now(); });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  document.addEventListener('click', () => {
    if (!desk.armed) return;
    desk.armed = false;
    desk.start = now();
  }, true);

  desk.arm = (screen) => {
    desk.screen = screen;
    desk.armed = true;
    desk.start = null;
    desk.marks = {};
    desk.done = null;
    desk.frame = null;
  };
  desk.startNow = (screen) => {
    desk.arm(screen);
    desk.armed = false;
    desk.start = now();
  };
})();
`;

/** One screen's times from the start (click or navigation) in ms: done (every mark), each mark, the next frame. */
export interface DeskTiming {
  doneMs: number;
  frameMs: number;
  marksMs: Record<string, number>;
}

/** Installs the timers in this page's current document and in every later one. */
export async function installDeskTimers(page: Page): Promise<void> {
  await page.context().addInitScript({ content: DESK_TIMERS });
  await page.evaluate(DESK_TIMERS);
}

/** The next click in the page starts the clock for `screen`. */
export async function armDeskTimer(page: Page, screen: DeskScreen): Promise<void> {
  await page.evaluate(`window.__gwDesk.arm(${JSON.stringify(screen)})`);
}

/** Starts the clock for `screen` and, in the same task, navigates client-side to `path` (the router follows popstate). */
export async function timedClientNavigation(page: Page, screen: DeskScreen, path: string): Promise<void> {
  await page.evaluate(
    `(() => { window.__gwDesk.startNow(${JSON.stringify(screen)}); history.pushState(null, '', ${JSON.stringify(path)}); dispatchEvent(new PopStateEvent('popstate')); })()`,
  );
}

function isTiming(value: unknown): value is DeskTiming {
  return typeof value === 'object' && value !== null && 'doneMs' in value && typeof value.doneMs === 'number' && 'frameMs' in value && typeof value.frameMs === 'number';
}

/**
 * Waits for the armed screen's marks and the frame after them; the times from the start. Polled in
 * the page by a promise (page.waitForFunction's polling evaluates strings, which the app's CSP forbids).
 */
export async function deskTiming(page: Page, timeoutMs: number): Promise<DeskTiming> {
  const value: unknown = await page.evaluate(`new Promise((resolve, reject) => {
    const since = performance.now();
    const tick = () => {
      const d = window.__gwDesk;
      if (d.start !== null && d.done !== null && d.frame !== null) {
        const marksMs = {};
        for (const [mark, at] of Object.entries(d.marks)) marksMs[mark] = at - d.start;
        resolve({ doneMs: d.done - d.start, frameMs: d.frame - d.start, marksMs });
      } else if (performance.now() - since > ${timeoutMs}) {
        reject(new Error('not in the DOM after ${timeoutMs} ms (marks seen: ' + (Object.keys(d.marks).join(', ') || 'none') + ')'));
      } else {
        setTimeout(tick, 20);
      }
    };
    tick();
  })`);
  if (!isTiming(value)) throw new Error('the desk timer answered something else');
  return value;
}
