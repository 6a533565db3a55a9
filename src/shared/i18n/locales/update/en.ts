/** The 'update' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  available: 'A new version is ready',
  reload: 'Reload',
  unsavedInput: 'You have unsaved input. Reloading now discards it. Reload anyway?',
  reloadAnyway: 'Reload anyway',
  databaseChanged: 'Gridwalk was updated in another tab — reload',
};
