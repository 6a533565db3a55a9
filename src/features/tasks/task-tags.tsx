/** A task's state in words, and "Overdue" in red when it is open past its due time. */
import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../domain/tasks/task-rules';
import type { OrderedTask } from './task-order';

export function TaskTags({ task, now, showState = true }: { task: OrderedTask; now: number; showState?: boolean }) {
  const { t } = useTranslation('tasks');
  return (
    <span className="gw-task__tags">
      {isOverdue(task, now) ? <span className="gw-task__overdue">{t('tasks:overdue')}</span> : null}
      {showState ? <span className={`gw-task__state gw-task__state--${task.state}`}>{t(`tasks:state.${task.state}`)}</span> : null}
    </span>
  );
}
