/**
 * The secretary's moves on an open task: "Reassign" (another grid worker of the community) and
 * "Cancel task" (a reason is required). Both are judged by the task rules before they are saved.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { SelectField } from '../../shared/ui/select-field';
import { useGridWorkers } from './use-grid-workers';
import { useTaskPatch } from './use-task-patch';

type Move = 'reassign' | 'cancel';

export function DeskTaskActions({ task, label }: { task: LocalRecord<'task'>; label: string }) {
  const { t } = useTranslation(['tasks', 'validation']);
  const workers = useGridWorkers();
  const [move, setMove] = useState<Move | null>(null);
  const [assigneeId, setAssigneeId] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { form, save } = useTaskPatch(task, ['assigneeId', 'cancelReason']);
  const error = (field: string) => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };
  const others = (workers ?? []).filter((worker) => worker.id !== task.assigneeId);

  function back() {
    setMove(null);
    form.reset();
  }

  async function reassign() {
    const worker = others.find((candidate) => candidate.id === assigneeId);
    if (!worker) {
      form.fail([], { assigneeId: ['tasks:reassign.sameWorker'] });
      return;
    }
    if (await save({ assigneeId: worker.id, assigneeName: worker.name })) {
      setDone(t('tasks:reassign.saved', { name: worker.name }));
      setMove(null);
      setAssigneeId('');
    }
  }

  async function cancel() {
    // An empty reason goes to the rules, which refuse it (reason_required) on the reason field.
    if (await save({ state: 'cancelled', cancelReason: reason.trim() })) {
      setDone(t('tasks:cancel.saved'));
      setMove(null);
    }
  }

  const doneBanner = done ? (
    <Banner tone="success" announce>
      {done}
    </Banner>
  ) : null;
  if (task.state !== 'open') return doneBanner;

  if (move === 'reassign') {
    return (
      <form className="gw-form gw-task-actions" aria-label={label} onSubmit={form.handle(reassign)} noValidate>
        <FormFailure form={form} ns="tasks" />
        <SelectField
          label={t('tasks:reassign.assignee')}
          name="assigneeId"
          value={assigneeId}
          placeholder={t('tasks:form.choose')}
          options={others.map((worker) => ({ value: worker.id, label: worker.name }))}
          onChange={(event) => {
            setAssigneeId(event.target.value);
            form.clearField('assigneeId');
          }}
          error={error('assigneeId')}
        />
        <div className="gw-actions">
          <Button type="submit" disabled={form.busy} busy={form.busy}>
            {t('tasks:reassign.submit')}
          </Button>
          <Button variant="secondary" disabled={form.busy} onClick={back}>
            {t('tasks:reassign.back')}
          </Button>
        </div>
      </form>
    );
  }

  if (move === 'cancel') {
    return (
      <form className="gw-form gw-task-actions" aria-label={label} onSubmit={form.handle(cancel)} noValidate>
        <FormFailure form={form} ns="tasks" />
        <NotesField
          label={t('tasks:cancel.reason')}
          name="cancelReason"
          rows={2}
          value={reason}
          onChange={(text) => {
            setReason(text);
            form.clearField('cancelReason');
          }}
          error={error('cancelReason')}
        />
        <div className="gw-actions">
          <Button type="submit" variant="danger" disabled={form.busy} busy={form.busy}>
            {t('tasks:cancel.submit')}
          </Button>
          <Button variant="secondary" disabled={form.busy} onClick={back}>
            {t('tasks:cancel.back')}
          </Button>
        </div>
      </form>
    );
  }

  return (
    <div className="gw-task-actions" role="group" aria-label={label}>
      {doneBanner}
      <FormFailure form={form} ns="tasks" />
      <div className="gw-actions">
        <Button variant="secondary" onClick={() => setMove('reassign')}>
          {t('tasks:reassign.open')}
        </Button>
        <Button variant="quiet" onClick={() => setMove('cancel')}>
          {t('tasks:cancel.open')}
        </Button>
      </div>
    </div>
  );
}
