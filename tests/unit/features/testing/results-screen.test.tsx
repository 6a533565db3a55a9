/**
 * "Import results" (/campaigns/:campaignId/results): a lab's .csv and .xlsx made here are checked against
 * the campaign's tubes on the phone (New, Updated, Unchanged, Wrong with reasons), imported once through
 * createMany, and the same file again writes nothing; "One by one" saves a single tube's result; the
 * screen is the secretary's only.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ResultsScreen } from '../../../../src/features/testing/results-screen';
import { XLSX_TYPE } from '../../../../src/features/ledger/save-file';
import { writeTableWorkbook } from '../../../../src/features/ledger/xlsx/write-table-workbook';
import { demoUser, type FakeRecords } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { aCampaign, aResult, aSampling, campaignClient, CAMPAIGN_ID, people, secretaryUser } from './campaign-screen-records';

function records(): FakeRecords {
  return {
    testing_campaign: [aCampaign()],
    sampling: [aSampling(people.zhang, 'T001'), aSampling(people.li, 'T001'), aSampling(people.qian, 'T002'), aSampling(people.sun, 'T003')],
    test_result: [aResult('T003', 'negative')],
  };
}

/** Rows 3–8 under a title row: new, new (lower case, 阴), unchanged, updated, unknown tube, duplicate, bad word. */
const CSV = ['阳江检测 结果表', '管号,检测结果,报告时间', 't001,阳性,', 'T002,阴,', 'T003,阴性,', 'T004,negative,', 'T001,阴性,', 'T009,maybe,'].join('\n');

function csvFile(): File {
  return new File([CSV], 'lab.csv', { type: 'text/csv' });
}

function render(stored: FakeRecords = records(), user = secretaryUser) {
  const rendered = campaignClient(stored, user);
  const view = renderWithProviders(<ResultsScreen />, { client: rendered.client, path: '/campaigns/:campaignId/results', route: `/campaigns/${CAMPAIGN_ID}/results` });
  return { ...rendered, ...view };
}

async function totals(rows: number): Promise<Record<string, string>> {
  const section = (await screen.findByRole('heading', { name: `Checked (${rows} rows)` })).closest('section');
  if (!section) throw new Error('no totals');
  return Object.fromEntries(within(section).getAllByRole('term').map((term) => [term.textContent ?? '', term.nextElementSibling?.textContent ?? '']));
}

describe('results screen: the file', () => {
  it('counts new, updated, unchanged and wrong rows and names the wrong rows’ reasons', async () => {
    const { user, createMany } = render();
    await user.upload(await screen.findByLabelText('Choose a results file'), csvFile());
    expect(await totals(6)).toEqual({ New: '2', Updated: '0', Unchanged: '1', Wrong: '3' });
    const list = screen.getByRole('list', { name: 'Rows with errors (3)' });
    expect(list).toHaveTextContent('Row 6 · T004');
    expect(list).toHaveTextContent('Tube number: No sampling of this campaign on this phone is in tube T004.');
    expect(list).toHaveTextContent('Tube number: Tube T001 is also in row 3.');
    expect(list).toHaveTextContent('Result: Not a result');
    expect(createMany).not.toHaveBeenCalled();
  });

  it('imports once through createMany, and the same file again writes nothing', async () => {
    const stored = records();
    const first = render(stored);
    await first.user.upload(await screen.findByLabelText('Choose a results file'), csvFile());
    await totals(6);
    await first.user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported 2 results. They sync when the phone is online.')).toBeInTheDocument();
    expect(first.createMany).toHaveBeenCalledTimes(1);
    expect(first.createMany.mock.calls[0]?.[0]).toBe('test_result');
    expect(first.createMany.mock.calls[0]?.[1]).toEqual([
      expect.objectContaining({ campaignId: CAMPAIGN_ID, tubeNumber: 'T001', result: 'positive' }),
      expect.objectContaining({ campaignId: CAMPAIGN_ID, tubeNumber: 'T002', result: 'negative' }),
    ]);
    first.unmount();

    const again = render(first.stored);
    await again.user.upload(await screen.findByLabelText('Choose a results file'), csvFile());
    expect(await totals(6)).toEqual({ New: '0', Updated: '0', Unchanged: '3', Wrong: '3' });
    expect(screen.getByText('Nothing to write: every row is already recorded, or wrong.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(again.createMany).not.toHaveBeenCalled();
  });

  it('reads an .xlsx and counts a different result as Updated', async () => {
    const bytes = await writeTableWorkbook({ sheetName: 'Results', headers: ['Tube number', 'Result'], rows: [['T003', 'POSITIVE']] });
    const { user } = render();
    await user.upload(await screen.findByLabelText('Choose a results file'), new File([new Uint8Array(bytes)], 'lab.xlsx', { type: XLSX_TYPE }));
    expect(await totals(1)).toEqual({ New: '0', Updated: '1', Unchanged: '0', Wrong: '0' });
  });
});

describe('results screen: one by one', () => {
  it('saves a tube’s result, and refuses a tube the campaign does not have', async () => {
    const { user, create } = render();
    const form = await screen.findByRole('form', { name: 'One by one' });
    await user.type(within(form).getByLabelText('Tube number'), 't9');
    await user.click(within(form).getByRole('radio', { name: 'Positive' }));
    await user.click(within(form).getByRole('button', { name: 'Save result' }));
    expect(within(form).getByText('No sampling of this campaign on this phone is in tube t9.')).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();

    await user.clear(within(form).getByLabelText('Tube number'));
    await user.type(within(form).getByLabelText('Tube number'), 't002');
    await user.click(within(form).getByRole('button', { name: 'Save result' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith('test_result', expect.objectContaining({ campaignId: CAMPAIGN_ID, tubeNumber: 'T002', result: 'positive' })));
    expect(await within(form).findByText('Tube T002: Positive saved.')).toBeInTheDocument();
  });
});

describe('results screen: who', () => {
  it('tells a grid worker that results are the secretary’s', async () => {
    render(records(), demoUser);
    expect(await screen.findByText('Only the community secretary records lab results.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Choose a results file')).not.toBeInTheDocument();
  });
});
