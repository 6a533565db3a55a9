/**
 * After a visit is saved (the visit form's saved panel, handed in by the app): the worker's open
 * "visit again" tasks of that household, each with "Mark done with this visit", which closes the task
 * with the visit linked (a note is not needed then). Nothing when there is no such task.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tasksOfAssignee, useRecords, useSession, type LocalRecord } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { FormFailure } from '../../shared/ui/form-failure';
import { useNow } from '../../shared/ui/use-now';
import { TaskTags } from './task-tags';
import { useTaskPatch } from './use-task-patch';
import './tasks.css';

export interface VisitTaskOfferProps {
  householdId: string;
  visitId: string;
}

function OfferedTask({ task, visitId, done, onDone }: { task: LocalRecord<'task'>; visitId: string; done: boolean; onDone: () => void }) {
  const { t, i18n } = useTranslation(['tasks', 'validation']);
  const titleId = useId();
  const now = useNow(60_000).getTime();
  const { form, save } = useTaskPatch(task, []);

  async function complete() {
    if (await save({ state: 'done', doneAt: new Date().toISOString(), doneVisitId: visitId })) onDone();
  }

  return (
    <article className="gw-card gw-task" aria-labelledby={titleId}>
      <p id={titleId} className="gw-task__title">
        {t(`tasks:kind.${task.kind}`)} · {t('tasks:offer.due', { time: formatDateTime(task.dueAt, i18n.language) })}
      </p>
      {task.note ? <p className="gw-hint">{task.note}</p> : null}
      {done ? (
        <Banner tone="success" announce>
          {t('tasks:offer.saved')}
        </Banner>
      ) : (
        <>
          <TaskTags task={task} now={now} showState={false} />
          <FormFailure form={form} ns="tasks" />
          <Button block disabled={form.busy} busy={form.busy} onClick={() => void complete()}>
            {t('tasks:offer.submit')}
          </Button>
        </>
      )}
    </article>
  );
}

export function VisitTaskOffer({ householdId, visitId }: VisitTaskOfferProps) {
  const { t } = useTranslation('tasks');
  const { user } = useSession();
  const titleId = useId();
  const tasks = useRecords(user ? tasksOfAssignee(user.id) : null);
  // A task closed here stays in the list with its confirmation.
  const [closedHere, setClosedHere] = useState<ReadonlySet<string>>(new Set());
  const list = (tasks ?? []).filter(
    (task) =>
      closedHere.has(task.id) ||
      (task.state === 'open' && task.kind === 'visit_again' && task.targetType === 'household' && task.targetId === householdId),
  );
  if (list.length === 0) return null;
  return (
    <section className="gw-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('tasks:offer.title')}</h2>
      {list.map((task) => (
        <OfferedTask
          key={task.id}
          task={task}
          visitId={visitId}
          done={closedHere.has(task.id)}
          onDone={() => setClosedHere((ids) => new Set([...ids, task.id]))}
        />
      ))}
    </section>
  );
}
