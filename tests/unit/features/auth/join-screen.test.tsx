/** The Join screen: a new person's code is checked, they set a password, the code is redeemed and they are signed in. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src/data';
import type { SignInCodeInfo } from '../../../../src/domain/api/people';
import { createFakeDataClient, demoUser } from '../../../fixtures/fake-data-client';
import { renderApp } from '../../../fixtures/render-with-providers';

const info: SignInCodeInfo = {
  name: '王五',
  username: '13812341234',
  role: 'volunteer',
  communityName: '幸福里社区',
  expiresAt: '2026-11-26T02:00:00.000Z',
};

function joiningClient() {
  const client = createFakeDataClient({ session: { status: 'signed_out', user: null } });
  client.checkSignInCode.mockResolvedValue(info);
  client.redeemSignInCode.mockImplementation(async () => {
    const user = { ...demoUser, username: info.username, displayName: info.name, role: 'volunteer' as const, gridIds: [] };
    client.setSession({ status: 'signed_in', user });
    return user;
  });
  return client;
}

describe('Join screen', { timeout: 20_000 }, () => {
  it('checks the code from the link, sets the password and signs in, going home', async () => {
    const client = joiningClient();
    const { user, router } = renderApp({ client, route: '/join?code=123456789012' });
    expect(await screen.findByRole('heading', { name: 'Welcome, 王五' })).toBeInTheDocument();
    expect(client.checkSignInCode).toHaveBeenCalledWith('123456789012');
    expect(screen.getByText('Volunteer of 幸福里社区')).toBeInTheDocument();
    expect(screen.getByText('Your username is 13812341234')).toBeInTheDocument();

    await user.type(screen.getByLabelText('New password (at least 8 characters)'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(screen.getByLabelText('New password (at least 8 characters)')).toHaveAccessibleDescription('At least 8 characters.');
    expect(client.redeemSignInCode).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('New password (at least 8 characters)'), '-long-enough');
    await user.type(screen.getByLabelText('New password again'), 'short-long-enougX');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(screen.getByLabelText('New password again')).toHaveAccessibleDescription('The two passwords are not the same.');
    expect(client.redeemSignInCode).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('New password again'));
    await user.type(screen.getByLabelText('New password again'), 'short-long-enough');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(client.redeemSignInCode).toHaveBeenCalledWith('123456789012', 'short-long-enough');
    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(router.state.location.pathname).toBe('/');
  });

  it('lets the person type the code (spaces allowed) and says a mistyped one must have 12 digits', async () => {
    const client = joiningClient();
    const { user } = renderApp({ client, route: '/join' });
    const field = await screen.findByLabelText('Sign-in code (12 digits)');
    await user.type(field, '1234 5678');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(field).toHaveAccessibleDescription('Enter the 12-digit code.');
    expect(client.checkSignInCode).not.toHaveBeenCalled();

    await user.type(field, ' 9012');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, 王五' })).toBeInTheDocument();
    expect(client.checkSignInCode).toHaveBeenCalledWith('123456789012');
  });

  it('explains a used, expired or mistyped code, and too many attempts', async () => {
    const client = joiningClient();
    client.checkSignInCode
      .mockRejectedValueOnce(new ApiError(400, 'SIGN_IN_CODE_INVALID', 'invalid code'))
      .mockRejectedValueOnce(new ApiError(429, 'TOO_MANY_REQUESTS', 'slow down'));
    const { user } = renderApp({ client, route: '/join?code=123456789012' });
    expect(await screen.findByRole('alert')).toHaveTextContent('This code does not work: it was already used, has expired (24 hours) or was mistyped.');
    expect(screen.queryByLabelText('New password (at least 8 characters)')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Wait a few minutes and try again.');
  });

  it('explains a code used up between the check and the password', async () => {
    const client = joiningClient();
    client.redeemSignInCode.mockRejectedValueOnce(new ApiError(400, 'SIGN_IN_CODE_INVALID', 'invalid code'));
    const { user, router } = renderApp({ client, route: '/join?code=123456789012' });
    await user.type(await screen.findByLabelText('New password (at least 8 characters)'), 'a-good-password');
    await user.type(screen.getByLabelText('New password again'), 'a-good-password');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This code does not work');
    expect(router.state.location.pathname).toBe('/join');
    await user.click(screen.getByRole('button', { name: 'Use another code' }));
    expect(screen.getByLabelText('Sign-in code (12 digits)')).toHaveValue('');
  });

  it('says joining needs a connection, in Chinese by default', async () => {
    const client = joiningClient();
    client.checkSignInCode.mockRejectedValueOnce(new ApiError(0, 'NETWORK', 'Failed to fetch'));
    renderApp({ client, route: '/join?code=123456789012', language: 'zh-CN' });
    expect(await screen.findByRole('alert')).toHaveTextContent('加入需要网络');
    expect(screen.getByRole('heading', { name: '加入社区' })).toBeInTheDocument();
  });
});
