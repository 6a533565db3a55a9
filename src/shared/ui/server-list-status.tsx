/**
 * What an online-only list (useServerList) shows until it is read: "Loading…", or why it failed with a
 * retry. Null once the list is there. The texts are the screen's own, already translated.
 */
import { Banner } from './banner';
import { Button } from './button';
import type { ServerListView } from './use-server-list';

export interface ServerListStatusProps<T> {
  view: ServerListView<T>;
  reload: () => void;
  loading: string;
  retry: string;
  /** The failure's message, from its code (NETWORK: no connection; null: no code). */
  failure: (code: string | null) => string;
}

export function ServerListStatus<T>({ view, reload, loading, retry, failure }: ServerListStatusProps<T>) {
  if (view.state === 'loading') {
    return (
      <p className="gw-loading" aria-busy="true">
        {loading}
      </p>
    );
  }
  if (view.state === 'failed') {
    return (
      <Banner
        tone="error"
        actions={
          <Button variant="secondary" onClick={reload}>
            {retry}
          </Button>
        }
      >
        {failure(view.code)}
      </Banner>
    );
  }
  return null;
}
