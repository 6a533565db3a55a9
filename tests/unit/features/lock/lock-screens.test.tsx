/**
 * The app lock's screens (issue 18) in front of the signed-in app: "Locked" with "Enter PIN" and "Unlock"
 * (or the password), the wrong-PIN count, and "Set PIN" (typed twice, with the password when the phone
 * does not know it). While locked or without a PIN, nothing of the role's app is rendered.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeDataClient, demoUser } from '../../../fixtures/fake-data-client';
import { renderApp } from '../../../fixtures/render-with-providers';

const signedIn = { status: 'signed_in' as const, user: demoUser, reauthRequired: false };

describe('the lock screen', () => {
  it('shows "Locked" and no app until the PIN unlocks; a wrong PIN says how many are left', async () => {
    const client = createFakeDataClient({ session: signedIn, lock: { status: 'locked', attemptsLeft: 5 } });
    client.unlock.mockResolvedValueOnce({ ok: false, reason: 'wrong_secret', attemptsLeft: 3 });
    const { user } = renderApp({ client, route: '/' });

    await screen.findByRole('heading', { name: 'Locked' });
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
    const pin = screen.getByLabelText('Enter PIN');
    expect(pin).toHaveAttribute('inputmode', 'numeric');
    expect(pin).toHaveAttribute('type', 'password');

    await user.type(pin, '12345');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('The PIN must be 6 digits.')).toBeInTheDocument();
    expect(client.unlock).not.toHaveBeenCalled();

    await user.type(pin, '6');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('Wrong PIN. Wrong PINs left before the residents’ data is deleted from this phone: 3')).toBeInTheDocument();
    expect(client.unlock).toHaveBeenLastCalledWith({ kind: 'pin', secret: '123456' });

    await user.type(screen.getByLabelText('Enter PIN'), '246810');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(screen.queryByRole('heading', { name: 'Locked' })).toBeNull();
  });

  it('unlocks with the account password instead', async () => {
    const client = createFakeDataClient({ session: signedIn, lock: { status: 'locked', attemptsLeft: 5 } });
    const { user } = renderApp({ client, route: '/' });
    await user.click(await screen.findByRole('button', { name: 'Unlock with the password' }));
    await user.type(screen.getByLabelText('Account password'), 'secret words');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(client.unlock).toHaveBeenCalledWith({ kind: 'password', secret: 'secret words' });
    await screen.findByRole('navigation', { name: 'Main navigation' });
  });
});

describe('Set PIN', () => {
  it('asks for the PIN twice, and for the password when the phone does not know it', async () => {
    const client = createFakeDataClient({ session: signedIn, lock: { status: 'no_pin', passwordKnown: false } });
    const { user } = renderApp({ client, route: '/' });

    await screen.findByRole('heading', { name: 'Set PIN' });
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
    await user.type(screen.getByLabelText('PIN (6 digits)'), '135790');
    await user.type(screen.getByLabelText('Repeat the PIN'), '135799');
    await user.click(screen.getByRole('button', { name: 'Set PIN' }));
    expect(await screen.findByText('The two PINs are not the same.')).toBeInTheDocument();
    expect(screen.getByText('Enter your account password.')).toBeInTheDocument();
    expect(client.setPin).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Repeat the PIN'));
    await user.type(screen.getByLabelText('Repeat the PIN'), '135790');
    await user.type(screen.getByLabelText('Account password'), 'my password');
    await user.click(screen.getByRole('button', { name: 'Set PIN' }));
    expect(client.setPin).toHaveBeenCalledWith('135790', 'my password');
    await screen.findByRole('navigation', { name: 'Main navigation' });
  });

  it('does not ask for the password just typed at the sign-in', async () => {
    const client = createFakeDataClient({ session: signedIn, lock: { status: 'no_pin', passwordKnown: true } });
    const { user } = renderApp({ client, route: '/' });
    await screen.findByRole('heading', { name: 'Set PIN' });
    expect(screen.queryByLabelText('Account password')).toBeNull();
    await user.type(screen.getByLabelText('PIN (6 digits)'), '135790');
    await user.type(screen.getByLabelText('Repeat the PIN'), '135790');
    await user.click(screen.getByRole('button', { name: 'Set PIN' }));
    expect(client.setPin).toHaveBeenCalledWith('135790', undefined);
  });
});
