/**
 * The community's people, read from the server (online only): loading, the list, or why it failed
 * (NETWORK: this screen needs a connection). A person changed by an action replaces its row.
 */
import { useCallback, useEffect, useState } from 'react';
import { useDataClient } from '../../data';
import type { Person } from '../../domain/api/people';
import { CodedError } from '../../shared/write-failure';

export type PeopleView =
  | { state: 'loading' }
  | { state: 'ready'; people: Person[] }
  | { state: 'failed'; code: string | null };

export interface People {
  view: PeopleView;
  reload: () => void;
  /** Puts a changed or new person into the list (new ones first). */
  put: (person: Person) => void;
}

export function usePeople(): People {
  const client = useDataClient();
  const [view, setView] = useState<PeopleView>({ state: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    setView({ state: 'loading' });
    client.listPeople().then(
      (people) => {
        if (current) setView({ state: 'ready', people });
      },
      (error: unknown) => {
        if (current) setView({ state: 'failed', code: error instanceof CodedError ? error.code : null });
      },
    );
    return () => {
      current = false;
    };
  }, [client, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const put = useCallback((person: Person) => {
    setView((current) => {
      if (current.state !== 'ready') return current;
      const known = current.people.some((p) => p.id === person.id);
      const people = known ? current.people.map((p) => (p.id === person.id ? person : p)) : [person, ...current.people];
      return { state: 'ready', people };
    });
  }, []);
  return { view, reload, put };
}
