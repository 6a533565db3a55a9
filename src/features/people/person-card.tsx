/**
 * One person of the community: role, phone, buildings or grid, last sync, end, state (Active, Ended,
 * Code not used yet), and the secretary's actions: "End account" (after a confirm step), "New
 * sign-in code", and a volunteer's "Buildings".
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import type { Person, SignInCode } from '../../domain/api/people';
import { formatDateTime } from '../../shared/format-date-time';
import { todayIn } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { ConfirmPanel } from '../../shared/ui/confirm-panel';
import { CodedError } from '../../shared/write-failure';
import { peopleErrorKeys } from './person-errors';
import { PersonBuildingsForm } from './person-buildings-form';
import type { CommunityPlaces } from './use-community-places';

export interface PersonCardProps {
  person: Person;
  places: CommunityPlaces;
  onChanged: (person: Person) => void;
  onCode: (person: Person, code: SignInCode) => void;
}

type Open = 'none' | 'confirmEnd' | 'buildings';

/** The last day the account works (China time): the server ends it at 00:00 of the day after. */
function lastDay(endsAt: string): string {
  const at = Date.parse(endsAt);
  return Number.isNaN(at) ? endsAt : todayIn('Asia/Shanghai', new Date(at - 1));
}

function stateKey(person: Person): string {
  if (person.ended) return 'people:states.ended';
  return person.codePending ? 'people:states.codePending' : 'people:states.active';
}

export function PersonCard({ person, places, onChanged, onCode }: PersonCardProps) {
  const { t, i18n } = useTranslation('people');
  const client = useDataClient();
  const nameId = useId();
  const [open, setOpen] = useState<Open>('none');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string[] | null>(null);

  async function act(call: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await call();
    } catch (error) {
      setFailure(peopleErrorKeys(error instanceof CodedError ? error.code : null));
    } finally {
      setBusy(false);
    }
  }

  const endAccount = () =>
    act(async () => {
      onChanged(await client.endPerson(person.id));
      setOpen('none');
    });
  const newCode = () => act(async () => onCode(person, await client.newSignInCode(person.id)));

  const placeNames = person.role === 'volunteer' ? person.buildingIds.map(places.buildingName) : person.gridIds.map(places.gridName);
  const placesLabel = person.role === 'volunteer' ? t('people:buildings') : t('people:grid');
  return (
    <article className="gw-card gw-person" aria-labelledby={nameId}>
      <h2 id={nameId} className="gw-person__name">
        {person.name}
      </h2>
      <dl className="gw-person__facts">
        <div>
          <dt>{t('people:role')}</dt>
          <dd>{t(`role.${person.role}`, { defaultValue: person.role })}</dd>
        </div>
        <div>
          <dt>{t('people:phone')}</dt>
          <dd>{person.phone ?? person.username}</dd>
        </div>
        {placeNames.length > 0 ? (
          <div>
            <dt>{placesLabel}</dt>
            <dd>{placeNames.join('、')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('people:lastSync')}</dt>
          <dd>{person.lastSyncAt ? formatDateTime(person.lastSyncAt, i18n.language) : t('people:never')}</dd>
        </div>
        <div>
          <dt>{t('people:ends')}</dt>
          <dd>{person.endsAt ? lastDay(person.endsAt) : t('people:noEnd')}</dd>
        </div>
        <div>
          <dt>{t('people:state')}</dt>
          <dd>
            <strong className="gw-person__state">{t(stateKey(person))}</strong>
          </dd>
        </div>
      </dl>
      {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
      {person.ended ? null : open === 'confirmEnd' ? (
        <ConfirmPanel
          message={t('people:endConfirm', { name: person.name })}
          confirmLabel={t('people:endConfirmYes')}
          cancelLabel={t('people:cancel')}
          busy={busy}
          onConfirm={() => void endAccount()}
          onCancel={() => setOpen('none')}
        />
      ) : open === 'buildings' ? (
        <PersonBuildingsForm
          person={person}
          places={places}
          onSaved={(saved) => {
            onChanged(saved);
            setOpen('none');
          }}
          onCancel={() => setOpen('none')}
        />
      ) : (
        <div className="gw-person__actions">
          {person.role === 'volunteer' ? (
            <Button variant="secondary" onClick={() => setOpen('buildings')}>
              {t('people:editBuildings')}
            </Button>
          ) : null}
          <Button variant="secondary" disabled={busy} busy={busy} onClick={() => void newCode()}>
            {t('people:newCode')}
          </Button>
          <Button variant="danger" onClick={() => setOpen('confirmEnd')}>
            {t('people:endAccount')}
          </Button>
        </div>
      )}
    </article>
  );
}
