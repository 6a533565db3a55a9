import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../src/data';
import { createFakeDataClient, demoUser } from '../../../fixtures/fake-data-client';
import { renderApp } from '../../../fixtures/render-with-providers';

function signedOutClient() {
  return createFakeDataClient({ session: { status: 'signed_out', user: null } });
}

describe('sign-in screen', () => {
  it('asks for username and password', async () => {
    renderApp({ client: signedOutClient(), route: '/signin' });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  });

  it('shows the labels in Chinese by default', async () => {
    renderApp({ client: signedOutClient(), route: '/signin', language: 'zh-CN' });
    expect(await screen.findByLabelText('用户名')).toBeInTheDocument();
    expect(screen.getByLabelText('密码')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '登录' })).toBeInTheDocument();
  });

  it('shows a translated error for a wrong password and stays on the screen', async () => {
    const client = signedOutClient();
    client.signIn.mockRejectedValueOnce(new ApiError(401, 'INVALID_CREDENTIALS', 'Invalid username or password'));
    const { user, router } = renderApp({ client, route: '/signin' });
    await user.type(await screen.findByLabelText('Username'), 'worker1');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password.');
    expect(client.signIn).toHaveBeenCalledWith('worker1', 'wrong');
    expect(router.state.location.pathname).toBe('/signin');
  });

  it('explains that the first sign-in needs the network', async () => {
    const client = signedOutClient();
    client.signIn.mockRejectedValueOnce(new ApiError(0, 'NETWORK', 'Failed to fetch'));
    const { user } = renderApp({ client, route: '/signin' });
    await user.type(await screen.findByLabelText('Username'), 'worker1');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No connection — sign-in needs the network the first time.');
  });

  it('shows rate limiting and server errors in words', async () => {
    const client = signedOutClient();
    client.signIn
      .mockRejectedValueOnce(new ApiError(429, 'TOO_MANY_REQUESTS', 'slow down'))
      .mockRejectedValueOnce(new ApiError(503, 'SERVER', 'unavailable'));
    const { user } = renderApp({ client, route: '/signin' });
    await user.type(await screen.findByLabelText('Username'), 'worker1');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server had a problem');
  });

  it('marks empty fields instead of calling the server', async () => {
    const client = signedOutClient();
    const { user } = renderApp({ client, route: '/signin' });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Username')).toHaveAccessibleDescription('Enter your username.');
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(client.signIn).not.toHaveBeenCalled();
  });

  it('disables the button while signing in, then goes home', async () => {
    const client = signedOutClient();
    let finish: () => void = () => undefined;
    client.signIn.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          finish = () => {
            client.setSession({ status: 'signed_in', user: demoUser });
            resolve(demoUser);
          };
        }),
    );
    const { user, router } = renderApp({ client, route: '/signin' });
    await user.type(await screen.findByLabelText('Username'), 'worker1');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    finish();
    expect(await screen.findByRole('heading', { name: 'Home' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
