/**
 * The community's signed-in phones, read from the server (online only): loading, the list, or why it
 * failed (NETWORK: this screen needs a connection). A phone signed out leaves the list.
 */
import { useCallback, useEffect, useState } from 'react';
import { useDataClient } from '../../data';
import type { CommunityDeviceSession } from '../../domain/device-sessions';
import { CodedError } from '../../shared/write-failure';

export type PhonesView =
  | { state: 'loading' }
  | { state: 'ready'; phones: CommunityDeviceSession[] }
  | { state: 'failed'; code: string | null };

export interface Phones {
  view: PhonesView;
  reload: () => void;
  /** Takes a signed-out phone off the list. */
  drop: (sessionId: string) => void;
}

export function usePhones(communityId: string | null): Phones {
  const client = useDataClient();
  const [view, setView] = useState<PhonesView>({ state: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (communityId === null) {
      setView({ state: 'ready', phones: [] });
      return;
    }
    let current = true;
    setView({ state: 'loading' });
    client.listCommunityPhones(communityId).then(
      (phones) => {
        if (current) setView({ state: 'ready', phones });
      },
      (error: unknown) => {
        if (current) setView({ state: 'failed', code: error instanceof CodedError ? error.code : null });
      },
    );
    return () => {
      current = false;
    };
  }, [client, communityId, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const drop = useCallback((sessionId: string) => {
    setView((current) => (current.state === 'ready' ? { state: 'ready', phones: current.phones.filter((p) => p.sessionId !== sessionId) } : current));
  }, []);
  return { view, reload, drop };
}
