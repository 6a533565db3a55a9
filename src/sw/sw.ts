/**
 * The service worker (built by vite-plugin-pwa, injectManifest, into dist/sw.js):
 * - precaches the app shell, every route chunk, CSS, icons and the manifest, and removes the
 *   precaches of older versions;
 * - answers every app navigation with the precached index.html, so any route opens offline (not
 *   /help/…, the residents' help page, which is no part of the app);
 * - never touches /api/: there is no route for it, so API requests go straight to the network
 *   and nothing personal is cached;
 * - activates a new version only when the page posts {type: 'SKIP_WAITING'} (the user chose Reload);
 * - no Background Sync (issue 18): the outbox and the records are sealed under a key only the unlocked
 *   page holds, and the worker cannot know the PIN; a worker's sync could neither open what it sends nor
 *   seal what it pulls. The unlocked page syncs (at once when unlocked, after each write, every minute).
 */
// First: zod must not probe for eval under the worker's CSP (see the module).
import '../domain/zod-without-eval';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isSkipWaitingMessage } from './update-messages';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The residents' help page (/help/<token>) is not the app: its navigations go to the network.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/, /^\/help(\/|$)/] }));

// The first version takes the open page at once (it has no older worker to wait for).
clientsClaim();

self.addEventListener('message', (event) => {
  if (isSkipWaitingMessage(event.data)) void self.skipWaiting();
});


