import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeWriteFailure, type LocalRecord } from '../../data/data-client';
import { useDataClient } from '../../data/hooks/data-client-context';
import { hourRange, SHIFT_HOURS, type Shift } from '../../domain/checkpoint/shift-tally';
import { errorKeys, fieldErrorKeys, validationKeys } from '../../shared/i18n/message-keys';
import { localDateOf } from '../../shared/local-date';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { describedByIds, FieldShell } from '../../shared/ui/field-shell';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { useUnsavedInput } from '../../shared/ui/use-unsaved-input';
import { clockTime } from './shift-clock';

/** The last notes shown: the incoming shift needs the latest, not the whole history. */
const NOTES_SHOWN = 10;

function timeOf(value: unknown): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

/** Newest first: by when the note was written, else by the shift it closes. */
function newestFirst(notes: readonly LocalRecord[]): LocalRecord[] {
  const written = (note: LocalRecord) => timeOf(note.createdAt) || timeOf(note.shiftStart);
  return [...notes].sort((a, b) => written(b) - written(a));
}

/**
 * The shift handover: a note for the next shift (a new shift_note each time, closing the current
 * shift), and this checkpoint's last notes, newest first.
 */
export function ShiftHandover({ checkpointId, shift, notes, today }: { checkpointId: string; shift: Shift; notes: readonly LocalRecord[]; today: string }) {
  const { t } = useTranslation('shift');
  const titleId = useId();
  const listTitleId = useId();
  const sorted = useMemo(() => newestFirst(notes).slice(0, NOTES_SHOWN), [notes]);
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

function HandoverNote({ note, today }: { note: LocalRecord; today: string }) {
  const { t } = useTranslation('shift');
  const written = clockTime(note.createdAt, today);
  const start = typeof note.shiftStart === 'string' ? new Date(note.shiftStart) : null;
  const closes =
    start && !Number.isNaN(start.getTime())
      ? t('shift:note.closes', { date: localDateOf(start), range: hourRange(start.getHours(), start.getHours() + SHIFT_HOURS) })
      : null;
  return (
    <li className="gw-card gw-shift__note">
      <p className="gw-shift__note-meta">
        {written ? <span>{t('shift:note.writtenAt', { time: written })}</span> : null}
        {closes ? <span>{closes}</span> : null}
        <RecordSyncBadge state={note._sync} />
      </p>
      <p className="gw-shift__note-text">{typeof note.note === 'string' ? note.note : ''}</p>
    </li>
  );
}

function HandoverForm({ checkpointId, shift }: { checkpointId: string; shift: Shift }) {
  const { t } = useTranslation('shift');
  const client = useDataClient();
  const id = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  useUnsavedInput(note.trim() !== '');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    setSaved(false);
    if (note.trim() === '') {
      setError(validationKeys('note_required'));
      return;
    }
    setBusy(true);
    try {
      await client.create('shift_note', { checkpointId, shiftStart: shift.start.toISOString(), note });
      setNote('');
      setError(null);
      setSaved(true);
    } catch (caught) {
      const described = describeWriteFailure(caught);
      if (described.kind === 'invalid') {
        const keys = fieldErrorKeys(described.fields);
        setError(keys.note ?? null);
        if (!keys.note) setFailure(Object.values(keys)[0] ?? errorKeys(null));
      } else {
        setFailure(errorKeys(described.code));
      }
    } finally {
      setBusy(false);
    }
  }

  const message = error ? t(error) : null;
  const { describedBy } = describedByIds(id, true, message);
  return (
    <form className="gw-form" onSubmit={(event) => void submit(event)} noValidate>
      {failure ? <Banner tone="error">{t(failure)}</Banner> : null}
      {saved ? (
        <Banner tone="success" announce>
          {t('shift:note.saved')}
        </Banner>
      ) : null}
      <FieldShell id={id} label={t('shift:note.label')} hint={t('shift:note.hint')} error={message}>
        <textarea
          id={id}
          name="note"
          className="gw-field__input gw-shift__note-input"
          rows={4}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
        />
      </FieldShell>
      <Button type="submit" block disabled={busy} busy={busy}>
        {busy ? t('shift:note.saving') : t('shift:note.save')}
      </Button>
    </form>
  );
}
