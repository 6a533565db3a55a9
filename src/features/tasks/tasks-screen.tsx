/**
 * The secretary's "Tasks" (/tasks): every task on this phone, the overdue ones first (marked
 * "Overdue" in red), then the open ones by due time, then the done and cancelled ones; "New task".
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { everyTask, useRecords } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';
import { PageLayout } from '../../shared/ui/page-layout';
import { useNow } from '../../shared/ui/use-now';
import { TaskCard } from './task-card';
import { deskOrder } from './task-order';
import { useTaskTargets } from './use-task-targets';
import './tasks.css';

/** Whether the screen was opened right after "Save task" (the new task form says so in the location state). */
function cameFromSave(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'taskSaved' in state && state.taskSaved === true;
}

export function TasksScreen() {
  const { t } = useTranslation('tasks');
  const navigate = useNavigate();
  const saved = cameFromSave(useLocation().state);
  const tasks = useRecords(everyTask());
  const now = useNow(60_000).getTime();
  const target = useTaskTargets(tasks);
  const ordered = useMemo(() => deskOrder(tasks ?? [], now), [tasks, now]);

  let body;
  if (tasks === undefined) body = <p className="gw-loading">{t('app.loading')}</p>;
  else if (ordered.length === 0) body = <p className="gw-empty">{t('tasks:list.empty')}</p>;
  else {
    body = (
      <ul className="gw-list">
        {ordered.map((task) => (
          <li key={task.id}>
            <TaskCard task={task} target={target?.(task)} now={now} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <PageLayout title={t('tasks:title')}>
      {saved ? (
        <Banner tone="success" announce>
          {t('tasks:form.saved')}
        </Banner>
      ) : null}
      <Button block onClick={() => void navigate('/tasks/new')}>
        {t('tasks:list.newTask')}
      </Button>
      {body}
    </PageLayout>
  );
}
