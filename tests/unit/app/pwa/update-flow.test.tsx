import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppBanners } from '../../../../src/app/app-banners';
import { watchForUpdates, type WorkboxLike } from '../../../../src/app/pwa/watch-for-updates';
import { SignInForm } from '../../../../src/features/auth/sign-in-form';
import { clearUpdate, offerUpdate } from '../../../../src/features/update/update-store';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

type Listener = () => void;

/** workbox-window as the page sees it: events to fire, calls to check. */
class FakeWorkbox implements WorkboxLike {
  private readonly listeners = new Map<string, Listener[]>();
  messageSkipWaiting = vi.fn();
  update = vi.fn(async () => undefined);

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  emit(type: 'waiting' | 'controlling'): void {
    act(() => {
      for (const listener of this.listeners.get(type) ?? []) listener();
    });
  }
}

afterEach(() => {
  act(() => clearUpdate());
});

/** A page controlled by the current version's service worker unless `controlled` is false (the first visit). */
function setup(controlled = true) {
  const wb = new FakeWorkbox();
  const reload = vi.fn();
  watchForUpdates(wb, { offer: offerUpdate, reload, controlled });
  const view = renderWithProviders(
    <>
      <AppBanners />
      <SignInForm />
    </>,
  );
  return { wb, reload, ...view };
}

describe('a new version of the app', () => {
  it('waits until the user chooses Reload, then takes over and reloads', async () => {
    const { wb, reload, user } = setup();
    expect(screen.queryByText('A new version is ready')).not.toBeInTheDocument();

    wb.emit('waiting');
    // The prompt loads when an update waits (not with the first screen).
    await screen.findByText('A new version is ready');
    expect(screen.getByRole('complementary', { name: 'App updates' })).toHaveTextContent('A new version is ready');
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();

    wb.emit('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks before discarding unsaved input, and keeps the input when the user says no', async () => {
    const { wb, reload, user } = setup();
    await user.type(screen.getByLabelText('Username'), 'worker1');
    wb.emit('waiting');

    await user.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('You have unsaved input. Reloading now discards it. Reload anyway?');
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveValue('worker1');
    expect(screen.getByText('A new version is ready')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await user.click(screen.getByRole('button', { name: 'Reload anyway' }));
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    wb.emit('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not ask once the input is gone', async () => {
    const { wb, user } = setup();
    await user.type(screen.getByLabelText('Username'), 'w');
    await user.clear(screen.getByLabelText('Username'));
    wb.emit('waiting');
    await user.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
  });

  it('never reloads by itself when another tab switched to the new version', async () => {
    const { wb, reload, user } = setup();
    await user.type(screen.getByLabelText('Username'), 'worker1');
    wb.emit('waiting');
    wb.emit('controlling');

    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Username')).toHaveValue('worker1');
    await user.click(await screen.findByRole('button', { name: 'Reload' }));
    await user.click(screen.getByRole('button', { name: 'Reload anyway' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
  });

  it('treats the first service worker taking control as no update, and updates that page later', async () => {
    const { wb, reload, user } = setup(false);
    wb.emit('controlling');
    expect(reload).not.toHaveBeenCalled();
    expect(screen.queryByText('A new version is ready')).not.toBeInTheDocument();

    wb.emit('waiting');
    await user.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(wb.messageSkipWaiting).toHaveBeenCalledTimes(1);
    wb.emit('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
