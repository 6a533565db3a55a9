/** The 'shift' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Shift view',
  loading: 'Loading…',
  checkpoint: 'Checkpoint',
  chooseCheckpoint: 'Choose a checkpoint',
  noCheckpoints: 'No checkpoint of the community is on this phone yet.',
  shifts: 'Shifts: 00:00–08:00, 08:00–16:00, 16:00–24:00 (phone time).',
  day: {
    title: 'Today at this checkpoint ({{date}})',
    caption: 'People in and out per hour',
    hour: 'Hour',
    in: 'In',
    out: 'Out',
    total: 'Total',
    empty: 'No entries today yet.',
    refused: 'Refused',
    referred: 'Referred',
  },
  current: {
    title: 'This shift, {{range}} ({{n}})',
    empty: 'No entries in this shift yet.',
    in: 'Entering',
    out: 'Leaving',
    allowed: 'Allowed',
    refused: 'Refused',
    referred: 'Referred',
    temperature: '{{temperature}} °C',
  },
  note: {
    title: 'Handover to the next shift',
    label: 'Handover note',
    hint: 'For the next shift: what happened, what to watch.',
    save: 'Save handover note',
    saving: 'Saving…',
    saved: 'Handover note saved on this phone. It is sent to the server when there is a connection.',
    listTitle: 'Handover notes',
    empty: 'No handover notes yet.',
    closes: 'Shift {{date}} {{range}}',
    writtenAt: 'Written at {{time}}',
  },
};
