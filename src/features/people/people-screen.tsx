/**
 * The secretary's People screen (/people): everyone of the community with role, phone, buildings or
 * grid, last sync, end and state; "Add person", a new sign-in code, a volunteer's buildings, "End
 * account". The accounts live on the server: this screen needs a connection.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, SignInCode } from '../../domain/api/people';
import { Button } from '../../shared/ui/button';
import { PageLayout } from '../../shared/ui/page-layout';
import { ServerListStatus } from '../../shared/ui/server-list-status';
import { AddPersonForm } from './add-person-form';
import { PersonCard } from './person-card';
import { peopleErrorKeys } from './person-errors';
import { SignInCodePanel } from './sign-in-code-panel';
import { useCommunityPlaces } from './use-community-places';
import { usePeople, type People } from './use-people';
import './people.css';

type Shown = { kind: 'list' } | { kind: 'add' } | { kind: 'code'; person: Person; signInCode: SignInCode };

function PeopleList({ people, onCode }: { people: People; onCode: (person: Person, code: SignInCode) => void }) {
  const { t } = useTranslation('people');
  const places = useCommunityPlaces();
  const { view } = people;
  if (view.state !== 'ready' || !places) {
    return (
      <ServerListStatus
        view={places ? view : { state: 'loading' }}
        reload={people.reload}
        loading={t('people:loading')}
        retry={t('people:retry')}
        failure={(code) => t(code ? peopleErrorKeys(code) : ['people:loadFailed'])}
      />
    );
  }
  if (view.items.length === 0) return <p className="gw-empty">{t('people:none')}</p>;
  return (
    <ul className="gw-people" aria-label={t('people:listLabel')}>
      {view.items.map((person) => (
        <li key={person.id}>
          <PersonCard person={person} places={places} onChanged={people.put} onCode={onCode} />
        </li>
      ))}
    </ul>
  );
}

export function PeopleScreen() {
  const { t } = useTranslation('people');
  const people = usePeople();
  const places = useCommunityPlaces();
  const [shown, setShown] = useState<Shown>({ kind: 'list' });
  const showCode = (person: Person, signInCode: SignInCode) => setShown({ kind: 'code', person, signInCode });

  return (
    <PageLayout title={t('people:title')} className="gw-people-screen">
      <p className="gw-hint">{t('people:intro')}</p>
      {shown.kind === 'code' ? (
        <SignInCodePanel
          name={shown.person.name}
          username={shown.person.username}
          signInCode={shown.signInCode}
          onClose={() => setShown({ kind: 'list' })}
        />
      ) : shown.kind === 'add' && places ? (
        <AddPersonForm
          places={places}
          onAdded={({ person, signInCode }) => {
            people.put(person);
            showCode(person, signInCode);
          }}
          onCancel={() => setShown({ kind: 'list' })}
        />
      ) : (
        <Button block onClick={() => setShown({ kind: 'add' })}>
          {t('people:add')}
        </Button>
      )}
      <PeopleList people={people} onCode={showCode} />
    </PageLayout>
  );
}
