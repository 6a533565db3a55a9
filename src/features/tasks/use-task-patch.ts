/**
 * One change of a task from this phone: judged first by the same rules the server applies
 * (taskChangeProblem: who may change what, a note or a linked visit to mark done, a reason to
 * cancel), its refusal shown in words on the field it names (or over the form); then saved.
 */
import { useDataClient, useSession, type LocalRecord } from '../../data';
import { taskChangeProblem } from '../../domain/tasks/task-rules';
import { validationKeys } from '../../shared/i18n/message-keys';
import { useFormSubmit, type FormSubmit } from '../../shared/ui/use-form-submit';

/** What the screens change on a task: its assignee, or its end (done or cancelled). */
export interface TaskChanges {
  assigneeId?: string;
  assigneeName?: string;
  state?: 'done' | 'cancelled';
  doneAt?: string;
  doneNote?: string;
  doneVisitId?: string;
  cancelReason?: string;
}

export interface TaskPatch {
  form: FormSubmit;
  /** Resolves true when the change was saved on this phone. */
  save(changes: TaskChanges): Promise<boolean>;
}

/** `shownFields`: the fields the form shows, where a refusal's message goes. */
export function useTaskPatch(task: LocalRecord<'task'>, shownFields: readonly string[]): TaskPatch {
  const client = useDataClient();
  const { user } = useSession();
  const form = useFormSubmit({ fixKey: null, shownFields });

  async function save(changes: TaskChanges): Promise<boolean> {
    if (!user) return false;
    const problem = taskChangeProblem({ role: user.role, userId: user.id }, task, { ...task, ...changes });
    if (problem) {
      const keys = validationKeys(problem.key);
      if (shownFields.includes(problem.field)) form.fail([], { [problem.field]: keys });
      else form.fail(keys);
      return false;
    }
    return form.run(() => client.patch('task', task.id, changes));
  }
  return { form, save };
}
