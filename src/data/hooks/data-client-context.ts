/** Hands the one DataClient to React: src/app provides it, features read it with useDataClient(). */
import { createContext, useContext } from 'react';
import type { DataClient } from '../data-client';

export const DataClientContext = createContext<DataClient | null>(null);

export function useDataClient(): DataClient {
  const client = useContext(DataClientContext);
  if (!client) throw new Error('useDataClient() needs a <DataClientContext value={client}> above it');
  return client;
}
