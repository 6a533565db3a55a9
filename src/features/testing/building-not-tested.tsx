/**
 * A building's "Not tested" in walking order: each resident with their room, and the grid worker's
 * "Away" (with an optional return date) and "Home sampling". Home sampling is offered first, with the
 * reason, to those tagged elderly living alone, disabled (the bedridden) or under home monitoring.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient } from '../../data';
import type { ExemptionKind } from '../../domain/entities/campaign-exemption';
import type { ResidentTag } from '../../domain/entities/resident';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import type { CampaignPerson } from './use-campaign';

/** Tags of people who cannot come down to the site: home sampling is offered to them first. */
export const HOME_SAMPLING_TAGS = ['elderly_alone', 'disabled', 'home_monitoring'] as const satisfies readonly ResidentTag[];

function homeSamplingReasons(person: CampaignPerson): (typeof HOME_SAMPLING_TAGS)[number][] {
  return HOME_SAMPLING_TAGS.filter((tag) => person.resident.tags.includes(tag));
}

function NotTestedRow({ campaignId, person }: { campaignId: string; person: CampaignPerson }) {
  const { t } = useTranslation(['testing', 'validation']);
  const client = useDataClient();
  const nameId = useId();
  const [askingReturn, setAskingReturn] = useState(false);
  const [returnDate, setReturnDate] = useState('');
  const form = useFormSubmit({ fixKey: null, shownFields: ['returnDate'] });
  const reasons = homeSamplingReasons(person);
  const { resident, household } = person;

  async function mark(kind: ExemptionKind) {
    const record = {
      campaignId,
      residentId: resident.id,
      householdId: resident.householdId,
      kind,
      ...(kind === 'away' && returnDate !== '' ? { returnDate } : {}),
    };
    await form.run(() => client.create('campaign_exemption', record));
  }

  const returnError = form.fieldError('returnDate');
  const homeButton = (
    <Button key="home" variant={reasons.length > 0 ? 'primary' : 'secondary'} disabled={form.busy} onClick={() => void mark('home_sampling')}>
      {t('testing:building.homeSampling')}
    </Button>
  );
  const awayButton = (
    <Button key="away" variant="secondary" disabled={form.busy} onClick={() => setAskingReturn(true)}>
      {t('testing:building.away')}
    </Button>
  );
  return (
    <li className="gw-campaign__person" aria-labelledby={nameId}>
      <span>
        <strong id={nameId}>{resident.name}</strong> · {t('testing:building.room', { unit: household.unit, room: household.room })}
      </span>
      {reasons.length > 0 ? <span className="gw-campaign__suggest">{reasons.map((tag) => t(`testing:building.suggest.${tag}`)).join('、')}</span> : null}
      <FormFailure form={form} />
      {askingReturn ? (
        <form
          className="gw-campaign-form"
          aria-label={t('testing:building.markAway')}
          noValidate
          onSubmit={form.handle(() => mark('away'))}
        >
          <TextField
            type="date"
            label={t('testing:building.returnDate')}
            value={returnDate}
            error={returnError ? t(returnError) : null}
            onChange={(event) => {
              setReturnDate(event.target.value);
              form.clearField('returnDate');
            }}
          />
          <div className="gw-campaign__actions">
            <Button type="submit" busy={form.busy} disabled={form.busy}>
              {t('testing:building.markAway')}
            </Button>
            <Button variant="quiet" disabled={form.busy} onClick={() => setAskingReturn(false)}>
              {t('testing:building.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="gw-campaign__actions">{reasons.length > 0 ? [homeButton, awayButton] : [awayButton, homeButton]}</div>
      )}
    </li>
  );
}

export function NotTestedList({ campaignId, people, labelledBy }: { campaignId: string; people: readonly CampaignPerson[]; labelledBy: string }) {
  const { t } = useTranslation('testing');
  if (people.length === 0) return <p className="gw-empty">{t('testing:building.allTested')}</p>;
  return (
    <ul className="gw-campaign__rows" aria-labelledby={labelledBy}>
      {people.map((person) => (
        <NotTestedRow key={person.resident.id} campaignId={campaignId} person={person} />
      ))}
    </ul>
  );
}
