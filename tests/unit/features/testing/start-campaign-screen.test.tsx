/**
 * "Start campaign" (/campaigns/new) on 26 November 2026 in China: the secretary's form (today's dates,
 * every building, single tubes by default) saves a campaign with a site at a checkpoint and a new one,
 * 10-in-1 pools and chosen buildings, then opens it; a grid worker is told who starts one; wrong fields
 * are said beside each field and nothing is written.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { demoUser } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { StartCampaignScreen } from '../../../../src/features/testing/start-campaign-screen';
import { B2, B7, campaignClient, CHECKPOINT, COMMUNITY, MORNING, newId, secretaryUser, TODAY } from './campaign-screen-records';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MORNING);
});
afterEach(() => {
  vi.useRealTimers();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function openStart(user = secretaryUser) {
  const rendered = campaignClient({}, user);
  const view = renderWithProviders(<StartCampaignScreen />, { client: rendered.client, path: '/campaigns/new', route: '/campaigns/new' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Start campaign' })).toBeInTheDocument();
  return { ...rendered, ...view };
}

describe('Start campaign', () => {
  it('starts today and ends today, expects every building, single tubes, no site chosen', async () => {
    await openStart();
    expect(await screen.findByLabelText('Start date')).toHaveValue(TODAY);
    expect(screen.getByLabelText('End date')).toHaveValue(TODAY);
    expect(screen.getByRole('radio', { name: 'All buildings' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Single tubes' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '南门' })).not.toBeChecked();
  });

  it('saves a campaign at a checkpoint and a new site, 10-in-1, for the chosen buildings, and opens it', async () => {
    const { user, create, stored, router } = await openStart();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '第一轮全员核酸');
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2026-11-27' } });
    await user.click(screen.getByRole('checkbox', { name: '南门' }));
    await user.type(screen.getByRole('textbox', { name: 'New site name' }), '3号楼门前');
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    expect(within(screen.getByRole('list', { name: 'New sites' })).getByText('3号楼门前')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'New site name' })).toHaveValue('');
    await user.click(screen.getByRole('radio', { name: 'Choose buildings' }));
    const buildings = screen.getByRole('group', { name: 'Buildings' });
    expect(within(buildings).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual(['2号楼', '7栋', '10号楼']);
    await user.click(within(buildings).getByRole('checkbox', { name: '7栋' }));
    await user.click(within(buildings).getByRole('checkbox', { name: '2号楼' }));
    await user.click(screen.getByRole('radio', { name: '10-in-1' }));
    await user.click(screen.getByRole('button', { name: 'Start campaign' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith('testing_campaign', {
      communityId: COMMUNITY,
      name: '第一轮全员核酸',
      startDate: TODAY,
      endDate: '2026-11-27',
      sites: [
        { id: expect.stringMatching(UUID), name: '南门', checkpointId: CHECKPOINT },
        { id: expect.stringMatching(UUID), name: '3号楼门前' },
      ],
      buildingIds: [B2, B7],
      poolSize: 10,
    });
    const saved = stored.testing_campaign?.[0];
    expect(saved?.sites.map((site) => site.name)).toEqual(['南门', '3号楼门前']);
    expect(new Set(saved?.sites.map((site) => site.id)).size).toBe(2);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/campaigns/${newId(1)}`));
  });

  it('expects every building when none is chosen: the record names none', async () => {
    const { user, create } = await openStart();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '第二轮');
    await user.click(screen.getByRole('checkbox', { name: '南门' }));
    await user.click(screen.getByRole('button', { name: 'Start campaign' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]?.[1]).not.toHaveProperty('buildingIds');
    expect(create.mock.calls[0]?.[1]).toMatchObject({ poolSize: 1, startDate: TODAY, endDate: TODAY });
  });

  it('says an end before the start and a missing site beside their fields, and writes nothing', async () => {
    const { user, create } = await openStart();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '第一轮');
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2026-11-25' } });
    await user.click(screen.getByRole('button', { name: 'Start campaign' }));

    expect(await screen.findByText('Check the marked fields.')).toBeInTheDocument();
    expect(screen.getByLabelText('End date')).toHaveAccessibleDescription('The end date cannot be before the start date.');
    expect(screen.getByRole('group', { name: 'Sampling sites' })).toHaveAccessibleDescription('Set at least one sampling site.');
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAccessibleDescription();
    expect(create).not.toHaveBeenCalled();
  });

  it('asks for a name and for a building when "Choose buildings" has none', async () => {
    const { user, create } = await openStart();
    await user.click(await screen.findByRole('checkbox', { name: '南门' }));
    await user.click(screen.getByRole('radio', { name: 'Choose buildings' }));
    await user.click(screen.getByRole('button', { name: 'Start campaign' }));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter a name.');
    expect(screen.getByRole('group', { name: 'Buildings' })).toHaveAccessibleDescription('Choose at least one building.');
    expect(create).not.toHaveBeenCalled();
  });

  it('shows the schema’s refusal of the written record beside its field (a name too long)', async () => {
    const { user, create, stored } = await openStart();
    fireEvent.change(await screen.findByRole('textbox', { name: 'Name' }), { target: { value: '核'.repeat(51) } });
    await user.click(screen.getByRole('checkbox', { name: '南门' }));
    await user.click(screen.getByRole('button', { name: 'Start campaign' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Check the marked fields.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('At most 50 characters.');
    expect(stored.testing_campaign).toEqual([]);
  });

  it('a removed new site is not saved', async () => {
    const { user, create } = await openStart();
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '第一轮');
    await user.type(screen.getByRole('textbox', { name: 'New site name' }), '东门{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'New site name' }), '西门');
    await user.click(screen.getByRole('button', { name: 'Add site' }));
    await user.click(screen.getByRole('button', { name: 'Remove 东门' }));
    await user.click(screen.getByRole('button', { name: 'Start campaign' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0]?.[1]).toMatchObject({ sites: [{ name: '西门' }] });
  });

  it('tells a grid worker that the secretary starts campaigns, with no form', async () => {
    await openStart(demoUser);
    expect(screen.getByText('Only the community secretary starts a testing campaign.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start campaign' })).not.toBeInTheDocument();
  });
});
