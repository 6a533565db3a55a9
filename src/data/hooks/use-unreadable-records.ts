/** Records the server sent that this phone could not read, kept live for "needs attention". */
import { useLiveQuery } from 'dexie-react-hooks';
import type { UnreadableRecord } from '../db/unreadable-record';
import { useDataClient } from './data-client-context';

const NONE: UnreadableRecord[] = [];

export function useUnreadableRecords(): UnreadableRecord[] {
  const client = useDataClient();
  return useLiveQuery(() => client.listUnreadable(), [client], NONE);
}
