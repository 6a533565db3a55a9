import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseChangedBanner } from '../../../../src/features/update/database-changed-banner';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

describe('database upgraded in another tab', () => {
  it('shows a reload prompt instead of hanging', async () => {
    const client = createFakeDataClient();
    const reload = vi.fn();
    const { user } = renderWithProviders(<DatabaseChangedBanner reload={reload} />, { client });
    expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();

    act(() => client.setDatabaseStatus('version_changed'));

    expect(screen.getByRole('status')).toHaveTextContent('Gridwalk was updated in another tab — reload');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is in Chinese by default', () => {
    const client = createFakeDataClient();
    client.setDatabaseStatus('version_changed');
    renderWithProviders(<DatabaseChangedBanner reload={vi.fn()} />, { client, language: 'zh-CN' });
    expect(screen.getByRole('button', { name: '重新加载' })).toBeInTheDocument();
  });
});
