/** The "needs attention" list, kept live: updates when a push rejects, or the user resends or discards. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { OutboxEntry } from '../db/outbox-entry';
import { useDataClient } from './data-client-context';

const NONE: OutboxEntry[] = [];

export function useRejectedMutations(): OutboxEntry[] {
  const client = useDataClient();
  return useLiveQuery(() => client.listRejected(), [client], NONE);
}
