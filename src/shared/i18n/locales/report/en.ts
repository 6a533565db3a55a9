/** The 'report' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Daily report',
  intro: 'Close the day: these counts come from the records on this phone (yours, in this grid, on that day).',
  day: 'Day',
  today: 'Today ({{date}})',
  yesterday: 'Yesterday ({{date}})',
  gridFallback: 'Grid',
  notForRole: 'The daily report is for grid workers: it closes the day of the grids assigned to them. This account has no grid.',
  counts: {
    doorsKnocked: 'Doors knocked',
    visited: 'Visited',
    notHome: 'Nobody home',
    refused: 'Refused',
    residentsChecked: 'Residents checked',
    feversFound: 'Fevers found',
    feversReported: 'Fevers reported',
  },
  zeroReportToday: 'Zero report: no fever found today',
  zeroReportOn: 'Zero report: no fever found on {{date}}',
  unreported: '{{found}} fevers found, {{reported}} reported: report the missing ones before closing the day',
  unreportedHint: 'If someone else already reported them, you can still confirm.',
  toRound: 'Back to the round',
  noDoors: 'No doors knocked on this day. Confirming records an explicit zero day.',
  confirm: 'Confirm daily report',
  confirming: 'Confirming…',
  confirmedTitle: 'Daily report confirmed',
  confirmedAt: 'Confirmed at {{time}}',
  savedOnPhone: 'Daily report saved on this phone. It is sent to the server when there is a connection.',
  oncePerDay: 'A daily report is confirmed once per grid and day.',
  saveFailed: 'The daily report was not saved: {{reason}}',
};
