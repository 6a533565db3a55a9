/**
 * Home's "Tasks" (the grid worker's): their open tasks due today or earlier first ("Overdue" in red),
 * then the upcoming ones, then those done today; each opens the task. Nothing when there is none.
 * Loaded apart from Home (Home takes it as a lazy prop).
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tasksOfAssignee, useRecords, useSession, type LocalRecord } from '../../data';
import { isOverdue } from '../../domain/tasks/task-rules';
import { formatDateTime } from '../../shared/format-date-time';
import { localDateOf, localDay } from '../../shared/local-date';
import { useNow } from '../../shared/ui/use-now';
import { TaskTags } from './task-tags';
import { homeGroups } from './task-order';
import { useTaskTargets, type TargetView } from './use-task-targets';
import './tasks.css';

function HomeTaskList({ title, tasks, target, now }: { title: string; tasks: LocalRecord<'task'>[]; target: ((task: LocalRecord<'task'>) => TargetView) | undefined; now: number }) {
  const { t, i18n } = useTranslation('tasks');
  const titleId = useId();
  if (tasks.length === 0) return null;
  return (
    <>
      <h3 id={titleId}>{title}</h3>
      <ul className="gw-list" aria-labelledby={titleId}>
        {tasks.map((task) => (
          <li key={task.id}>
            <Link className={`gw-home-tasks__item${isOverdue(task, now) ? ' gw-home-tasks__item--overdue' : ''}`} to={`/tasks/${encodeURIComponent(task.id)}`}>
              <strong>
                {t(`tasks:kind.${task.kind}`)} · {target?.(task).label ?? '…'}
              </strong>
              <span>
                {t('tasks:list.due', { time: formatDateTime(task.dueAt, i18n.language) })} <TaskTags task={task} now={now} showState={task.state !== 'open'} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function HomeTasks() {
  const { t } = useTranslation('tasks');
  const { user } = useSession();
  const titleId = useId();
  const tasks = useRecords(user ? tasksOfAssignee(user.id) : null);
  const now = useNow(60_000);
  const today = localDateOf(now);
  const groups = useMemo(() => homeGroups(tasks ?? [], localDay(today)), [tasks, today]);
  const shown = [...groups.dueNow, ...groups.upcoming, ...groups.doneToday];
  const target = useTaskTargets(tasks ? shown : undefined);
  if (shown.length === 0) return null;
  const at = now.getTime();
  return (
    <section className="gw-section gw-home-tasks" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('tasks:home.title')}</h2>
      <HomeTaskList title={t('tasks:home.dueNow')} tasks={groups.dueNow} target={target} now={at} />
      <HomeTaskList title={t('tasks:home.upcoming')} tasks={groups.upcoming} target={target} now={at} />
      <HomeTaskList title={t('tasks:home.doneToday')} tasks={groups.doneToday} target={target} now={at} />
    </section>
  );
}
