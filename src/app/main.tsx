/** Browser entry (index.html loads /src/app/main.tsx): data client, translations, router. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createDataClient } from '../data/create-data-client';
import { AppProviders } from './app-providers';
import { setupI18n } from './i18n-setup';
import { appRoutes } from './routes';
import './styles/base.css';
import './styles/ui-kit.css';
import './styles/screens.css';

const client = createDataClient({ baseUrl: import.meta.env.VITE_API_URL ?? '', autoStart: false });
const i18n = setupI18n();
const router = createBrowserRouter(appRoutes);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);

client.start();
