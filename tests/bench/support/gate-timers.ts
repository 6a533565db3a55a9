/**
 * The gate bench's in-page timer (performance.now() in the page, never Node's clock), installed with
 * context.addInitScript. A string, not a function: tsx would wrap a function's inner names in a helper
 * the page does not have (see in-page-timers.ts).
 *
 * Armed from Node with the name the entry is saved under, it starts at the first of: a click on the
 * "Save entry" button, or a `submit` event (capture listeners on document; Enter in the Temperature field
 * submits the entry's form, which also clicks its submit button). It stops at the cleared screen: the
 * "Find resident" box is back, empty and focused, and a polite status reads "Saved: <name>". The check runs
 * on every DOM change (MutationObserver), on focus moves and on every animation frame while pending;
 * `domMs` is the moment it first holds, `ms` the next animation frame (the cleared screen painted), and
 * `commitMs` the record writer's `gridwalk:write-committed` mark of the checkpoint entry's create.
 */
import type { Page } from 'playwright-core';

export const GATE_TIMER = `
(() => {
  const now = () => performance.now();
  const nameOf = (el) => (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim();
  const gate = { armed: null, pending: null, samples: [] };
  window.__gwGate = gate;

  const findBox = () => {
    for (const input of document.querySelectorAll('input[type="search"]')) {
      const label = input.labels && input.labels[0];
      if (label && label.textContent.trim() === 'Find resident') return input;
    }
    return null;
  };
  const savedShown = (name) => {
    const want = 'Saved: ' + name;
    for (const status of document.querySelectorAll('[role="status"][aria-live="polite"]')) {
      if ((status.textContent || '').trim() === want) return true;
    }
    return false;
  };
  const finish = (end) => {
    const p = gate.pending;
    if (!p) return;
    gate.pending = null;
    const commitMs = p.commit === null ? null : p.commit - p.start;
    gate.samples.push({ name: p.name, kind: p.kind, ms: end - p.start, domMs: p.domEnd - p.start, commitMs, via: p.via });
  };
  const check = () => {
    const p = gate.pending;
    if (!p || p.domEnd !== null) return;
    const box = findBox();
    if (!box || box.value !== '' || document.activeElement !== box || !savedShown(p.name)) return;
    p.domEnd = now();
    requestAnimationFrame(() => finish(now()));
  };
  const poll = () => {
    if (!gate.pending || gate.pending.domEnd !== null) return;
    check();
    requestAnimationFrame(poll);
  };
  const start = (t, via) => {
    if (!gate.armed || gate.pending) return;
    gate.pending = { name: gate.armed.name, kind: gate.armed.kind, start: t, domEnd: null, commit: null, via };
    gate.armed = null;
    requestAnimationFrame(poll);
  };

  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('focusin', check, true);
  document.addEventListener('click', (event) => {
    const t = now();
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && nameOf(button) === 'Save entry') start(t, event.detail === 0 ? 'enter' : 'click');
  }, true);
  document.addEventListener('submit', () => start(now(), 'submit'), true);

  if (typeof PerformanceObserver !== 'undefined') {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const detail = entry.detail;
        const p = gate.pending;
        if (p && p.commit === null && entry.name === 'gridwalk:write-committed' && detail && detail.entity === 'checkpoint_entry' && detail.op === 'create') {
          p.commit = entry.startTime;
        }
      }
    }).observe({ type: 'mark' });
  }

  gate.arm = (name, kind) => {
    gate.armed = { name, kind };
  };
})();
`;

export type GateEntryKind = 'repeat' | 'search' | 'visitor' | 'refused' | 'referred';

export interface GateSample {
  name: string;
  kind: GateEntryKind;
  /** Save to the next animation frame after the cleared screen. */
  ms: number;
  /** Save to the DOM state alone. */
  domMs: number;
  /** Save to the committed write of the entry (null when the mark was not seen before the cleared screen). */
  commitMs: number | null;
  /** What started the timer: a click on "Save entry", Enter (the form's implicit click), or a bare submit. */
  via: 'click' | 'enter' | 'submit';
}

/** Arms the timer for the next save, stored under `name`. */
export async function armGateTimer(page: Page, name: string, kind: GateEntryKind): Promise<void> {
  await page.evaluate(`window.__gwGate.arm(${JSON.stringify(name)}, ${JSON.stringify(kind)})`);
}

/** Waits until the armed save has reached the cleared screen. */
export async function waitForClearedScreen(page: Page, timeoutMs: number): Promise<void> {
  const handle = await page.waitForFunction('window.__gwGate.armed === null && window.__gwGate.pending === null', undefined, {
    timeout: timeoutMs,
    polling: 'raf',
  });
  await handle.dispose();
}

export async function gateSamples(page: Page): Promise<GateSample[]> {
  return page.evaluate('window.__gwGate.samples') as Promise<GateSample[]>;
}
