import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnsentExport } from '../../../../src/data';
import { SettingsScreen } from '../../../../src/features/settings/settings-screen';
import { createFakeDataClient, rejectedEntry } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('settings: storage', () => {
  it('shows that persistent storage was granted and how much is used', async () => {
    const client = createFakeDataClient({ storage: { persisted: true, usage: 3.4 * 1024 * 1024, quota: 2 * 1024 * 1024 * 1024 } });
    renderWithProviders(<SettingsScreen />, { client });
    const section = screen.getByRole('region', { name: 'Storage on this device' });
    expect(await screen.findByText(/^Persistent storage: granted\./)).toBeInTheDocument();
    expect(section).toHaveTextContent('Used 3.4 MB of 2 GB');
  });

  it('warns when the browser did not grant it, in Chinese too', async () => {
    const client = createFakeDataClient({ storage: { persisted: false, usage: 512, quota: 1024 * 1024 } });
    renderWithProviders(<SettingsScreen />, { client, language: 'zh-CN' });
    expect(await screen.findByText(/^持久存储：未开启/)).toBeInTheDocument();
    expect(screen.getByText('已用 512 B，可用上限 1 MB')).toBeInTheDocument();
  });

  it('says what it does not know', async () => {
    renderWithProviders(<SettingsScreen />);
    expect(await screen.findByText('Persistent storage: this browser does not say.')).toBeInTheDocument();
    expect(screen.getByText('Space used: unknown')).toBeInTheDocument();
  });

  it('exports the unsent records as a JSON file named by date', async () => {
    const pending = rejectedEntry({ seq: 1, mutationId: 'm-pending', state: 'pending', error: undefined });
    const rejected = rejectedEntry({ seq: 2, mutationId: 'm-rejected' });
    const client = createFakeDataClient({ pendingEntries: [pending], rejected: [rejected] });
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:gridwalk/1';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    let downloaded: { name: string; href: string } | null = null;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = { name: this.download, href: this.href };
    });
    const { user } = renderWithProviders(<SettingsScreen />, { client });

    await user.click(screen.getByRole('button', { name: 'Export unsent records' }));

    const file = `gridwalk-unsent-${localDate(new Date('2024-05-02T09:30:00.000Z'))}.json`;
    expect(await screen.findByText(`Exported 2 unsent records (${file}).`)).toBeInTheDocument();
    expect(downloaded).toEqual({ name: file, href: 'blob:gridwalk/1' });
    expect(blobs[0]!.type).toBe('application/json');
    const saved = JSON.parse(await blobs[0]!.text()) as UnsentExport;
    expect(saved).toEqual(await client.exportUnsent());
    expect(saved.mutations.map((m) => m.mutationId)).toEqual(['m-pending', 'm-rejected']);
    expect(saved.user?.username).toBe('worker1');
  });
});

describe('settings: about', () => {
  it('shows the app version from package.json', async () => {
    const { version } = (await import('../../../../package.json')).default;
    renderWithProviders(<SettingsScreen />);
    expect(screen.getByText(`Version ${version}`)).toBeInTheDocument();
  });
});

function localDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
