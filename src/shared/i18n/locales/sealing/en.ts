/** The 'sealing' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  sealBuilding: 'Seal building',
  liftSeal: 'Lift seal',
  day: 'Day {{n}} of 14',
  sealedFrom: 'Sealed from {{date}}',
  startDate: 'Start date',
  reason: 'Reason',
  liftedOn: 'Lift on',
  cancel: 'Cancel',
  saving: 'Saving…',
  fixErrors: 'Check the marked fields.',
  historyTitle: 'Seal history',
  historyEmpty: 'This building has never been sealed.',
  period: '{{from}} – {{to}}',
  ongoing: 'now',
};
