/**
 * The sampling site (/campaigns/:id/site) on 26 Nov 2026 at 09:30 in China: a person found by name,
 * pinyin initials or room is sampled with one tap into the current tube, and the search is empty and
 * focused for the next; a 10-in-1 tube counts "n / 10" and asks for "New tube" once full; someone sampled
 * twice is warned but saved; single tubes take a new number per person; undo voids; the site is chosen
 * once and remembered; a closed campaign takes no sampling.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteScreen } from '../../../../src/features/testing/site-screen';
import { SITE_CHOICE_KEY, useSiteChoice } from '../../../../src/features/testing/site-choice-store';
import { LocalValidationError } from '../../../../src/shared/write-failure';
import { demoUser, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { aCampaign, aSampling, CAMPAIGN_ID, campaignClient, followWrites, MORNING, people, SITE_ID } from './campaign-screen-records';

// The camera is the scanner's business: here a scan is a button that reads a door's code.
vi.mock('../../../../src/shared/ui/code-scanner', () => ({
  CodeScanner: ({ onFound, judge }: { onFound: (value: string) => void; judge: (text: string) => string | null }) => (
    <button type="button" onClick={() => onFound(judge(`${window.location.origin}/households/${people.zhang.household}`) ?? 'not read')}>
      Fake scan
    </button>
  ),
}));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MORNING);
  localStorage.removeItem(SITE_CHOICE_KEY);
  useSiteChoice.setState({ sites: {}, tubes: {} });
});
afterEach(() => {
  vi.useRealTimers();
});

async function openSite(records: FakeRecords = {}) {
  const rendered = followWrites(campaignClient({ testing_campaign: [aCampaign()], ...records }));
  const view = renderWithProviders(<SiteScreen />, { client: rendered.client, path: '/campaigns/:campaignId/site', route: `/campaigns/${CAMPAIGN_ID}/site` });
  expect(await screen.findByRole('heading', { level: 1, name: 'Sampling site · 第一轮全员核酸' })).toBeInTheDocument();
  return { ...rendered, ...view };
}

async function find(user: Awaited<ReturnType<typeof openSite>>['user'], query: string, pick: string) {
  const box = await screen.findByRole('searchbox', { name: 'Find resident' });
  await user.type(box, query);
  const results = await screen.findByRole('region', { name: 'Matching residents' });
  await user.click(within(results).getByRole('button', { name: pick }));
}

describe('Sampling site', () => {
  it('finds a person by name and samples them in one tap, then is ready for the next person', async () => {
    const { user, create } = await openSite();
    await user.type(screen.getByRole('textbox', { name: 'Tube number' }), 'a-001');
    expect(screen.getByText('In this tube: 0 / 10')).toBeInTheDocument();
    await find(user, '张三', '张三, 2号楼 1-101');
    await user.click(screen.getByRole('button', { name: 'Sampled' }));

    await waitFor(() => expect(create).toHaveBeenCalledOnce());
    expect(create).toHaveBeenCalledWith('sampling', {
      campaignId: CAMPAIGN_ID,
      residentId: people.zhang.resident,
      householdId: people.zhang.household,
      sampledAt: MORNING.toISOString(),
      siteId: SITE_ID,
      atHome: false,
      tubeNumber: 'A-001',
    });
    const box = await screen.findByRole('searchbox', { name: 'Find resident' });
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Tube number' })).toHaveValue('a-001');
    expect(await screen.findByText('In this tube: 1 / 10')).toBeInTheDocument();
    expect(screen.getByText('Sampled: 张三, tube A-001 (1 / 10)')).toBeInTheDocument();
  });

  it('finds people by pinyin initials and by room code', async () => {
    const { user, create } = await openSite();
    await user.type(screen.getByRole('textbox', { name: 'Tube number' }), 'T1');
    await find(user, 'ww', '王五, 2号楼 1-302');
    await user.click(screen.getByRole('button', { name: 'Sampled' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    await find(user, '2-2-201', '赵六, 2号楼 2-201');
    await user.click(screen.getByRole('button', { name: 'Sampled' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(2));
    expect(create.mock.calls[0]?.[1]).toMatchObject({ residentId: people.wang.resident });
    expect(create.mock.calls[1]?.[1]).toMatchObject({ residentId: people.zhao.resident });
  });

  it('counts a 10-in-1 tube holding 9 to 10 / 10, then asks for a new tube; "New tube" clears the number for the next', async () => {
    const nine = [people.li, people.wang, people.zhao, people.qian, people.sun, people.zhou, people.li, people.wang, people.zhao].map((p) => aSampling(p, 'P-7'));
    const { user, create } = await openSite({ sampling: nine });
    const tube = screen.getByRole('textbox', { name: 'Tube number' });
    await user.type(tube, 'p-7');
    expect(await screen.findByText('In this tube: 9 / 10')).toBeInTheDocument();
    await find(user, '张三', '张三, 2号楼 1-101');
    await user.click(screen.getByRole('button', { name: 'Sampled' }));
    await waitFor(() => expect(create).toHaveBeenCalledOnce());

    expect(await screen.findByText('In this tube: 10 / 10')).toBeInTheDocument();
    expect(screen.getByText('Tube P-7 holds its 10: tap "New tube" for the next one.')).toBeInTheDocument();
    await find(user, '钱七', '钱七, 10号楼 1-101');
    expect(screen.getByRole('button', { name: 'Sampled' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'New tube' }));
    expect(tube).toHaveValue('');
    expect(tube).toHaveFocus();
    await user.type(tube, 'P-8');
    expect(screen.getByText('In this tube: 0 / 10')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sampled' }));
    await waitFor(() => expect(create).toHaveBeenCalledTimes(2));
    expect(create.mock.calls[1]?.[1]).toMatchObject({ residentId: people.qian.resident, tubeNumber: 'P-8' });
  });

  it('a full tube number typed again cannot be chosen', async () => {
    const ten = Array.from({ length: 10 }, () => aSampling(people.li, 'FULL-1'));
    const { user } = await openSite({ sampling: ten });
    await user.type(screen.getByRole('textbox', { name: 'Tube number' }), 'full-1');
    expect(await screen.findByText('Tube FULL-1 holds its 10: tap "New tube" for the next one.')).toBeInTheDocument();
    await find(user, '张三', '张三, 2号楼 1-101');
    expect(screen.getByRole('button', { name: 'Sampled' })).toBeDisabled();
  });

  it('warns about someone already sampled in this campaign, and still saves', async () => {
    const { user, create } = await openSite({ sampling: [aSampling(people.zhang, 'OLD-1', { sampledAt: new Date(2026, 10, 26, 8, 30).toISOString() })] });
    await user.type(screen.getByRole('textbox', { name: 'Tube number' }), 'N-1');
    await find(user, '张三', '张三, 2号楼 1-101');
    // 08:30 on the phone's own clock.
    expect(screen.getByText('Already sampled at 08:30 in tube OLD-1; you can still sample again.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sampled' }));
    await waitFor(() => expect(create).toHaveBeenCalledOnce());
    expect(create.mock.calls[0]?.[1]).toMatchObject({ residentId: people.zhang.resident, tubeNumber: 'N-1' });
  });

  it('with single tubes takes a new tube number for each person', async () => {
    const rendered = followWrites(campaignClient({ testing_campaign: [aCampaign({ poolSize: 1 })] }));
    const { user } = renderWithProviders(<SiteScreen />, { client: rendered.client, path: '/campaigns/:campaignId/site', route: `/campaigns/${CAMPAIGN_ID}/site` });
    const tube = await screen.findByRole('textbox', { name: 'Tube number' });
    await user.type(tube, 'S-1');
    expect(screen.queryByText(/In this tube/)).not.toBeInTheDocument();
    await find(user, '张三', '张三, 2号楼 1-101');
    await user.click(screen.getByRole('button', { name: 'Sampled' }));
    await waitFor(() => expect(rendered.create).toHaveBeenCalledOnce());
    expect(tube).toHaveValue('');

    await find(user, '李四', '李四, 2号楼 1-101');
    expect(screen.getByRole('button', { name: 'Sampled' })).toBeDisabled();
    expect(screen.getByText('Type or scan the tube number first.')).toBeInTheDocument();
    await user.type(tube, 'S-1');
    expect(screen.getByText('Tube S-1 is used: with single tubes each person has a new tube.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sampled' })).toBeDisabled();
  });

  it("lists this phone's last samplings and undoes a mistake by voiding it", async () => {
    const { user, voidRecord, create } = await openSite();
    await user.type(screen.getByRole('textbox', { name: 'Tube number' }), 'U-1');
    await find(user, '张三', '张三, 2号楼 1-101');
    await user.click(screen.getByRole('button', { name: 'Sampled' }));
    await waitFor(() => expect(create).toHaveBeenCalledOnce());

    const last = screen.getByRole('region', { name: "This phone's last samplings" });
    expect(await within(last).findByText('张三')).toBeInTheDocument();
    await user.click(within(last).getByRole('button', { name: 'Undo 张三' }));
    expect(voidRecord).toHaveBeenCalledWith('sampling', expect.any(String), 'Undone at the site');
    expect(await within(last).findByText('Undone')).toBeInTheDocument();
    expect(await screen.findByText('In this tube: 0 / 10')).toBeInTheDocument();
  });

  it("lists only this phone's samplings at this site, not another phone's nor another site's", async () => {
    const OTHER_SITE = '0192f1b4-0000-7000-8000-0000000005d9';
    const OTHER_PHONE = '0192f1b4-0000-7000-8000-0000000000ff';
    await openSite({
      sampling: [
        { ...aSampling(people.zhang, 'U-1'), createdBy: demoUser.id },
        { ...aSampling(people.li, 'U-1'), createdBy: OTHER_PHONE },
        aSampling(people.wang, 'U-2', { siteId: OTHER_SITE }),
        aSampling(people.zhao, 'U-2'),
      ],
    });
    const last = screen.getByRole('region', { name: "This phone's last samplings" });
    expect(await within(last).findByText('张三')).toBeInTheDocument();
    expect(within(last).getByText('赵六')).toBeInTheDocument();
    expect(within(last).queryByText('李四')).not.toBeInTheDocument();
    expect(within(last).queryByText('王五')).not.toBeInTheDocument();
  });

  it('asks for the site when the campaign has several, and remembers the choice', async () => {
    const NORTH = '0192f1b4-0000-7000-8000-0000000005d2';
    const sites = [
      { id: SITE_ID, name: '南门采样点' },
      { id: NORTH, name: '北门采样点' },
    ];
    const rendered = followWrites(campaignClient({ testing_campaign: [aCampaign({ sites })] }));
    const first = renderWithProviders(<SiteScreen />, { client: rendered.client, path: '/campaigns/:campaignId/site', route: `/campaigns/${CAMPAIGN_ID}/site` });
    expect(await screen.findByText('Choose the site this phone samples at first.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Tube number' })).not.toBeInTheDocument();
    await first.user.click(screen.getByRole('radio', { name: '北门采样点' }));
    await first.user.type(screen.getByRole('textbox', { name: 'Tube number' }), 'N-9');
    await find(first.user, '张三', '张三, 2号楼 1-101');
    await first.user.click(screen.getByRole('button', { name: 'Sampled' }));
    await waitFor(() => expect(rendered.create).toHaveBeenCalledOnce());
    expect(rendered.create.mock.calls[0]?.[1]).toMatchObject({ siteId: NORTH });
    first.unmount();

    expect(JSON.parse(localStorage.getItem(SITE_CHOICE_KEY) ?? '{}')).toMatchObject({ state: { sites: { [CAMPAIGN_ID]: NORTH } } });
    renderWithProviders(<SiteScreen />, { client: rendered.client, path: '/campaigns/:campaignId/site', route: `/campaigns/${CAMPAIGN_ID}/site` });
    expect(await screen.findByRole('radio', { name: '北门采样点' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Tube number' })).toHaveValue('N-9');
  });

  it('says a closed campaign is closed and offers no sampling', async () => {
    const rendered = followWrites(campaignClient({ testing_campaign: [aCampaign({ closedAt: '2026-11-26T08:00:00+08:00' })] }));
    renderWithProviders(<SiteScreen />, { client: rendered.client, path: '/campaigns/:campaignId/site', route: `/campaigns/${CAMPAIGN_ID}/site` });
    expect(await screen.findByText('This campaign is closed: no more sampling.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Tube number' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sampled' })).not.toBeInTheDocument();
  });

  it("finds a household's residents by their door's QR code", async () => {
    const { user, create } = await openSite();
    await user.type(screen.getByRole('textbox', { name: 'Tube number' }), 'Q-1');
    await user.click(screen.getByRole('button', { name: 'Scan QR code' }));
    await user.click(await screen.findByRole('button', { name: 'Fake scan' }));
    const household = screen.getByRole('region', { name: 'Pick a resident of this household' });
    await user.click(within(household).getByRole('button', { name: '李四, 2号楼 1-101' }));
    await user.click(screen.getByRole('button', { name: 'Sampled' }));
    await waitFor(() => expect(create).toHaveBeenCalledOnce());
    expect(create.mock.calls[0]?.[1]).toMatchObject({ residentId: people.li.resident, householdId: people.li.household });
  });

  it('says in words why a sampling was refused', async () => {
    const { user, create } = await openSite();
    create.mockRejectedValueOnce(new LocalValidationError({ tubeNumber: 'tube_full' }));
    await user.type(screen.getByRole('textbox', { name: 'Tube number' }), 'R-1');
    await find(user, '张三', '张三, 2号楼 1-101');
    await user.click(screen.getByRole('button', { name: 'Sampled' }));
    expect(await screen.findByRole('textbox', { name: 'Tube number' })).toHaveAccessibleDescription(expect.stringContaining('This tube is full: open a new tube.'));
    // The person stays picked, to sample again into another tube.
    expect(screen.getByRole('button', { name: 'Sampled' })).toBeInTheDocument();
  });
});
