import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConflictsScreen } from '../../../../src/features/conflicts/conflicts-screen';
import { createFakeDataClient, demoUser } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { BUILDING, conflictRecords, HOUSEHOLD, NAME, NOTES, PHONE } from './conflict-records';

const secretary = { ...demoUser, username: 'secretary1', role: 'secretary' as const, gridIds: [] };

function renderConflicts() {
  const client = createFakeDataClient({ records: conflictRecords(), session: { user: secretary } });
  return renderWithProviders(<ConflictsScreen />, { client });
}

async function cards(): Promise<HTMLElement[]> {
  const list = await screen.findByRole('list', { name: 'Conflicts' });
  return within(list).getAllByRole('listitem');
}

function value(card: HTMLElement, side: RegExp): HTMLElement {
  return within(card).getByRole('group', { name: side });
}

describe('the Conflicts screen', () => {
  it('lists the conflicts not seen yet, newest first, with the record, the field, both values and who changed it', async () => {
    renderConflicts();
    expect(await screen.findByRole('heading', { level: 1, name: 'Conflicts' })).toBeInTheDocument();
    const [notes, phone, name, ...rest] = await cards();
    expect(rest).toEqual([]);

    // The household's phone: a link to the household, the field by its name, the later value held now.
    expect(within(phone!).getByRole('link', { name: '3栋 Unit 1, room 101' })).toHaveAttribute('href', `/households/${HOUSEHOLD}`);
    expect(phone).toHaveTextContent('Household');
    expect(phone).toHaveTextContent('Field: Phone');
    expect(value(phone!, /^Earlier value/)).toHaveTextContent('13800138000');
    expect(value(phone!, /^Later value \(on the record now\)/)).toHaveTextContent('13900139000');
    expect(phone).toHaveTextContent('Changed by 李强');
    expect(within(phone!).getAllByRole('button', { name: 'Keep this value' })).toHaveLength(2);
    expect(within(phone!).getByRole('button', { name: 'Seen' })).toBeEnabled();

    // An empty earlier value reads "empty".
    expect(notes).toHaveTextContent('Field: Notes');
    expect(value(notes!, /^Earlier value/)).toHaveTextContent('empty');

    // The building was renamed since: neither value is on the record, both can still be kept.
    expect(within(name!).getByRole('link', { name: '3栋' })).toHaveAttribute('href', `/buildings/${BUILDING}`);
    expect(name).toHaveTextContent('Field: Name');
    expect(name).toHaveTextContent('The record has changed since; it now holds: 3栋.');
    expect(name).toHaveTextContent('Changed by 王芳');
    expect(within(name!).getAllByRole('button', { name: 'Keep this value' })).toHaveLength(2);
  });

  it('keeps the value chosen, for the conflict it belongs to', async () => {
    const { client, user } = renderConflicts();
    const [, phone] = await cards();
    await user.click(within(value(phone!, /^Earlier value/)).getByRole('button', { name: 'Keep this value' }));
    expect(client.keepConflictValue).toHaveBeenCalledWith({ conflictId: PHONE, side: 'earlier' });

    const [notes] = await cards();
    await user.click(within(value(notes!, /^Earlier value/)).getByRole('button', { name: 'Keep this value' }));
    expect(client.keepConflictValue).toHaveBeenLastCalledWith({ conflictId: NOTES, side: 'earlier' });
    expect(client.patch).not.toHaveBeenCalled();
  });

  it('"Seen" only marks the conflict seen', async () => {
    const { client, user } = renderConflicts();
    const [, , name] = await cards();
    const before = Date.now();
    await user.click(within(name!).getByRole('button', { name: 'Seen' }));
    expect(client.patch).toHaveBeenCalledTimes(1);
    const [entity, id, changes] = vi.mocked(client.patch).mock.calls[0]!;
    expect([entity, id, Object.keys(changes)]).toEqual(['conflict', NAME, ['seenAt']]);
    const seenAt = Date.parse(String(Reflect.get(changes, 'seenAt')));
    expect(seenAt).toBeGreaterThanOrEqual(before - 1000);
    expect(seenAt).toBeLessThanOrEqual(Date.now());
    expect(client.keepConflictValue).not.toHaveBeenCalled();
  });

  it('shows a conflict already seen only under "Seen", with the value kept and no buttons', async () => {
    const { user } = renderConflicts();
    await cards();
    expect(screen.queryByText('张玮')).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Show conflicts already seen' }));
    const seen = within(screen.getByRole('list', { name: 'Seen' })).getAllByRole('listitem');
    expect(seen).toHaveLength(1);
    expect(within(seen[0]!).getByRole('link', { name: '张伟 · 3栋 Unit 1, room 101' })).toHaveAttribute('href', `/households/${HOUSEHOLD}`);
    expect(seen[0]).toHaveTextContent('Value kept: 张伟');
    expect(within(seen[0]!).queryByRole('button')).not.toBeInTheDocument();
  });
});
