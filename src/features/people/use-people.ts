/**
 * The community's people, read from the server (online only): loading, the list, or why it failed
 * (NETWORK: this screen needs a connection). A person changed by an action replaces its row.
 */
import { useCallback } from 'react';
import { useDataClient } from '../../data';
import type { Person } from '../../domain/api/people';
import { useServerList, type ServerListView } from '../../shared/ui/use-server-list';

export interface People {
  view: ServerListView<Person>;
  reload: () => void;
  /** Puts a changed or new person into the list (new ones first). */
  put: (person: Person) => void;
}

export function usePeople(): People {
  const client = useDataClient();
  const { view, reload, update } = useServerList(() => client.listPeople(), 'people');
  const put = useCallback(
    (person: Person) =>
      update((people) => (people.some((p) => p.id === person.id) ? people.map((p) => (p.id === person.id ? person : p)) : [person, ...people])),
    [update],
  );
  return { view, reload, put };
}
