import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { everyRecord, shiftNotesOf, useRecords } from '../../data';
import { shiftAt, shiftEntries, tallyDay } from '../../domain/checkpoint/shift-tally';
import { localDateOf, localDay } from '../../shared/local-date';
import { PageLayout } from '../../shared/ui/page-layout';
import { SelectField } from '../../shared/ui/select-field';
import { checkpointOptions } from './checkpoint-options';
import { useGateChoice } from './gate-choice-store';
import { useNow } from '../../shared/ui/use-now';
import { ShiftDayFigures } from './shift-day-figures';
import { ShiftEntryList } from './shift-entry-list';
import { ShiftHandover } from './shift-handover';
import { useTodayEntries } from './use-today-entries';
import './shift.css';

/**
 * /checkpoint/shift: the gate's checkpoint today, from the entries on this phone: people in and out
 * per hour, refusals and referrals, the current shift's entries and the handover notes. The checkpoint
 * is the gate screen's choice (kept in its store); choosing one here chooses it for the gate too.
 */
export function ShiftScreen() {
  const { t } = useTranslation('shift');
  const checkpoints = useRecords(everyRecord('checkpoint'));
  const chosenId = useGateChoice((state) => state.checkpointId);
  const choose = useGateChoice((state) => state.setCheckpoint);
  const options = useMemo(() => checkpointOptions(checkpoints ?? []), [checkpoints]);

  if (checkpoints === undefined) {
    return (
      <PageLayout title={t('shift:title')}>
        <p className="gw-loading">{t('shift:loading')}</p>
      </PageLayout>
    );
  }
  // The gate's choice when it is a checkpoint of this phone; the only one when there is just one.
  const checkpointId = checkpoints.some((checkpoint) => checkpoint.id === chosenId) ? chosenId : checkpoints.length === 1 ? (checkpoints[0]?.id ?? '') : '';
  return (
    <PageLayout title={t('shift:title')} className="gw-shift">
      {checkpoints.length === 0 ? (
        <p className="gw-empty">{t('shift:noCheckpoints')}</p>
      ) : (
        <SelectField
          label={t('shift:checkpoint')}
          name="checkpointId"
          options={options}
          placeholder={checkpointId === '' ? t('shift:chooseCheckpoint') : undefined}
          value={checkpointId}
          onChange={(event) => choose(event.target.value)}
        />
      )}
      <p className="gw-hint">{t('shift:shifts')}</p>
      {checkpointId !== '' ? <CheckpointShift checkpointId={checkpointId} /> : null}
    </PageLayout>
  );
}

function CheckpointShift({ checkpointId }: { checkpointId: string }) {
  const now = useNow();
  const today = localDateOf(now);
  const shift = shiftAt(now);
  const shiftStart = shift.start.getTime();
  // Today's only, on the [checkpointId+at] index: a busy gate keeps months of entries on the phone.
  const entries = useTodayEntries(checkpointId);
  const notes = useRecords(shiftNotesOf(checkpointId));
  const tally = useMemo(() => tallyDay(entries ?? [], localDay(today).includes), [entries, today]);
  const current = useMemo(() => shiftEntries(entries ?? [], shiftAt(new Date(shiftStart))), [entries, shiftStart]);

  if (entries === undefined) return null;
  return (
    <>
      <ShiftDayFigures tally={tally} date={today} />
      <ShiftHandover checkpointId={checkpointId} shift={shift} notes={notes ?? []} today={today} />
      <ShiftEntryList entries={current} shift={shift} />
    </>
  );
}
