import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportsScreen } from '../../../../src/features/reports/reports-screen';
import { localRecord } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { at, COMMUNITY, fixedRecords, G1_COUNTS, G2_COUNTS, G5_COUNTS, GRIDS, NEW_ID, secretaryClient, TODAY, YESTERDAY } from './reports-fixture';

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderReports(setup = secretaryClient()) {
  return { ...renderWithProviders(<ReportsScreen />, { client: setup.client, path: '/reports' }), ...setup };
}

async function card(name: string) {
  return (await screen.findByRole('heading', { name, level: 3 })).closest('article')!;
}

/** The counts shown in a card or section: word → number. */
function shownCounts(element: HTMLElement): Record<string, number> {
  return Object.fromEntries(
    within(element)
      .getAllByRole('term')
      .map((term) => [term.textContent, Number(term.nextElementSibling?.textContent)]),
  );
}

const time = (hour: number, minute = 0) => new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(new Date(at(hour, minute)));

describe('Daily reports (phone)', () => {
  it('shows every grid with its status, time and counts in words', async () => {
    renderReports();
    expect(screen.getByRole('heading', { name: 'Daily reports', level: 1 })).toBeInTheDocument();
    expect(screen.getByLabelText('Date')).toHaveValue(TODAY);

    const onTime = await card('1号网格');
    expect(within(onTime).getByText('Reported')).toBeInTheDocument();
    expect(within(onTime).getByText(`at ${time(10)}`)).toBeInTheDocument();
    expect(shownCounts(onTime)).toEqual({
      'Doors knocked': 1,
      Visited: 1,
      'Nobody home': 0,
      Refused: 0,
      'Residents checked': 1,
      'Fevers found': 0,
      'Fevers reported': 0,
    });
    expect(within(onTime).queryByText('Changed since confirmed')).not.toBeInTheDocument();

    // The latest of two reports counts: confirmed after 18:00.
    const late = await card('2号网格');
    expect(within(late).getByText('Late')).toBeInTheDocument();
    expect(within(late).getByText(`at ${time(19, 30)}`)).toBeInTheDocument();
    expect(shownCounts(late)).toMatchObject({ 'Doors knocked': 2, Visited: 1, 'Nobody home': 1 });

    const missing = await card('3号网格');
    expect(within(missing).getByText('Not reported')).toBeInTheDocument();
    expect(within(missing).queryAllByRole('term')).toHaveLength(0);

    const zero = await card('4号网格');
    expect(within(zero).getByText('Zero report')).toBeInTheDocument();
    expect(Object.values(shownCounts(zero)).every((value) => value === 0)).toBe(true);
  });

  it('marks a grid whose records changed after confirming, with the difference per count', async () => {
    renderReports();
    const changed = await card('5号网格');
    expect(within(changed).getByText('Reported')).toBeInTheDocument();
    expect(within(changed).getByText('Changed since confirmed')).toBeInTheDocument();
    expect(within(changed).getByText(/Since confirmed: Visited \+1, Nobody home -1, Residents checked \+1, Fevers found \+1/)).toBeInTheDocument();
    // The confirmed counts stay what the worker confirmed.
    expect(shownCounts(changed)).toMatchObject({ Visited: 0, 'Nobody home': 1 });
  });

  it('sums the grids that reported into the community total and names the one missing', async () => {
    renderReports();
    const total = (await screen.findByRole('heading', { name: 'Community total' })).closest('section')!;
    expect(within(total).getByText('4 of 5 grids reported')).toBeInTheDocument();
    expect(shownCounts(total)).toEqual({
      'Doors knocked': 4,
      Visited: 2,
      'Nobody home': 2,
      Refused: 0,
      'Residents checked': 1,
      'Fevers found': 0,
      'Fevers reported': 0,
    });
    expect(within(total).getByText(/will name them as missing: 3号网格$/)).toBeInTheDocument();
  });

  it('"Confirm community report" creates the community report with the sum and the missing grid, and says when', async () => {
    const { user, client, records } = renderReports();
    await user.click(await screen.findByRole('button', { name: 'Confirm community report' }));

    await waitFor(() => expect(client.create).toHaveBeenCalledTimes(1));
    expect(client.create).toHaveBeenCalledWith('community_report', {
      communityId: COMMUNITY,
      date: TODAY,
      counts: {
        doorsKnocked: G1_COUNTS.doorsKnocked + G2_COUNTS.doorsKnocked + G5_COUNTS.doorsKnocked,
        visited: 2,
        notHome: 2,
        refused: 0,
        residentsChecked: 1,
        feversFound: 0,
        feversReported: 0,
      },
      gridsReported: [GRIDS[0], GRIDS[1], GRIDS[3], GRIDS[4]],
      gridsMissing: [GRIDS[2]],
      confirmedAt: expect.any(String),
    });
    expect(records.community_report).toHaveLength(1);
    expect(await screen.findByText(/^Community report confirmed at /)).toBeInTheDocument();
    expect(screen.getByText('Missing when confirmed: 3号网格')).toBeInTheDocument();
    expect(screen.getByText(/Community report saved on this phone/)).toBeInTheDocument();
  });

  it('shows a community report confirmed before, with the grids it named missing', async () => {
    const records = fixedRecords();
    records.community_report = [
      localRecord('community_report', NEW_ID, {
        communityId: COMMUNITY,
        date: TODAY,
        counts: G1_COUNTS,
        gridsReported: [GRIDS[0]!],
        gridsMissing: [GRIDS[1]!, GRIDS[2]!],
        confirmedAt: at(11, 15),
      }),
    ];
    renderReports(secretaryClient(records));
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at(11, 15)));
    expect(await screen.findByText(`Community report confirmed at ${when}`)).toBeInTheDocument();
    expect(screen.getByText('Missing when confirmed: 2号网格, 3号网格')).toBeInTheDocument();
  });

  it('shows the reporting rate per grid over the last 14 days: reported and on time', async () => {
    renderReports();
    const table = await screen.findByRole('table', { name: /over the last 14 days/ });
    const row = (name: string) =>
      within(table)
        .getByRole('rowheader', { name })
        .closest('tr')!;
    expect(within(row('1号网格')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['14 of 14 days (100%)', '14 of 14 days (100%)']);
    expect(within(row('2号网格')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1 of 14 days (7%)', '0 of 14 days (0%)']);
    expect(within(row('3号网格')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0 of 14 days (0%)', '0 of 14 days (0%)']);
  });

  it('another date shows that day’s reports', async () => {
    renderReports();
    await card('1号网格');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: YESTERDAY } });
    await waitFor(async () => expect(within(await card('2号网格')).getByText('Not reported')).toBeInTheDocument());
    expect(within(await card('1号网格')).getByText('Reported')).toBeInTheDocument();
    expect(screen.getByText('1 of 5 grids reported')).toBeInTheDocument();
  });
});

