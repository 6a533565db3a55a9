/**
 * Registers /sw.js in production builds (the dev server has no service worker). workbox-window is
 * loaded after the first screen, as its own chunk: registration never delays the app's start.
 */
import { offerUpdate } from '../../features/update/update-store';
import { checkForUpdatesPeriodically, watchForUpdates } from './watch-for-updates';

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  watchForUpdates(wb, {
    offer: offerUpdate,
    reload: () => window.location.reload(),
    controlled: navigator.serviceWorker.controller !== null,
  });
  await wb.register();
  checkForUpdatesPeriodically(wb);
}
