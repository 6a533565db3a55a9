import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { BUILDING_A, HOUSEHOLD, secretary, tasksClient, worker1, worker2 , fieldOf } from './task-records';

/** A datetime-local value `days` from now at hh:mm, in the phone's time zone. */
function localInput(days: number, hours: number, minutes = 0): string {
  const now = new Date();
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hours, minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

async function openForm() {
  const { client, create, stored } = tasksClient(secretary);
  const rendered = renderApp({ client, route: '/tasks' });
  await rendered.user.click(await screen.findByRole('button', { name: 'New task' }, { timeout: 5000 }));
  expect(await screen.findByRole('heading', { level: 1, name: 'New task' })).toBeInTheDocument();
  return { ...rendered, create, stored };
}

describe('New task', { timeout: 20_000 }, () => {
  it('the secretary reaches Tasks from Community', async () => {
    const { client } = tasksClient(secretary);
    const { user, router } = renderApp({ client, route: '/' });
    await user.click(await screen.findByRole('link', { name: 'Tasks' }, { timeout: 5000 }));
    expect(router.state.location.pathname).toBe('/tasks');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tasks' })).toBeInTheDocument();
    expect(await screen.findByText('No tasks yet.')).toBeInTheDocument();
  });

  it('saves a visit-again task of a household for the grid’s worker by default, due tomorrow 18:00, open, given now', async () => {
    const { user, create, router, stored } = await openForm();
    expect(screen.getByRole('radio', { name: 'Visit again' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Household' })).toBeChecked();
    expect(screen.getByLabelText('Due date and time')).toHaveAttribute('type', 'datetime-local');
    expect(screen.getByLabelText('Due date and time')).toHaveValue(localInput(1, 18));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Building' }), await screen.findByRole('option', { name: '1栋' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Household (unit-room)' }), await screen.findByRole('option', { name: '2-501' }));
    // 1栋 is in grid A: worker1 (王芳) by default, listed once for her two phones; the secretary is no assignee.
    expect(await screen.findByRole('combobox', { name: 'Assignee' })).toHaveDisplayValue('王芳');
    expect(screen.getAllByRole('option', { name: '王芳' })).toHaveLength(1);
    expect(screen.queryByRole('option', { name: '张书记' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), '上次无人在家');
    const before = Date.now();
    await user.click(screen.getByRole('button', { name: 'Save task' }));

    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith('task', {
      kind: 'visit_again',
      targetType: 'household',
      targetId: HOUSEHOLD,
      assigneeId: worker1.id,
      assigneeName: '王芳',
      assignedAt: expect.any(String),
      dueAt: new Date(localInput(1, 18)).toISOString(),
      state: 'open',
      note: '上次无人在家',
    });
    const saved = create.mock.calls[0]![1];
    expect(Date.parse(String(fieldOf(saved, 'assignedAt')))).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(String(fieldOf(saved, 'assignedAt')))).toBeLessThanOrEqual(Date.now());
    expect(router.state.location.pathname).toBe('/tasks');
    expect(await screen.findByText('Task saved: the assignee sees it after their next sync.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Visit again · 1栋 2-501' })).toBeInTheDocument();
    expect(stored.task).toHaveLength(1);
  });

  it('defaults the assignee by the target’s grid (a resident, a building, a grid) and takes another worker when chosen', async () => {
    const { user, create } = await openForm();
    await user.click(screen.getByRole('radio', { name: 'Trace a contact' }));
    await user.click(screen.getByRole('radio', { name: 'Resident' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Building' }), await screen.findByRole('option', { name: '1栋' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Household (unit-room)' }), await screen.findByRole('option', { name: '2-501' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Resident' }), await screen.findByRole('option', { name: '张三丰' }));
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveDisplayValue('王芳');

    await user.click(screen.getByRole('radio', { name: 'Grid' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Grid' }), await screen.findByRole('option', { name: '第二网格' }));
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveDisplayValue('李强');

    await user.click(screen.getByRole('radio', { name: 'Building' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Building' }), await screen.findByRole('option', { name: '1栋' }));
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveDisplayValue('王芳');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assignee' }), '李强');
    await user.click(screen.getByRole('button', { name: 'Save task' }));
    expect(create).toHaveBeenCalledWith('task', expect.objectContaining({ kind: 'trace_contact', targetType: 'building', targetId: BUILDING_A, assigneeId: worker2.id, assigneeName: '李强' }));
  });

  it('refuses a due time in the past with the translated message and saves nothing', async () => {
    const { user, create } = await openForm();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Building' }), await screen.findByRole('option', { name: '1栋' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Household (unit-room)' }), await screen.findByRole('option', { name: '2-501' }));
    fireEvent.change(screen.getByLabelText('Due date and time'), { target: { value: localInput(-1, 9) } });
    await user.click(screen.getByRole('button', { name: 'Save task' }));
    expect(screen.getByLabelText('Due date and time')).toHaveAccessibleDescription('The due time must be later than now.');
    expect(screen.getByText('Check the marked fields.')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });

  it('asks for the target, building first, before saving', async () => {
    const { user, create } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Save task' }));
    expect(screen.getByRole('combobox', { name: 'Building' })).toHaveAccessibleDescription('Choose what the task is about.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Building' }), '1栋');
    await user.click(screen.getByRole('button', { name: 'Save task' }));
    expect(screen.getByRole('combobox', { name: 'Household (unit-room)' })).toHaveAccessibleDescription('Choose what the task is about.');
    expect(create).not.toHaveBeenCalled();
  });
});
