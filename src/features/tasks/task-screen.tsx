/**
 * One task (/tasks/:taskId, for the grid worker and the secretary): kind, target with a link to open
 * it, assignee, due time ("Overdue" in red), note and state, how it ended. Its assignee marks an open
 * task done here ("Mark done", with a note); the secretary reassigns or cancels it.
 */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useRecord, useSession, type LocalRecord } from '../../data';
import { isDeskRole } from '../../domain/sync-roles';
import { formatDateTime } from '../../shared/format-date-time';
import { PageLayout } from '../../shared/ui/page-layout';
import { RecordSyncBadge } from '../../shared/ui/record-sync-badge';
import { useNow } from '../../shared/ui/use-now';
import { DeskTaskActions } from './desk-task-actions';
import { MarkDoneForm } from './mark-done-form';
import { TaskTags } from './task-tags';
import { useTaskTargets, type TargetView } from './use-task-targets';
import './tasks.css';

function TaskFacts({ task, target }: { task: LocalRecord<'task'>; target: TargetView | undefined }) {
  const { t, i18n } = useTranslation('tasks');
  const time = (at: string) => formatDateTime(at, i18n.language);
  const now = useNow(60_000).getTime();
  return (
    <dl className="gw-task__facts">
      <dt>{t('tasks:detail.target')}</dt>
      <dd>
        {t(`tasks:targetType.${task.targetType}`)}
        {': '}
        {target?.path ? (
          <Link className="gw-task-link" to={target.path}>
            {target.label}
          </Link>
        ) : (
          (target?.label ?? '…')
        )}
      </dd>
      <dt>{t('tasks:detail.assignee')}</dt>
      <dd>{task.assigneeName}</dd>
      <dt>{t('tasks:detail.due')}</dt>
      <dd>
        {time(task.dueAt)} <TaskTags task={task} now={now} showState={false} />
      </dd>
      <dt>{t('tasks:detail.state')}</dt>
      <dd>
        <span className={`gw-task__state gw-task__state--${task.state}`}>{t(`tasks:state.${task.state}`)}</span>{' '}
        <RecordSyncBadge state={task._sync} />
      </dd>
      <dt>{t('tasks:detail.assignedAt')}</dt>
      <dd>{time(task.assignedAt)}</dd>
      {task.note ? (
        <>
          <dt>{t('tasks:detail.note')}</dt>
          <dd>{task.note}</dd>
        </>
      ) : null}
      {task.doneAt ? (
        <>
          <dt>{t('tasks:detail.doneAt')}</dt>
          <dd>{time(task.doneAt)}</dd>
        </>
      ) : null}
      {task.doneNote ? (
        <>
          <dt>{t('tasks:detail.doneNote')}</dt>
          <dd>{task.doneNote}</dd>
        </>
      ) : null}
      {task.doneVisitId ? (
        <>
          <dt>{t('tasks:detail.doneVisit')}</dt>
          <dd>
            <Link className="gw-task-link" to={`/visits/${encodeURIComponent(task.doneVisitId)}`}>
              {t('tasks:detail.openVisit')}
            </Link>
          </dd>
        </>
      ) : null}
      {task.cancelReason ? (
        <>
          <dt>{t('tasks:detail.cancelReason')}</dt>
          <dd>{task.cancelReason}</dd>
        </>
      ) : null}
    </dl>
  );
}

export function TaskScreen() {
  const { t } = useTranslation('tasks');
  const { taskId = '' } = useParams();
  const { user } = useSession();
  const task = useRecord('task', taskId);
  const targets = useTaskTargets(task ? [task] : undefined);
  const desk = isDeskRole(user?.role);
  const title = task ? t(`tasks:kind.${task.kind}`) : t('tasks:detail.title');

  let body;
  if (task === undefined) body = <p className="gw-loading">{t('app.loading')}</p>;
  else if (task === null) body = <p className="gw-empty">{t('tasks:detail.missing')}</p>;
  else {
    const mine = user?.role === 'grid_worker' && user.id === task.assigneeId;
    body = (
      <div className="gw-card gw-task">
        <TaskFacts task={task} target={targets?.(task)} />
        {mine && task.state === 'open' ? <MarkDoneForm task={task} /> : null}
        {desk ? <DeskTaskActions task={task} label={title} /> : null}
      </div>
    );
  }
  return (
    <PageLayout title={title}>
      {body}
      <Link className="gw-button gw-button--quiet" to={desk ? '/tasks' : '/'}>
        {t(desk ? 'tasks:detail.allTasks' : 'tasks:detail.home')}
      </Link>
    </PageLayout>
  );
}
