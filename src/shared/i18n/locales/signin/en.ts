/** The 'signin' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Sign in',
  intro: 'Use the account your community gave you. The first sign-in needs the network; afterwards the app works without signal.',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  usernameRequired: 'Enter your username.',
  passwordRequired: 'Enter your password.',
  submitting: 'Signing in…',
  error: {
    INVALID_CREDENTIALS: 'Wrong username or password.',
    TOO_MANY_REQUESTS: 'Too many attempts. Wait a few minutes and try again.',
    NETWORK: 'No connection — sign-in needs the network the first time.',
    SERVER: 'The server had a problem. Try again later.',
  },
  wiped: {
    wrong_pins: '5 wrong PINs were entered: everything about residents was deleted from this phone.',
    kept: 'Unsent changes kept: {{count}}. Sign in with your password to send them.',
    title: 'Wiped',
    session_revoked: 'This phone was signed out from the community office (or from another device of yours). Everything about residents was deleted from it.',
    account_ended: 'Your account has ended or was disabled. Everything about residents was deleted from this phone.',
    lost: 'Unsent changes lost: {{n}}',
    noneLost: 'No unsent changes were lost.',
    signInAgain: 'You can sign in again below.',
  },
};
