import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataClient, type LocalRecord } from '../../data';
import { hourRange, SHIFT_HOURS, type Shift } from '../../domain/checkpoint/shift-tally';
import { validationKeys } from '../../shared/i18n/message-keys';
import { localDateOf } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { clockTime } from '../../shared/clock-time';

/** The last notes shown: the incoming shift needs the latest, not the whole history. */
const NOTES_SHOWN = 10;

/**
 * The shift handover: a note for the next shift (a new shift_note each time, closing the current
 * shift), and this checkpoint's last notes, newest first.
 */
export function ShiftHandover({
  checkpointId,
  shift,
  notes,
  today,
}: {
  checkpointId: string;
  shift: Shift;
  /** This checkpoint's notes, newest first. */
  notes: readonly LocalRecord<'shift_note'>[];
  today: string;
}) {
  const { t } = useTranslation('shift');
  const titleId = useId();
  const listTitleId = useId();
  const sorted = notes.slice(0, NOTES_SHOWN);
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('shift:note.title')}</h2>
      <HandoverForm key={checkpointId} checkpointId={checkpointId} shift={shift} />
      <h3 id={listTitleId}>{t('shift:note.listTitle')}</h3>
      {sorted.length === 0 ? (
        <p className="gw-empty">{t('shift:note.empty')}</p>
      ) : (
        <ul className="gw-list" aria-labelledby={listTitleId}>
          {sorted.map((note) => (
            <HandoverNote key={note.id} note={note} today={today} />
          ))}
        </ul>
      )}
    </section>
  );
}

function HandoverNote({ note, today }: { note: LocalRecord<'shift_note'>; today: string }) {
  const { t } = useTranslation('shift');
  const written = clockTime(note.createdAt, today);
  const start = new Date(note.shiftStart);
  const closes = Number.isNaN(start.getTime())
    ? null
    : t('shift:note.closes', { date: localDateOf(start), range: hourRange(start.getHours(), start.getHours() + SHIFT_HOURS) });
  return (
    <li className="gw-card gw-shift__note">
      <p className="gw-shift__note-meta">
        {written ? <span>{t('shift:note.writtenAt', { time: written })}</span> : null}
        {closes ? <span>{closes}</span> : null}
        <RecordSyncBadge state={note._sync} />
      </p>
      <p className="gw-shift__note-text">{note.note}</p>
    </li>
  );
}

function HandoverForm({ checkpointId, shift }: { checkpointId: string; shift: Shift }) {
  const { t } = useTranslation('shift');
  const client = useDataClient();
  const [note, setNote] = useState('');
  const form = useFormSubmit({ fixKey: null, shownFields: ['note'] });
  const [saved, setSaved] = useState(false);
  useUnsavedInput(note.trim() !== '');

  async function submit() {
    setSaved(false);
    if (note.trim() === '') {
      form.fail([], { note: validationKeys('note_required') });
      return;
    }
    if (!(await form.run(() => client.create('shift_note', { checkpointId, shiftStart: shift.start.toISOString(), note })))) return;
    setNote('');
    setSaved(true);
  }

  const message = form.fieldError('note');
  return (
    <form className="gw-form" onSubmit={form.handle(submit)} noValidate>
      <FormFailure form={form} />
      {saved ? (
        <Banner tone="success" announce>
          {t('shift:note.saved')}
        </Banner>
      ) : null}
      <NotesField name="note" label={t('shift:note.label')} hint={t('shift:note.hint')} rows={4} value={note} onChange={setNote} error={message ? t(message) : null} />
      <Button type="submit" block disabled={form.busy} busy={form.busy}>
        {form.busy ? t('shift:note.saving') : t('shift:note.save')}
      </Button>
    </form>
  );
}
