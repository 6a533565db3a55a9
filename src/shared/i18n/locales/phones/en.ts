/** The 'phones' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Signed-in phones',
  intro:
    'Every phone signed in to the community, whose it is and when it last synced. When a phone is lost or someone leaves, tap “Sign out this phone”: at its next connection the phone deletes everything about residents.',
  listLabel: 'Signed-in phones',
  loading: 'Loading…',
  none: 'No phone is signed in.',
  retry: 'Try again',
  needsConnection: 'This screen needs a connection: connect to the network and try again.',
  role: 'Role',
  device: 'Device',
  signedIn: 'Signed in',
  lastSync: 'Last sync',
  lastSeen: 'Last used',
  never: 'Never synced',
  thisPhone: 'This phone',
  signOut: 'Sign out this phone',
  signOutConfirm:
    'Sign out {{name}}’s phone? At its next connection it deletes everything about residents, and changes it has not sent are lost.',
  signOutYes: 'Sign out and wipe',
  cancel: 'Cancel',
  signedOut: '{{name}}’s phone was signed out.',
  failed: 'The phone could not be signed out. Try again.',
};
