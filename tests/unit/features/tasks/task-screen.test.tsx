import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { BUILDING_A, fromNow, GRID_A, HOUSEHOLD, RESIDENT, secretary, task, taskId, tasksClient, worker1, worker2 , fieldOf } from './task-records';

const open = task(1, { dueAt: fromNow(-2), note: '上次无人在家' });
const route = `/tasks/${taskId(1)}`;

describe('a task’s screen', { timeout: 20_000 }, () => {
  it('shows kind, target with a link to open it, assignee, due with Overdue, note and state', async () => {
    const { client } = tasksClient(worker1, { task: [open] });
    renderApp({ client, route });
    expect(await screen.findByRole('heading', { level: 1, name: 'Visit again' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '1栋 2-501' })).toHaveAttribute('href', `/households/${HOUSEHOLD}`);
    expect(screen.getByText('王芳')).toBeInTheDocument();
    expect(screen.getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByText('上次无人在家')).toBeInTheDocument();
    expect(screen.getByText('Open')).toBeInTheDocument();
    // A worker does not reassign or cancel.
    expect(screen.queryByRole('button', { name: 'Reassign' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel task' })).not.toBeInTheDocument();
  });

  it.each([
    ['resident', RESIDENT, '张三丰', `/households/${HOUSEHOLD}`],
    ['building', BUILDING_A, '1栋', `/buildings/${BUILDING_A}`],
    ['grid', GRID_A, '第一网格', '/'],
  ] as const)('opens a %s target', async (targetType, targetId, name, href) => {
    const { client } = tasksClient(worker1, { task: [task(1, { kind: 'other', targetType, targetId })] });
    renderApp({ client, route });
    expect(await screen.findByRole('link', { name }, { timeout: 5000 })).toHaveAttribute('href', href);
  });

  it('Mark done: the assignee’s patch with state done, the time and the note', async () => {
    const { client, patch } = tasksClient(worker1, { task: [open] });
    const { user } = renderApp({ client, route });
    const before = Date.now();
    await user.type(await screen.findByRole('textbox', { name: 'What was done' }, { timeout: 5000 }), '已上门，测温正常');
    await user.click(screen.getByRole('button', { name: 'Mark done' }));
    expect(patch).toHaveBeenCalledTimes(1);
    expect(patch).toHaveBeenCalledWith('task', taskId(1), { state: 'done', doneAt: expect.any(String), doneNote: '已上门，测温正常' });
    const doneAt = Date.parse(String(fieldOf(patch.mock.calls[0]![2], 'doneAt')));
    expect(doneAt).toBeGreaterThanOrEqual(before - 1000);
    expect(await screen.findByText('Task marked done.')).toBeInTheDocument();
  });

  it('Mark done without a note is refused with the message and saves nothing', async () => {
    const { client, patch } = tasksClient(worker1, { task: [open] });
    const { user } = renderApp({ client, route });
    await user.click(await screen.findByRole('button', { name: 'Mark done' }, { timeout: 5000 }));
    expect(screen.getByRole('textbox', { name: 'What was done' })).toHaveAccessibleDescription('Add a note on what was done.');
    expect(patch).not.toHaveBeenCalled();
  });

  it('shows no Mark done on another worker’s task, nor on a done one', async () => {
    const { client } = tasksClient(worker2, { task: [open, task(2, { assigneeId: worker2.id, assigneeName: worker2.displayName, state: 'done', doneAt: fromNow(-1), doneNote: '已完成' })] });
    const { router } = renderApp({ client, route });
    expect(await screen.findByRole('heading', { level: 1, name: 'Visit again' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText('王芳')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark done' })).not.toBeInTheDocument();

    await router.navigate(`/tasks/${taskId(2)}`);
    expect(await screen.findByText('已完成')).toBeInTheDocument();
    expect(screen.getByText('Done')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark done' })).not.toBeInTheDocument();
  });

  it('the secretary reassigns an open task to another grid worker', async () => {
    const { client, patch } = tasksClient(secretary, { task: [open] });
    const { user } = renderApp({ client, route });
    await user.click(await screen.findByRole('button', { name: 'Reassign' }, { timeout: 5000 }));
    expect(screen.queryByRole('button', { name: 'Mark done' })).not.toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Reassign to' });
    // The current assignee is not offered again.
    expect(within(select).queryByRole('option', { name: '王芳' })).not.toBeInTheDocument();
    await user.selectOptions(select, await within(select).findByRole('option', { name: '李强' }));
    await user.click(screen.getByRole('button', { name: 'Reassign task' }));
    expect(patch).toHaveBeenCalledWith('task', taskId(1), { assigneeId: worker2.id, assigneeName: '李强' });
    expect(await screen.findByText('Task reassigned to 李强.')).toBeInTheDocument();
  });

  it('the secretary cancels an open task with a reason; without one it asks for it', async () => {
    const { client, patch } = tasksClient(secretary, { task: [open] });
    const { user } = renderApp({ client, route: '/tasks' });
    const card = await screen.findByRole('article', { name: 'Visit again · 1栋 2-501' }, { timeout: 5000 });
    await user.click(within(card).getByRole('button', { name: 'Cancel task' }));
    await user.click(screen.getByRole('button', { name: 'Cancel this task' }));
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription('Give a reason.');
    expect(patch).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Reason' }), '住户已搬走');
    await user.click(screen.getByRole('button', { name: 'Cancel this task' }));
    expect(patch).toHaveBeenCalledWith('task', taskId(1), { state: 'cancelled', cancelReason: '住户已搬走' });
    expect(await screen.findByText('Task cancelled.')).toBeInTheDocument();
  });
});
