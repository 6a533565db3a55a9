import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RetentionStatus } from '../../../../src/data';
import { SettingsScreen } from '../../../../src/features/settings/settings-screen';
import { formatDateTime } from '../../../../src/shared/format-date-time';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const status: RetentionStatus = {
  retentionDays: 14,
  movedOutKeepDays: 30,
  held: { household: 120, resident: 310, visit: 452, fever_report: 3, checkpoint_entry: 800, shift_note: 12 },
  unsent: 2,
  lastPurge: {
    at: '2026-11-30T02:05:00.000Z',
    retentionDays: 14,
    removed: { visit: 40, fever_report: 1, checkpoint_entry: 250, shift_note: 4, resident: 2 },
  },
};

describe('settings: what this phone holds', () => {
  it('lists the records of each kind, the unsent changes, the last purge and the window', async () => {
    const client = createFakeDataClient({ retention: status });
    renderWithProviders(<SettingsScreen />, { client });
    const section = await screen.findByRole('region', { name: 'What this phone holds' });

    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Households: 120',
      'Residents: 310',
      'Visits: 452',
      'Fever reports: 3',
      'Gate entries: 800',
      'Shift notes: 12',
      'Unsent changes: 2',
    ]);
    expect(section).toHaveTextContent(`Last purged ${formatDateTime('2026-11-30T02:05:00.000Z', 'en')}: 297 old records removed.`);
    expect(section).toHaveTextContent('leave this phone 14 days after they happened, once the server has them');
    expect(section).toHaveTextContent('residents who moved out, 30 days after moving out. Unsent records always stay.');
  });

  it('says so in Chinese, and when nothing was purged yet', async () => {
    const client = createFakeDataClient({ retention: { ...status, lastPurge: null } });
    renderWithProviders(<SettingsScreen />, { client, language: 'zh-CN' });
    const section = await screen.findByRole('region', { name: '本机保存的数据' });

    expect(await within(section).findByText('走访记录：452 条')).toBeInTheDocument();
    expect(within(section).getByText('卡口登记：800 条')).toBeInTheDocument();
    expect(within(section).getByText('未发送的修改：2 条')).toBeInTheDocument();
    expect(within(section).getByText('尚未清理过。')).toBeInTheDocument();
    expect(section).toHaveTextContent('超过 14 天后从本机删除');
  });

  it('reads again after a sync, which may have purged', async () => {
    const client = createFakeDataClient({ retention: { ...status, lastPurge: null } });
    renderWithProviders(<SettingsScreen />, { client });
    const section = await screen.findByRole('region', { name: 'What this phone holds' });
    expect(await within(section).findByText('Not purged yet.')).toBeInTheDocument();

    client.getRetentionStatus.mockResolvedValue({ ...status, held: { ...status.held, visit: 412 } });
    client.setSyncStatus({ lastSyncAt: '2026-11-30T02:05:00.000Z' });

    expect(await within(section).findByText('Visits: 412')).toBeInTheDocument();
    expect(within(section).getByText(/^Last purged .*: 297 old records removed\.$/)).toBeInTheDocument();
  });

  it('counts the records the phone holds by default, with 30 days', async () => {
    const client = createFakeDataClient({ sync: { pending: 1, rejected: 1 } });
    renderWithProviders(<SettingsScreen />, { client });
    const section = await screen.findByRole('region', { name: 'What this phone holds' });
    expect(await within(section).findByText('Visits: 0')).toBeInTheDocument();
    expect(within(section).getByText('Unsent changes: 2')).toBeInTheDocument();
    expect(section).toHaveTextContent('leave this phone 30 days after they happened');
  });

  it('says when it cannot read them', async () => {
    const client = createFakeDataClient();
    client.getRetentionStatus.mockRejectedValue(new Error('closed'));
    renderWithProviders(<SettingsScreen />, { client });
    const section = await screen.findByRole('region', { name: 'What this phone holds' });
    expect(await within(section).findByRole('alert')).toHaveTextContent('Could not read what this phone holds.');
  });
});
