/** The 'settings' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Settings',
  language: 'Language',
  account: 'Account',
  signedInAs: 'Signed in as {{name}} ({{username}})',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  unsent: '{{n}} records have not reached the server yet. If you sign out now they are deleted from this phone and cannot be recovered.',
  signOutAnyway: 'Sign out anyway (discard unsent records)',
  storage: 'Storage on this device',
  persisted: 'Persistent storage: granted. The browser keeps this app’s data even when the phone runs low on space.',
  notPersisted: 'Persistent storage: not granted. The browser may delete this app’s data when the phone runs low on space; sync or export unsent records often.',
  persistUnknown: 'Persistent storage: this browser does not say.',
  usage: 'Used {{used}} of {{quota}}',
  usageUnknown: 'Space used: unknown',
  exportUnsent: 'Export unsent records',
  exportHint: 'Saves the records that have not reached the server as a JSON file you can keep or hand to an administrator.',
  exported: 'Exported {{n}} unsent records ({{file}}).',
  exportFailed: 'The export did not work. Try again.',
  ledger: {
    title: 'Ledger (Excel)',
    hint: 'Export the registers on this phone as an Excel file, or import the community’s old roster. Works offline.',
    export: 'Export ledger',
    import: 'Import roster',
  },
  about: 'About',
  version: 'Version {{version}}',
};
