import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../fixtures/render-with-providers';
import { BUILDING_A, HOUSEHOLD, HOUSEHOLD_B, NEW_ID, task, taskId, tasksClient, worker1, worker2 , fieldOf } from './task-records';

const visitAgain = task(1, { note: '上次无人在家' });
const otherHousehold = task(2, { targetId: HOUSEHOLD_B });
const disinfection = task(3, { kind: 'disinfection', targetType: 'building', targetId: BUILDING_A });
const othersTask = task(4, { assigneeId: worker2.id, assigneeName: worker2.displayName });

async function saveVisit(records = [visitAgain, otherHousehold, disinfection, othersTask]) {
  const { client, create, patch } = tasksClient(worker1, { task: records });
  const rendered = renderApp({ client, route: `/households/${HOUSEHOLD}/visits/new` });
  await rendered.user.type(await screen.findByRole('textbox', { name: 'Temperature for 张三丰' }, { timeout: 5000 }), '36.5');
  await rendered.user.click(screen.getByRole('button', { name: 'Save visit' }));
  expect(create).toHaveBeenCalledWith('visit', expect.objectContaining({ householdId: HOUSEHOLD }));
  expect(await screen.findByText('Visit saved')).toBeInTheDocument();
  return { ...rendered, patch };
}

describe('the visit-saved offer', { timeout: 20_000 }, () => {
  it('offers my open visit-again task of this household and completes it with the new visit linked', async () => {
    const { user, patch } = await saveVisit();
    const offer = await screen.findByRole('region', { name: 'Visit-again tasks of this household' });
    // Only worker1's visit-again task of this household: not another household's, another kind or another worker's.
    expect(within(offer).getAllByRole('article')).toHaveLength(1);
    expect(within(offer).getByText('上次无人在家')).toBeInTheDocument();
    const before = Date.now();
    await user.click(within(offer).getByRole('button', { name: /Mark done/ }));
    expect(patch).toHaveBeenCalledTimes(1);
    expect(patch).toHaveBeenCalledWith('task', taskId(1), { state: 'done', doneAt: expect.any(String), doneVisitId: NEW_ID });
    expect(Date.parse(String(fieldOf(patch.mock.calls[0]![2], 'doneAt')))).toBeGreaterThanOrEqual(before - 1000);
    expect(await within(offer).findByText('Task done: this visit is linked to it.')).toBeInTheDocument();
    expect(within(offer).queryByRole('button', { name: /Mark done/ })).not.toBeInTheDocument();
  });

  it('offers the task of the household visited, not another household’s (a Nobody home visit counts too)', async () => {
    const { client, patch } = tasksClient(worker1, { task: [visitAgain, otherHousehold] });
    const { user } = renderApp({ client, route: `/households/${HOUSEHOLD_B}/visits/new` });
    await user.click(await screen.findByRole('radio', { name: 'Nobody home' }, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Save visit' }));
    const offer = await screen.findByRole('region', { name: 'Visit-again tasks of this household' });
    expect(within(offer).getAllByRole('article')).toHaveLength(1);
    expect(within(offer).queryByText('上次无人在家')).not.toBeInTheDocument();
    await user.click(within(offer).getByRole('button', { name: /Mark done/ }));
    expect(patch).toHaveBeenCalledWith('task', taskId(2), { state: 'done', doneAt: expect.any(String), doneVisitId: NEW_ID });
  });
});
