/** Browser entry (index.html loads /src/app/main.tsx): data client, translations, router, service worker. */
// First: zod must not probe for eval under the app's CSP (see the module).
import '../domain/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useRoutes } from 'react-router';
import { createDataClient } from '../data';
import { AppBanners } from './app-banners';
import { AppProviders } from './app-providers';
import { setupI18n } from './i18n-setup';
import { registerServiceWorker } from './pwa/register-service-worker';
import { appRoutes } from './routes';
import './styles/base.css';
import './styles/ui-kit.css';
import './styles/screens.css';
import './styles/pwa.css';

// After a remote wipe the page starts afresh: nothing read before stays in memory (the sign-in screen says "Wiped").
// So does locking (issue 18): the keys and everything opened with them leave memory with the page.
const reload = () => window.location.reload();
const client = createDataClient({ baseUrl: import.meta.env.VITE_API_URL ?? '', autoStart: false, appLock: true, onRemoteWipe: reload, onLocked: reload });

/** Declarative routing (BrowserRouter + useRoutes): the data router would add ~18 KB gzipped to the first screen. */
function AppRoutes() {
  return useRoutes(appRoutes);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The data client opens the database meanwhile; the first render waits only for the language file.
// (No top-level await: lazy chunks import this chunk, and must never wait on its evaluation.)
void setupI18n().then((i18n) =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={client} i18n={i18n}>
        <BrowserRouter>
          <AppBanners />
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  ),
);

client.start();
void registerServiceWorker().catch((error: unknown) => console.warn('Service worker registration failed', error));
