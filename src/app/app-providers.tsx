import type { ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { DataClientContext, type DataClient } from '../data';

export interface AppProvidersProps {
  client: DataClient;
  i18n: I18n;
  children: ReactNode;
}

/** Everything a screen needs from above: the data client and the translations. */
export function AppProviders({ client, i18n, children }: AppProvidersProps) {
  return (
    <DataClientContext value={client}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </DataClientContext>
  );
}
