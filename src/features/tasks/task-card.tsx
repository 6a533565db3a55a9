/**
 * One task in the desk's list: kind and target (linking to the task), "Overdue" and its state, the
 * assignee, the due time, and for an open task the secretary's Reassign / Cancel task.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalRecord } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { DeskTaskActions } from './desk-task-actions';
import { TaskTags } from './task-tags';
import type { TargetView } from './use-task-targets';

export interface TaskCardProps {
  task: LocalRecord<'task'>;
  target: TargetView | undefined;
  now: number;
}

export function TaskCard({ task, target, now }: TaskCardProps) {
  const { t, i18n } = useTranslation('tasks');
  const titleId = useId();
  const title = `${t(`tasks:kind.${task.kind}`)} · ${target?.label ?? '…'}`;
  return (
    <article className={`gw-card gw-task gw-task--${task.state}`} aria-labelledby={titleId}>
      <div className="gw-task__head">
        <h2 id={titleId} className="gw-task__title">
          <Link to={`/tasks/${encodeURIComponent(task.id)}`}>{title}</Link>
        </h2>
        <RecordSyncBadge state={task._sync} />
      </div>
      <TaskTags task={task} now={now} />
      <p>{t('tasks:list.assignee', { name: task.assigneeName })}</p>
      <p>{t('tasks:list.due', { time: formatDateTime(task.dueAt, i18n.language) })}</p>
      {task.note ? <p className="gw-hint">{task.note}</p> : null}
      <DeskTaskActions task={task} label={title} />
    </article>
  );
}
