/** "Export" with the testing campaign register: the campaign's list as a sheet of the workbook. */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportScreen } from '../../../../src/features/ledger/export-screen';
import { renderWithProviders } from '../../../fixtures/render-with-providers';
import { aCampaign, aResult, aSampling, campaignClient, people, secretaryUser } from '../testing/campaign-screen-records';
import { captureDownloads, readDownload } from './ledger-screen-support';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('export screen: the testing campaign register', () => {
  it('writes the campaign’s list with sampled at, site, tube and result', async () => {
    const downloads = captureDownloads();
    const { client } = campaignClient({ testing_campaign: [aCampaign()], sampling: [aSampling(people.zhang, 'T001')], test_result: [aResult('T001', 'negative')] }, secretaryUser);
    const { user } = renderWithProviders(<ExportScreen />, { client });
    await user.click(await screen.findByRole('checkbox', { name: 'Household register' }));
    await user.click(screen.getByRole('checkbox', { name: 'Testing campaign' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 5000 });
    const [sheet] = await readDownload(downloads[0]!);
    expect(sheet?.name).toBe('Testing campaign');
    expect(sheet?.rows[1]).toEqual(['Name', 'Address', 'Testing state', 'Sampled at', 'Sampling site', 'Tube number', 'Result']);
    const zhang = sheet?.rows.find((row) => row[0] === '张三');
    expect(zhang?.slice(4)).toEqual(['南门采样点', 'T001', 'Negative']);
    expect(sheet?.rows.find((row) => row[0] === '李四')?.[2]).toBe('Not tested');
  });
});
