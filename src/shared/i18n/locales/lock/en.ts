/** The 'lock' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  setPin: 'Set PIN',
  setPinIntro:
    'Choose a 6-digit PIN. The app asks for it whenever it starts, after 5 minutes in the background and after 10 minutes unused, before it shows anything about residents. 5 wrong PINs in a row delete the residents’ data from this phone.',
  newPin: 'PIN (6 digits)',
  repeatPin: 'Repeat the PIN',
  password: 'Account password',
  passwordWhy: 'This phone has no PIN yet. Type your account password too: it unlocks the app when the PIN is forgotten.',
  pinFormat: 'The PIN must be 6 digits.',
  pinsDiffer: 'The two PINs are not the same.',
  passwordRequired: 'Enter your account password.',
  wrongPassword: 'Wrong password.',
  saving: 'Setting the PIN…',
  locked: 'Locked',
  lockedIntro: 'The app is locked to protect the residents’ data.',
  enterPin: 'Enter PIN',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  wrongPin: 'Wrong PIN. Wrong PINs left before the residents’ data is deleted from this phone: {{count}}',
  usePassword: 'Unlock with the password',
  usePin: 'Unlock with the PIN',
  failed: 'Could not unlock. Try again.',
  idleLabel: 'Lock when unused for',
  idleMinutes: '{{count}} min',
  lockNow: 'Lock now',
  settingsTitle: 'App lock',
  settingsIntro: 'Once locked, the app asks for the PIN. It also locks after 5 minutes in the background.',
};
