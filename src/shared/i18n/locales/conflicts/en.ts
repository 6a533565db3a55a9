/** The 'conflicts' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Conflicts',
  intro: 'Two phones changed the same thing: the server kept the later change. Choose the value to keep.',
  none: 'No conflicts to look at.',
  showSeen: 'Show conflicts already seen',
  seenTitle: 'Seen',
  noneSeen: 'No conflicts seen yet.',
  field: 'Field',
  earlier: 'Earlier value',
  later: 'Later value (on the record now)',
  laterOnly: 'Later value',
  holdsNow: 'The record holds this now',
  empty: 'empty',
  yes: 'Yes',
  no: 'No',
  changedBy: 'Changed by {{name}}, {{time}}',
  someone: 'someone',
  changedSince: 'The record has changed since; it now holds: {{value}}. You can still keep either value.',
  missing: 'This record is not on this phone, so no value can be written back.',
  keep: 'Keep this value',
  seen: 'Seen',
  seenAt: 'Seen {{time}}',
  kept: 'Value kept: {{value}}',
  room: 'Unit {{unit}}, room {{room}}',
  failed: 'That did not work. Please try again.',
};