describe('Report deadline', () => {
  it('the community’s deadline decides what is late', async () => {
    const records = fixedRecords();
    records.community_settings = [localRecord('community_settings', NEW_ID, { communityId: COMMUNITY, reportDeadline: '20:00' })];
    renderReports(secretaryClient(records));
    expect(within(await card('2号网格')).getByText('Reported')).toBeInTheDocument();
    expect(screen.getByLabelText('Report deadline')).toHaveValue('20:00');
  });

  it('without settings, saving a deadline creates the community’s settings record', async () => {
    const { user, client } = renderReports();
    const field = await screen.findByLabelText('Report deadline');
    expect(field).toHaveValue('18:00');
    fireEvent.change(field, { target: { value: '17:30' } });
    await user.click(screen.getByRole('button', { name: 'Save deadline' }));
    await waitFor(() => expect(client.create).toHaveBeenCalledWith('community_settings', { communityId: COMMUNITY, reportDeadline: '17:30' }));
    expect(await screen.findByText('Report deadline saved.')).toBeInTheDocument();
  });

  it('with settings, saving patches them', async () => {
    const records = fixedRecords();
    records.community_settings = [localRecord('community_settings', NEW_ID, { communityId: COMMUNITY, reportDeadline: '20:00' })];
    const { user, client } = renderReports(secretaryClient(records));
    fireEvent.change(await screen.findByLabelText('Report deadline'), { target: { value: '19:00' } });
    await user.click(screen.getByRole('button', { name: 'Save deadline' }));
    await waitFor(() => expect(client.patch).toHaveBeenCalledWith('community_settings', NEW_ID, { reportDeadline: '19:00' }));
    expect(client.create).not.toHaveBeenCalled();
  });

  it('is the secretary’s setting only', async () => {
    renderReports(secretaryClient(fixedRecords(), 'admin'));
    await card('1号网格');
    expect(screen.queryByLabelText('Report deadline')).not.toBeInTheDocument();
  });
});

describe('Daily reports (office screen)', () => {
  it('shows the grids as a table with the counts, the change and the community total', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(min-width: 900px)',
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    renderReports();
    const table = await screen.findByRole('table', { name: /Each grid’s daily report on/ });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Grid',
      'Status',
      'Confirmed',
      'Doors knocked',
      'Visited',
      'Nobody home',
      'Refused',
      'Residents checked',
      'Fevers found',
      'Fevers reported',
      'Changed since confirmed',
    ]);
    const cells = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('1号网格')).toEqual(['Reported', time(10), '1', '1', '0', '0', '1', '0', '0', '—']);
    expect(cells('3号网格')).toEqual(['Not reported', '—', '—', '—', '—', '—', '—', '—', '—', '—']);
    expect(cells('5号网格')[9]).toMatch(/^Changed since confirmed Since confirmed: Visited \+1/);
    expect(cells('Community total')).toEqual(['4 of 5 grids reported', '4', '2', '2', '0', '1', '0', '0', '']);
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });
});
