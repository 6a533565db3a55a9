/** The 'posters' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Unit posters',
  printLink: 'Print unit posters',
  print: 'Print',
  replace: 'Replace poster code',
  replaceConfirm: 'Replace the code of unit {{unit}}? The old poster’s code stops working at once: put the new poster up at the unit’s door.',
  replaceYes: 'Replace code',
  replaceNo: 'Cancel',
  replaced: 'Unit {{unit}} has a new code: print its new poster.',
  offline: 'Posters need a connection. Open this page again when online.',
  loading: 'Loading…',
  failed: 'The posters could not be loaded: {{reason}}',
  retry: 'Try again',
  back: 'Back to the building',
  preview: 'One A4 page per unit; the preview is below.',
  unitTitle: '{{building}} Unit {{unit}}',
  heading: 'Ask for help',
  scan: 'Scan to tell the community you need groceries, medicine or medical help',
  gridWorker: 'Grid worker: {{name}}',
  noGridWorker: 'Grid worker: call the community hotline',
  hotline: 'Community hotline: {{phone}}',
  noHotline: 'Community hotline: not set',
  sealedSince: 'Sealed since {{date}}',
  notSealed: 'Not sealed',
  qrLabel: 'QR code of unit {{unit}}’s help page',
};
