/** The account-ended banner: on every signed-in screen once the server ended the account; export of unsent records; sign out. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignedInLayout } from '../../../../src/app/signed-in-layout';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

function renderScreen(client = createFakeDataClient()) {
  return renderWithProviders(
    <SignedInLayout nav={[]}>
      <p>Today’s round</p>
    </SignedInLayout>,
    { client },
  );
}

describe('account ended banner', () => {
  it('is not there while the account works', async () => {
    renderScreen();
    expect(await screen.findByText('Today’s round')).toBeInTheDocument();
    expect(screen.queryByText('Your account has ended.')).toBeNull();
  });

  it('appears when the server ends the account, with export while records are unsent, and sign out asks before discarding them', async () => {
    const client = createFakeDataClient({ sync: { pending: 2, rejected: 1 } });
    const { user } = renderScreen(client);
    await screen.findByText('Today’s round');
    client.setSession({ accountEnded: true });

    const banner = (await screen.findByText('Your account has ended.')).closest('.gw-banner');
    if (!(banner instanceof HTMLElement)) throw new Error('no banner');
    expect(banner).toHaveTextContent(
      'Your community no longer lets this account sync. Unsent records stay on this phone: export them and hand them to your secretary.',
    );
    expect(banner).toHaveTextContent('3 records are not sent.');
    expect(await within(banner).findByRole('button', { name: 'Export unsent records' })).toBeInTheDocument();
    // The screen underneath still works.
    expect(screen.getByText('Today’s round')).toBeInTheDocument();

    await user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    expect(client.signOut).toHaveBeenCalledWith(undefined);
    const confirm = within(banner).getByRole('alertdialog');
    expect(confirm).toHaveTextContent('3 records have not been sent.');
    await user.click(within(confirm).getByRole('button', { name: 'Sign out anyway (discard unsent records)' }));
    expect(client.signOut).toHaveBeenLastCalledWith({ force: true });
  });

  it('offers only sign out when nothing is unsent', async () => {
    const client = createFakeDataClient({ session: { accountEnded: true } });
    const { user } = renderScreen(client);
    const banner = (await screen.findByText('Your account has ended.')).closest('.gw-banner');
    if (!(banner instanceof HTMLElement)) throw new Error('no banner');
    expect(within(banner).queryByRole('button', { name: 'Export unsent records' })).toBeNull();
    await user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    expect(client.signOut).toHaveBeenCalledTimes(1);
    expect(client.getSessionState().status).toBe('signed_out');
  });
});
