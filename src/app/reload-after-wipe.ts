/**
 * Remote wipe (issue 18): once the data of a session this page showed has been wiped (here, in another
 * tab or by the service worker), the page starts afresh, so nothing read before outlives the data in
 * memory (the search index and its name cache, screens' state); the sign-in screen then says "Wiped".
 */
import type { DataClient } from '../data';

type SessionSource = Pick<DataClient, 'getSessionState' | 'subscribeSession'>;

/** Calls `reload` when a session this page had is wiped; not for a notice already there when it opened. */
export function reloadAfterRemoteWipe(client: SessionSource, reload: () => void): () => void {
  let hadSession = false;
  let reloaded = false;
  const check = () => {
    const state = client.getSessionState();
    if (state.status === 'signed_in') hadSession = true;
    if (hadSession && state.wiped && !reloaded) {
      reloaded = true;
      reload();
    }
  };
  check();
  return client.subscribeSession(check);
}
