/**
 * The community's signed-in phones, read from the server (online only): loading, the list, or why it
 * failed (NETWORK: this screen needs a connection). A phone signed out leaves the list.
 */
import { useCallback } from 'react';
import { useDataClient } from '../../data';
import type { CommunityDeviceSession } from '../../domain/device-sessions';
import { useServerList, type ServerListView } from '../../shared/ui/use-server-list';

export interface Phones {
  view: ServerListView<CommunityDeviceSession>;
  reload: () => void;
  /** Takes a signed-out phone off the list. */
  drop: (sessionId: string) => void;
}

export function usePhones(communityId: string | null): Phones {
  const client = useDataClient();
  const { view, reload, update } = useServerList(communityId === null ? null : () => client.listCommunityPhones(communityId), communityId ?? '');
  const drop = useCallback((sessionId: string) => update((phones) => phones.filter((p) => p.sessionId !== sessionId)), [update]);
  return { view, reload, drop };
}
