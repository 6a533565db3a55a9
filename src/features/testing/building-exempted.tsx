/**
 * A building's residents marked "Away" (with their return date) or "Home sampling" and not sampled yet,
 * in walking order, each with its sync state and "Undo" (the mark is voided).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import type { CampaignPerson } from './use-campaign';

function ExemptedRow({ person, record }: { person: CampaignPerson; record: LocalRecord<'campaign_exemption'> | undefined }) {
  const { t } = useTranslation('testing');
  const client = useDataClient();
  const nameId = useId();
  const form = useFormSubmit({ fixKey: null });
  const { resident, household, exemption, state } = person;
  if (!exemption) return null;
  const undo = () => void form.run(() => client.voidRecord('campaign_exemption', exemption.id, t('testing:building.undoReason')));
  return (
    <li className="gw-campaign__person" aria-labelledby={nameId}>
      <span>
        <strong id={nameId}>{resident.name}</strong> · {t('testing:building.room', { unit: household.unit, room: household.room })}
      </span>
      <span>
        <strong>{t(`testing:states.${state}`)}</strong>
        {exemption.returnDate ? ` · ${t('testing:building.back', { date: exemption.returnDate })}` : null}
        {record ? (
          <>
            {' · '}
            <RecordSyncBadge state={record._sync} />
          </>
        ) : null}
      </span>
      <FormFailure form={form} />
      <div className="gw-campaign__actions">
        <Button variant="quiet" busy={form.busy} disabled={form.busy} onClick={undo}>
          {t('testing:building.undo')}
        </Button>
      </div>
    </li>
  );
}

export function ExemptedList({ people, exemptions, labelledBy }: { people: readonly CampaignPerson[]; exemptions: readonly LocalRecord<'campaign_exemption'>[]; labelledBy: string }) {
  const byId = new Map(exemptions.map((record) => [record.id, record]));
  return (
    <ul className="gw-campaign__rows" aria-labelledby={labelledBy}>
      {people.map((person) => (
        <ExemptedRow key={person.resident.id} person={person} record={person.exemption ? byId.get(person.exemption.id) : undefined} />
      ))}
    </ul>
  );
}
