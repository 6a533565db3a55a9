/**
 * A building's "Not tested" in walking order: each resident with their room, and the grid worker's
 * "Away" (with an optional return date) and "Home sampling". Home sampling is offered first, with the
 * reason, to those tagged elderly living alone, disabled (the bedridden) or under home monitoring.
 * A big building lists thousands: the rows are plain (no state or translation hook of their own, their
 * words translated once for the list: rowWords); the one being marked holds the list's single form
 * (busy, errors, the return date).
 */
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useDataClient } from '../../data';
import type { ExemptionKind } from '../../domain/entities/campaign-exemption';
import type { ResidentTag } from '../../domain/entities/resident';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit, type FormSubmit } from '../../shared/ui/use-form-submit';
import type { CampaignPerson } from './use-campaign';

/** Tags of people who cannot come down to the site: home sampling is offered to them first. */
export const HOME_SAMPLING_TAGS = ['elderly_alone', 'disabled', 'home_monitoring'] as const satisfies readonly ResidentTag[];

function homeSamplingReasons(person: CampaignPerson): (typeof HOME_SAMPLING_TAGS)[number][] {
  return HOME_SAMPLING_TAGS.filter((tag) => person.resident.tags.includes(tag));
}

/** The words every row shows, translated once for the whole list (thousands of rows, three words each). */
interface RowWords {
  home: string;
  away: string;
  room: (unit: string, room: string) => string;
  suggest: Record<(typeof HOME_SAMPLING_TAGS)[number], string>;
}

// Stand-ins put into the translated room label once, then replaced per row (never read as a pattern).
const UNIT_SLOT = '\u0001unit\u0001';
const ROOM_SLOT = '\u0001room\u0001';

function rowWords(t: TFunction): RowWords {
  const roomLabel = t('testing:building.room', { unit: UNIT_SLOT, room: ROOM_SLOT });
  return {
    home: t('testing:building.homeSampling'),
    away: t('testing:building.away'),
    room: (unit, room) => roomLabel.replace(UNIT_SLOT, () => unit).replace(ROOM_SLOT, () => room),
    suggest: {
      elderly_alone: t('testing:building.suggest.elderly_alone'),
      disabled: t('testing:building.suggest.disabled'),
      home_monitoring: t('testing:building.suggest.home_monitoring'),
    },
  };
}

interface RowActions {
  onHome: (person: CampaignPerson) => void;
  onAway: (person: CampaignPerson) => void;
}

/** The row being marked: the list's form, and the return date while "Away" is asked. */
interface ActiveRow {
  form: FormSubmit;
  askingReturn: boolean;
  returnDate: string;
  onReturnDate: (value: string) => void;
  onSubmitAway: () => void;
  onCancel: () => void;
}

interface RowProps extends RowActions {
  person: CampaignPerson;
  words: RowWords;
  /** For the row being marked (its form). */
  t: TFunction;
  /** Another row's write is running. */
  disabled: boolean;
  active: ActiveRow | null;
}

const NotTestedRow = memo(function NotTestedRow({ person, words, t, disabled, active, onHome, onAway }: RowProps) {
  const reasons = homeSamplingReasons(person);
  const { resident, household } = person;
  const nameId = `gw-not-tested-${resident.id}`;
  const busy = disabled || (active?.form.busy ?? false);
  const returnError = active?.form.fieldError('returnDate');
  const homeButton = (
    <Button key="home" variant={reasons.length > 0 ? 'primary' : 'secondary'} disabled={busy} onClick={() => onHome(person)}>
      {words.home}
    </Button>
  );
  const awayButton = (
    <Button key="away" variant="secondary" disabled={busy} onClick={() => onAway(person)}>
      {words.away}
    </Button>
  );
  return (
    <li className="gw-campaign__person" aria-labelledby={nameId}>
      <span>
        <strong id={nameId}>{resident.name}</strong> · {words.room(household.unit, household.room)}
      </span>
      {reasons.length > 0 ? <span className="gw-campaign__suggest">{reasons.map((tag) => words.suggest[tag]).join('、')}</span> : null}
      {active ? <FormFailure form={active.form} /> : null}
      {active?.askingReturn ? (
        <form className="gw-campaign-form" aria-label={t('testing:building.markAway')} noValidate onSubmit={active.form.handle(active.onSubmitAway)}>
          <TextField
            type="date"
            label={t('testing:building.returnDate')}
            value={active.returnDate}
            error={returnError ? t(returnError) : null}
            onChange={(event) => active.onReturnDate(event.target.value)}
          />
          <div className="gw-campaign__actions">
            <Button type="submit" busy={active.form.busy} disabled={active.form.busy}>
              {t('testing:building.markAway')}
            </Button>
            <Button variant="quiet" disabled={active.form.busy} onClick={active.onCancel}>
              {t('testing:building.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div className="gw-campaign__actions">{reasons.length > 0 ? [homeButton, awayButton] : [awayButton, homeButton]}</div>
      )}
    </li>
  );
});

export function NotTestedList({ campaignId, people, labelledBy }: { campaignId: string; people: readonly CampaignPerson[]; labelledBy: string }) {
  const { t } = useTranslation(['testing', 'validation']);
  const client = useDataClient();
  const words = useMemo(() => rowWords(t), [t]);
  const form = useFormSubmit({ fixKey: null, shownFields: ['returnDate'] });
  // The row being marked (its messages and busy state), and whether it asks for a return date.
  const [activeId, setActiveId] = useState<string | null>(null);
  const [askingReturn, setAskingReturn] = useState(false);
  const [returnDate, setReturnDate] = useState('');

  const mark = useCallback(
    async (person: CampaignPerson, kind: ExemptionKind, date: string) => {
      const { resident } = person;
      const record = {
        campaignId,
        residentId: resident.id,
        householdId: resident.householdId,
        kind,
        ...(kind === 'away' && date !== '' ? { returnDate: date } : {}),
      };
      await form.run(() => client.create('campaign_exemption', record));
    },
    [campaignId, client, form],
  );

  const choose = useCallback(
    (person: CampaignPerson) => {
      // While a mark is written every row's buttons are disabled; a tap that gets through changes nothing.
      if (form.busy) return false;
      if (activeId !== person.resident.id) {
        form.reset();
        setActiveId(person.resident.id);
        setReturnDate('');
      }
      return true;
    },
    [activeId, form],
  );
  const onHome = useCallback(
    (person: CampaignPerson) => {
      if (!choose(person)) return;
      setAskingReturn(false);
      void mark(person, 'home_sampling', '');
    },
    [choose, mark],
  );
  const onAway = useCallback(
    (person: CampaignPerson) => {
      if (choose(person)) setAskingReturn(true);
    },
    [choose],
  );

  if (people.length === 0) return <p className="gw-empty">{t('testing:building.allTested')}</p>;
  const activePerson = people.find((person) => person.resident.id === activeId);
  const active: ActiveRow | null = activePerson
    ? {
        form,
        askingReturn,
        returnDate,
        onReturnDate: (value) => {
          setReturnDate(value);
          form.clearField('returnDate');
        },
        onSubmitAway: () => mark(activePerson, 'away', returnDate),
        onCancel: () => setAskingReturn(false),
      }
    : null;
  return (
    <ul className="gw-campaign__rows" aria-labelledby={labelledBy}>
      {people.map((person) => (
        <NotTestedRow
          key={person.resident.id}
          person={person}
          words={words}
          t={t}
          disabled={form.busy && person.resident.id !== activeId}
          active={person.resident.id === activeId ? active : null}
          onHome={onHome}
          onAway={onAway}
        />
      ))}
    </ul>
  );
}
