import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { BUILDING_A, fromNow, GRID_A, RESIDENT, secretary, task, taskId, tasksClient, worker1, worker2 } from './task-records';

const overdue = task(1, { dueAt: fromNow(-3) });
const later = task(2, { kind: 'disinfection', targetType: 'building', targetId: BUILDING_A, dueAt: fromNow(30) });
const done = task(3, { kind: 'check_building', targetType: 'grid', targetId: GRID_A, dueAt: fromNow(-5), state: 'done', doneAt: fromNow(0), doneNote: '已排查' });
const othersOverdue = task(4, { kind: 'trace_contact', targetType: 'resident', targetId: RESIDENT, assigneeId: worker2.id, assigneeName: worker2.displayName, dueAt: fromNow(-30) });
const cancelled = task(5, { kind: 'other', dueAt: fromNow(-40), state: 'cancelled', cancelReason: '重复' });

describe('Overdue', { timeout: 20_000 }, () => {
  it('Home lists my tasks due now first with Overdue in red, then upcoming, then done today; each opens the task', async () => {
    const { client } = tasksClient(worker1, { task: [later, done, overdue, othersOverdue, cancelled] });
    renderApp({ client, route: '/' });
    const section = await screen.findByRole('region', { name: 'Tasks' }, { timeout: 5000 });
    await within(section).findByText(/1栋 2-501/);
    const links = within(section).getAllByRole('link');
    // Not worker2's task, not the cancelled one.
    expect(links).toHaveLength(3);
    expect(links[0]).toHaveTextContent('Visit again · 1栋 2-501');
    expect(links[0]).toHaveTextContent('Overdue');
    expect(links[0]).toHaveAttribute('href', `/tasks/${taskId(1)}`);
    expect(within(links[0]!).getByText('Overdue')).toHaveClass('gw-task__overdue');
    expect(links[1]).toHaveTextContent('Disinfection · 1栋');
    expect(links[1]).not.toHaveTextContent('Overdue');
    // Done today (its due time passed, but it is done: not overdue).
    expect(links[2]).toHaveTextContent('Check a building · 第一网格');
    expect(links[2]).toHaveTextContent('Done');
    expect(links[2]).not.toHaveTextContent('Overdue');
    expect(within(section).getAllByText('Overdue')).toHaveLength(1);
  });

  it('Home shows no Tasks section when the worker has no task', async () => {
    const { client } = tasksClient(worker1, { task: [othersOverdue] });
    renderApp({ client, route: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Home' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByText(/Visited today/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Tasks' })).not.toBeInTheDocument();
  });

  it('the secretary’s Tasks list puts the overdue first, then open by due time, then closed, with kinds and states translated', async () => {
    const { client } = tasksClient(secretary, { task: [later, done, overdue, othersOverdue, cancelled] });
    renderApp({ client, route: '/tasks' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tasks' }, { timeout: 5000 })).toBeInTheDocument();
    // The targets' names are read after the tasks.
    await screen.findByRole('link', { name: 'Trace a contact · 张三丰' });
    const cards = await screen.findAllByRole('article');
    const titles = cards.map((card) => within(card).getByRole('heading').textContent);
    expect(titles).toEqual(['Trace a contact · 张三丰', 'Visit again · 1栋 2-501', 'Disinfection · 1栋', 'Check a building · 第一网格', 'Other · 1栋 2-501']);
    const overdueOnes = cards.filter((card) => within(card).queryByText('Overdue'));
    expect(overdueOnes).toEqual([cards[0], cards[1]]);
    expect(within(cards[0]!).getByText('Assignee: 李强')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Open')).toBeInTheDocument();
    expect(within(cards[3]!).getByText('Done')).toBeInTheDocument();
    expect(within(cards[4]!).getByText('Cancelled')).toBeInTheDocument();
    // Only open tasks can be reassigned or cancelled.
    expect(within(cards[1]!).getByRole('button', { name: 'Reassign' })).toBeInTheDocument();
    expect(within(cards[3]!).queryByRole('button', { name: 'Reassign' })).not.toBeInTheDocument();
    expect(within(cards[1]!).getByRole('link', { name: 'Visit again · 1栋 2-501' })).toHaveAttribute('href', `/tasks/${taskId(1)}`);
  });

  it('lists kinds and states in Chinese by default', async () => {
    const { client } = tasksClient(secretary, { task: [overdue, done] });
    renderApp({ client, route: '/tasks', language: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 1, name: '任务' }, { timeout: 5000 })).toBeInTheDocument();
    await screen.findByRole('link', { name: '再次走访 · 1栋 2-501' });
    const cards = screen.getAllByRole('article');
    expect(within(cards[0]!).getByText('已逾期')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('待完成')).toBeInTheDocument();
    expect(within(cards[0]!).getByRole('heading')).toHaveTextContent('再次走访');
    expect(within(cards[1]!).getByText('已完成')).toBeInTheDocument();
    expect(within(cards[1]!).getByRole('heading')).toHaveTextContent('楼栋排查');
  });
});
