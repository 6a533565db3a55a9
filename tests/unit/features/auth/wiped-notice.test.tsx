/**
 * The "Wiped" notice (issue 18): after the server revoked this phone's session or ended the account,
 * the app shows the sign-in screen headed by "Wiped" with the reason and the unsent changes lost; a
 * sign-in without a wipe shows none of it.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';
import { renderApp } from '../../../fixtures/render-with-providers';

const wipedAt = '2026-11-30T08:00:00.000Z';

describe('the Wiped notice', () => {
  it('replaces the signed-in screens at once when the phone is wiped, saying it was signed out from the office and 3 changes were lost', async () => {
    const client = createFakeDataClient();
    const { router } = renderApp({ client, route: '/' });
    await screen.findByRole('navigation', { name: 'Main navigation' });

    client.setSession({ status: 'signed_out', user: null, wiped: { reason: 'session_revoked', lostUnsent: 3, wipedAt } });

    const heading = await screen.findByRole('heading', { name: 'Wiped' });
    const notice = heading.closest('section');
    if (!(notice instanceof HTMLElement)) throw new Error('no notice');
    expect(notice).toHaveAttribute('role', 'alert');
    expect(notice).toHaveTextContent('This phone was signed out from the community office (or from another device of yours).');
    expect(within(notice).getByText('Unsent changes lost: 3')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/signin');
    // The person can sign in again right there.
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
  });

  it('says when the account ended and that nothing unsent was lost', async () => {
    const client = createFakeDataClient({
      session: { status: 'signed_out', user: null, wiped: { reason: 'account_ended', lostUnsent: 0, wipedAt } },
    });
    renderApp({ client, route: '/signin' });
    const notice = (await screen.findByRole('heading', { name: 'Wiped' })).closest('section');
    expect(notice).toHaveTextContent('Your account has ended or was disabled.');
    expect(notice).toHaveTextContent('No unsent changes were lost.');
  });

  it('in Chinese', async () => {
    const client = createFakeDataClient({
      session: { status: 'signed_out', user: null, wiped: { reason: 'session_revoked', lostUnsent: 2, wipedAt } },
    });
    renderApp({ client, route: '/signin', language: 'zh-CN' });
    expect(await screen.findByRole('heading', { name: '已清除' })).toBeInTheDocument();
    expect(screen.getByText('丢失的未发送更改：2 条')).toBeInTheDocument();
  });

  it('is not there after a plain sign-out', async () => {
    renderApp({ client: createFakeDataClient({ session: { status: 'signed_out', user: null } }), route: '/signin' });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Wiped' })).toBeNull();
  });

  it('after 5 wrong PINs says so and how many unsent changes were kept for the next sign-in', async () => {
    const client = createFakeDataClient({
      session: { status: 'signed_out', user: null, wiped: { reason: 'wrong_pins', lostUnsent: 0, keptUnsent: 2, wipedAt } },
    });
    renderApp({ client, route: '/signin' });
    const notice = (await screen.findByRole('heading', { name: 'Wiped' })).closest('section');
    expect(notice).toHaveTextContent('5 wrong PINs were entered: everything about residents was deleted from this phone.');
    expect(notice).toHaveTextContent('Unsent changes kept: 2. Sign in with your password to send them.');
  });
});
