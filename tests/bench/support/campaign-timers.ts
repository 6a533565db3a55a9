/**
 * The campaign bench's in-page timers (performance.now() in the page, never Node's clock), installed
 * with context.addInitScript; a string, not a function (see in-page-timers.ts).
 *
 * - The site: armed from Node with the person's name, it starts at the click on "Sampled" and stops at
 *   the screen ready for the next person: the "Find resident" box back, empty and focused, and the polite
 *   status reading "Sampled: <name>, …". `domMs` is the moment that first holds, `ms` the next animation
 *   frame (painted).
 * - "Not tested": armed with a building id and the number of people expected, it starts at the click on
 *   the link to that building's campaign page and stops when the list labelled "Not tested" holds them.
 */
import type { Page } from 'playwright-core';

export const CAMPAIGN_TIMERS = `
(() => {
  const now = () => performance.now();
  const state = { site: null, list: null, samples: [], lists: [] };
  window.__gwCampaign = state;
  const findBox = () => {
    for (const input of document.querySelectorAll('input[type="search"]')) {
      const label = input.labels && input.labels[0];
      if (label && label.textContent.trim() === 'Find resident') return input;
    }
    return null;
  };
  const savedShown = (name) => {
    for (const status of document.querySelectorAll('[role="status"][aria-live="polite"]')) {
      if ((status.textContent || '').trim().startsWith('Sampled: ' + name + ',')) return true;
    }
    return false;
  };
  const listed = (expected) => Array.from(document.querySelectorAll('ul[aria-labelledby]')).some((list) => {
    const label = document.getElementById(list.getAttribute('aria-labelledby'));
    return label !== null && label.textContent.trim() === 'Not tested' && list.querySelectorAll(':scope > li').length >= expected;
  });
  const check = () => {
    const site = state.site;
    if (site && site.start !== null && site.domEnd === null) {
      const box = findBox();
      if (box && box.value === '' && document.activeElement === box && savedShown(site.name)) {
        site.domEnd = now();
        requestAnimationFrame(() => {
          state.samples.push({ name: site.name, ms: now() - site.start, domMs: site.domEnd - site.start });
          state.site = null;
        });
      }
    }
    const list = state.list;
    if (list && list.start !== null && list.domEnd === null && listed(list.expected)) {
      list.domEnd = now();
      requestAnimationFrame(() => {
        state.lists.push({ ms: now() - list.start, domMs: list.domEnd - list.start });
        state.list = null;
      });
    }
  };
  const poll = () => {
    if (!(state.site && state.site.start !== null) && !(state.list && state.list.start !== null)) return;
    check();
    requestAnimationFrame(poll);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  document.addEventListener('focusin', check, true);
  document.addEventListener('click', (event) => {
    const t = now();
    const target = event.target instanceof Element ? event.target : null;
    const button = target ? target.closest('button') : null;
    if (state.site && state.site.start === null && button && button.textContent.trim() === 'Sampled') {
      state.site.start = t;
      requestAnimationFrame(poll);
    }
    const link = target ? target.closest('a') : null;
    if (state.list && state.list.start === null && link && link.getAttribute('href').endsWith('/buildings/' + state.list.buildingId)) {
      state.list.start = t;
      requestAnimationFrame(poll);
    }
  }, true);
  state.armSite = (name) => { state.site = { name, start: null, domEnd: null }; };
  state.armList = (buildingId, expected) => { state.list = { buildingId, expected, start: null, domEnd: null }; };
})();
`;

export interface CampaignSample {
  /** Click to the next animation frame after the screen is ready. */
  ms: number;
  /** Click to the DOM state alone. */
  domMs: number;
}

export async function armSiteTimer(page: Page, name: string): Promise<void> {
  await page.evaluate(`window.__gwCampaign.armSite(${JSON.stringify(name)})`);
}

export async function armListTimer(page: Page, buildingId: string, expected: number): Promise<void> {
  await page.evaluate(`window.__gwCampaign.armList(${JSON.stringify(buildingId)}, ${expected})`);
}

async function samplesOf(page: Page, key: 'samples' | 'lists', count: number, timeoutMs: number): Promise<CampaignSample[]> {
  const since = Date.now();
  for (;;) {
    const value: unknown = await page.evaluate(`window.__gwCampaign.${key}.map((s) => [s.ms, s.domMs])`);
    const samples = Array.isArray(value) ? value.flatMap((pair: unknown) => (Array.isArray(pair) && typeof pair[0] === 'number' && typeof pair[1] === 'number' ? [{ ms: pair[0], domMs: pair[1] }] : [])) : [];
    if (samples.length >= count) return samples;
    if (Date.now() - since > timeoutMs) throw new Error(`only ${samples.length} of ${count} timed ${key === 'samples' ? 'samplings' : '"Not tested" lists'} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The site's samples once `count` are in. */
export function siteSamples(page: Page, count: number, timeoutMs = 10_000): Promise<CampaignSample[]> {
  return samplesOf(page, 'samples', count, timeoutMs);
}

/** The "Not tested" list's samples once `count` are in. */
export function listSamples(page: Page, count: number, timeoutMs = 30_000): Promise<CampaignSample[]> {
  return samplesOf(page, 'lists', count, timeoutMs);
}
