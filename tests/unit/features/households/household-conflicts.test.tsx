import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HouseholdScreen } from '../../../../src/features/households/household-screen';
import { createFakeDataClient, demoUser } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { conflict, conflictRecords, HOUSEHOLD, PHONE, RESIDENT } from '../conflicts/conflict-records';

const secretary = { ...demoUser, username: 'secretary1', role: 'secretary' as const, gridIds: [] };
const RESIDENT_NAME = '0192f1b4-0000-7000-8000-0000000006c5';

/** The fixed conflicts, plus one not seen yet about the household's resident. */
function records() {
  const all = conflictRecords();
  all.conflict?.push(
    conflict(RESIDENT_NAME, { entity: 'resident', recordId: RESIDENT, field: 'name', serverValue: '张伟', clientValue: '张玮', at: '2026-11-24T10:00:00.000Z' }),
  );
  return all;
}

function renderHousehold(user: typeof demoUser) {
  const client = createFakeDataClient({ records: records(), session: { user } });
  return renderWithProviders(<HouseholdScreen />, { client, path: '/households/:householdId', route: `/households/${HOUSEHOLD}` });
}

describe('conflicts on the household screen', () => {
  it('shows a secretary the unseen conflicts about the household and its residents, with their actions', async () => {
    const { client, user } = renderHousehold(secretary);
    const list = await screen.findByRole('list', { name: 'Conflicts' });
    expect(screen.getByRole('heading', { level: 2, name: 'Conflicts' })).toBeInTheDocument();
    const cards = within(list).getAllByRole('listitem');
    // Newest first: the notes, the phone, the resident's name; not the building's, not the one already seen.
    expect(cards.map((card) => card.querySelector('p:nth-of-type(2)')?.textContent)).toEqual(['Field: Notes', 'Field: Phone', 'Field: Name']);
    expect(cards[2]).toHaveTextContent('Resident 张伟');
    expect(within(cards[2]!).getByRole('group', { name: /^Later value/ })).toHaveTextContent('张玮');

    await user.click(within(within(cards[1]!).getByRole('group', { name: /^Earlier value/ })).getByRole('button', { name: 'Keep this value' }));
    expect(client.keepConflictValue).toHaveBeenCalledWith({ conflictId: PHONE, side: 'earlier' });
  });

  it('shows a grid worker no conflicts', async () => {
    renderHousehold(demoUser);
    expect(await screen.findByRole('heading', { level: 1, name: 'Unit 1 Room 101' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Conflicts' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Keep this value' })).not.toBeInTheDocument();
  });
});
