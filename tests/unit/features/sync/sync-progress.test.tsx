import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SyncIndicator } from '../../../../src/features/sync/sync-indicator';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';
import { renderApp, renderWithProviders } from '../../../fixtures/render-with-providers';

describe('progress of a large sync', () => {
  it('on the first screen after sign-in: records received of the total and the time left, gone when the pull ends', async () => {
    const client = createFakeDataClient({ sync: { phase: 'syncing' } });
    renderApp({ client });
    await screen.findByRole('heading', { name: 'Home', level: 1 });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();

    // The first page: received plus what the server says is left; no rate yet, so no time left.
    act(() => client.setSyncProgress({ direction: 'pull', done: 1000, total: 28_000, secondsLeft: null }));
    const bars = await screen.findAllByRole('progressbar', { name: 'Downloading records' });
    expect(bars).toHaveLength(2); // the header's indicator and the home screen's sync card
    const card = bars[1]!.parentElement!;
    expect(bars[1]).toHaveAttribute('value', '1000');
    expect(bars[1]).toHaveAttribute('max', '28000');
    expect(card).toHaveTextContent('1,000 of 28,000');
    expect(card).not.toHaveTextContent(/left/);

    act(() => client.setSyncProgress({ direction: 'pull', done: 15_000, total: 28_000, secondsLeft: 12 }));
    expect(card).toHaveTextContent('15,000 of 28,000 · About 12 s left');
    expect(bars[1]).toHaveAttribute('aria-valuetext', '15,000 of 28,000 · About 12 s left');

    act(() => client.setSyncProgress(null));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('in the sync indicator: a large push, pushed out of the outbox count, with minutes left', async () => {
    const client = createFakeDataClient({ sync: { phase: 'syncing', pending: 5000 } });
    renderWithProviders(<SyncIndicator />, { client });
    act(() => client.setSyncProgress({ direction: 'push', done: 400, total: 5000, secondsLeft: 130 }));
    const bar = await screen.findByRole('progressbar', { name: 'Sending changes' });
    expect(bar.parentElement).toHaveTextContent('400 of 5,000 · About 3 min left');
    // The live status line stays as it was (a page-by-page count is not read out).
    expect(within(screen.getByRole('status')).queryByText(/of 5,000/)).not.toBeInTheDocument();
    act(() => client.setSyncProgress(null));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('speaks Chinese by default', async () => {
    const client = createFakeDataClient();
    renderWithProviders(<SyncIndicator />, { client, language: 'zh-CN' });
    act(() => client.setSyncProgress({ direction: 'pull', done: 2000, total: 20_000, secondsLeft: 9 }));
    const bar = await screen.findByRole('progressbar', { name: '正在下载记录' });
    expect(bar.parentElement).toHaveTextContent('2,000 / 20,000 条 · 约剩 9 秒');
  });
});
