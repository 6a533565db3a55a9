import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SettingsScreen } from '../../../../src/features/settings/settings-screen';
import { createFakeDataClient, demoUser } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

describe('settings screen', () => {
  it('switches the language of the visible text', async () => {
    const { user, i18n } = renderWithProviders(<SettingsScreen />);
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '简体中文' }));
    expect(await screen.findByRole('heading', { name: '设置' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '退出登录' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '简体中文' })).toBeChecked();
    expect(i18n.language).toBe('zh-CN');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
  });

  it('signs out at once when everything is sent', async () => {
    const client = createFakeDataClient();
    const { user } = renderWithProviders(<SettingsScreen />, { client });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(client.signOut).toHaveBeenCalledTimes(1);
    expect(client.getSessionState().status).toBe('signed_out');
  });

  it('shows the unsent count when sign-out is refused and signs out only when forced', async () => {
    const client = createFakeDataClient({ sync: { pending: 4, rejected: 1 } });
    const { user } = renderWithProviders(<SettingsScreen />, { client });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(confirm).toHaveTextContent('5 records have not reached the server yet.');
    expect(client.getSessionState().status).toBe('signed_in');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(client.getSessionState().status).toBe('signed_in');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.click(await screen.findByRole('button', { name: 'Sign out anyway (discard unsent records)' }));
    expect(client.signOut).toHaveBeenLastCalledWith({ force: true });
    expect(client.getSessionState().status).toBe('signed_out');
  });
});

describe('settings: the ledger', () => {
  it('links a grid worker to Export and Import roster', () => {
    renderWithProviders(<SettingsScreen />);
    const section = screen.getByRole('region', { name: 'Ledger (Excel)' });
    expect(within(section).getByRole('link', { name: 'Export ledger' })).toHaveAttribute('href', '/ledger');
    expect(within(section).getByRole('link', { name: 'Import roster' })).toHaveAttribute('href', '/ledger/import');
  });

  it('shows a volunteer no ledger (their phone holds no register)', () => {
    const client = createFakeDataClient({ session: { user: { ...demoUser, username: 'volunteer1', role: 'volunteer', gridIds: [] } } });
    renderWithProviders(<SettingsScreen />, { client });
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ledger (Excel)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Export ledger' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Import roster' })).not.toBeInTheDocument();
  });
});
