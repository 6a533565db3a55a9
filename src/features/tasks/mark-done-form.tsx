/** "Mark done" for the assignee of an open task: what was done (a note, required), saved with the time. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { useTaskPatch } from './use-task-patch';

export function MarkDoneForm({ task }: { task: LocalRecord<'task'> }) {
  const { t } = useTranslation(['tasks', 'validation']);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const { form, save } = useTaskPatch(task, ['doneNote']);
  const noteError = form.fieldError('doneNote');

  async function markDone() {
    const text = note.trim();
    const changes = { state: 'done' as const, doneAt: new Date().toISOString(), ...(text === '' ? {} : { doneNote: text }) };
    if (await save(changes)) setSaved(true);
  }

  if (saved) {
    return (
      <Banner tone="success" announce>
        {t('tasks:done.saved')}
      </Banner>
    );
  }
  return (
    <form className="gw-form gw-task-actions" aria-label={t('tasks:done.submit')} onSubmit={form.handle(markDone)} noValidate>
      <FormFailure form={form} ns="tasks" />
      <NotesField
        label={t('tasks:done.note')}
        name="doneNote"
        rows={3}
        value={note}
        onChange={(text) => {
          setNote(text);
          form.clearField('doneNote');
        }}
        error={noteError ? t(noteError) : null}
      />
      <Button type="submit" block disabled={form.busy} busy={form.busy}>
        {t('tasks:done.submit')}
      </Button>
    </form>
  );
}
