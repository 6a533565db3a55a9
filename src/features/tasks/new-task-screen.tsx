/**
 * "New task" (/tasks/new, the secretary's): kind, target, assignee (the target grid's worker unless
 * another is chosen), due date and time (tomorrow 18:00 unless changed) and a note. Judged by the
 * task rules (taskCreateProblem: a due time later than now…) before it is saved on this phone.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDataClient, useRecord, useSession } from '../../data';
import type { TaskKind, TaskTarget } from '../../domain/entities/task';
import { taskCreateProblem } from '../../domain/tasks/task-rules';
import { validationKeys } from '../../shared/i18n/message-keys';
import { ChoiceGroup } from '../../shared/ui/choice-group';
import { FormFailure } from '../../shared/ui/form-failure';
import { NotesField } from '../../shared/ui/notes-field';
import { PageLayout } from '../../shared/ui/page-layout';
import { SelectField } from '../../shared/ui/select-field';
import { SubmitOrCancel } from '../../shared/ui/submit-or-cancel';
import { TextField } from '../../shared/ui/text-field';
import { useFormSubmit } from '../../shared/ui/use-form-submit';
import { NO_TARGET, TargetPicker, targetIdOf, type TargetChoice } from './target-picker';
import { useGridWorkers, workerOfGrid } from './use-grid-workers';
import './tasks.css';

// The entity module brings zod: the form names the kinds and targets itself (typed against the entity's).
const KINDS: readonly TaskKind[] = ['visit_again', 'check_building', 'follow_up_resident', 'trace_contact', 'disinfection', 'other'];
const TARGETS: readonly TaskTarget[] = ['household', 'resident', 'building', 'grid'];
const SHOWN = ['kind', 'targetType', 'targetId', 'assigneeId', 'dueAt', 'note'];

/** A date and time as a datetime-local input holds it (the phone's time zone), to the minute. */
export function toLocalInput(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Tomorrow at 18:00 on this phone: the usual deadline of a task. */
function tomorrowEvening(now = new Date()): string {
  return toLocalInput(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 18, 0));
}

export function NewTaskScreen() {
  const { t } = useTranslation(['tasks', 'validation']);
  const client = useDataClient();
  const { user } = useSession();
  const navigate = useNavigate();
  const workers = useGridWorkers();
  const [kind, setKind] = useState<TaskKind>('visit_again');
  const [targetType, setTargetType] = useState<TaskTarget>('household');
  const [choice, setChoice] = useState<TargetChoice>(NO_TARGET);
  const [chosenAssignee, setChosenAssignee] = useState<string | null>(null);
  const [due, setDue] = useState(tomorrowEvening);
  const [note, setNote] = useState('');
  const form = useFormSubmit({ fixKey: 'tasks:form.fixErrors', shownFields: SHOWN });
  const error = (field: string) => {
    const keys = form.fieldError(field);
    return keys ? t(keys) : null;
  };

  const building = useRecord('building', targetType === 'grid' ? null : choice.buildingId || null);
  const targetGrid = targetType === 'grid' ? choice.gridId || undefined : building?.gridId;
  const assigneeId = chosenAssignee ?? workerOfGrid(workers ?? [], targetGrid)?.id ?? '';
  const assignee = workers?.find((worker) => worker.id === assigneeId);

  async function save() {
    if (!user) return;
    const targetId = targetIdOf(targetType, choice);
    const dueAt = new Date(due);
    const problems: Record<string, string[]> = {};
    if (targetId === '') problems.targetId = ['tasks:form.targetRequired'];
    if (!assignee) problems.assigneeId = ['tasks:form.assigneeRequired'];
    if (Number.isNaN(dueAt.getTime())) problems.dueAt = validationKeys('timestamp_invalid');
    if (!assignee || Object.keys(problems).length > 0) {
      form.fail(['tasks:form.fixErrors'], problems);
      return;
    }
    const text = note.trim();
    const task = {
      kind,
      targetType,
      targetId,
      assigneeId: assignee.id,
      assigneeName: assignee.name,
      assignedAt: new Date().toISOString(),
      dueAt: dueAt.toISOString(),
      state: 'open' as const,
      ...(text === '' ? {} : { note: text }),
    };
    const problem = taskCreateProblem({ role: user.role, userId: user.id }, task);
    if (problem) {
      const keys = validationKeys(problem.key);
      if (SHOWN.includes(problem.field)) form.fail(['tasks:form.fixErrors'], { [problem.field]: keys });
      else form.fail(keys);
      return;
    }
    if (await form.run(() => client.create('task', task))) void navigate('/tasks', { state: { taskSaved: true } });
  }

  return (
    <PageLayout title={t('tasks:form.title')}>
      <form className="gw-form" aria-label={t('tasks:form.title')} onSubmit={form.handle(save)} noValidate>
        <FormFailure form={form} ns="tasks" />
        <ChoiceGroup<TaskKind>
          legend={t('tasks:form.kind')}
          choices={KINDS.map((value) => ({ value, label: t(`tasks:kind.${value}`) }))}
          value={kind}
          onChange={setKind}
          error={error('kind')}
        />
        <ChoiceGroup<TaskTarget>
          legend={t('tasks:form.targetType')}
          choices={TARGETS.map((value) => ({ value, label: t(`tasks:targetType.${value}`) }))}
          value={targetType}
          onChange={(value) => {
            setTargetType(value);
            setChoice(NO_TARGET);
            form.clearField('targetId');
          }}
          error={error('targetType')}
        />
        <TargetPicker
          type={targetType}
          choice={choice}
          onChange={(next) => {
            setChoice(next);
            form.clearField('targetId');
          }}
          error={error('targetId')}
        />
        <SelectField
          label={t('tasks:form.assignee')}
          name="assigneeId"
          value={assigneeId}
          placeholder={t('tasks:form.choose')}
          options={(workers ?? []).map((worker) => ({ value: worker.id, label: worker.name }))}
          onChange={(event) => {
            setChosenAssignee(event.target.value);
            form.clearField('assigneeId');
          }}
          error={error('assigneeId')}
        />
        {workers?.length === 0 ? <p className="gw-hint">{t('tasks:form.noWorkers')}</p> : null}
        <TextField
          label={t('tasks:form.due')}
          type="datetime-local"
          name="dueAt"
          value={due}
          required
          onChange={(event) => {
            setDue(event.target.value);
            form.clearField('dueAt');
          }}
          error={error('dueAt')}
        />
        <NotesField label={t('tasks:form.note')} name="note" value={note} onChange={setNote} error={error('note')} />
        <SubmitOrCancel
          submitLabel={t('tasks:form.submit')}
          busyLabel={t('tasks:form.submitting')}
          cancelLabel={t('tasks:form.cancel')}
          busy={form.busy}
          onCancel={() => void navigate('/tasks')}
        />
      </form>
    </PageLayout>
  );
}
