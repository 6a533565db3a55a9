/** The 'reports' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Daily reports',
  date: 'Date',
  noCommunity: 'This account belongs to no community: there are no grid reports to bring together.',
  status: {
    reported: 'Reported',
    late: 'Late',
    not_reported: 'Not reported',
    zero_report: 'Zero report',
  },
  confirmedAt: 'at {{time}}',
  changed: 'Changed since confirmed',
  changedBy: 'Since confirmed: {{changes}}',
  grids: {
    title: 'Grids',
    caption: 'Each grid’s daily report on {{date}}: status, time confirmed and counts',
    grid: 'Grid',
    status: 'Status',
    time: 'Confirmed',
    change: 'Changed since confirmed',
    none: '—',
    empty: 'No grid of this community is on this phone yet.',
    gridFallback: 'Grid',
  },
  total: {
    title: 'Community total',
    reportedOf: '{{reported}} of {{total}} grids reported',
    missing: 'Not reported: {{grids}}',
  },
  confirm: {
    button: 'Confirm community report',
    confirming: 'Confirming…',
    missingWarning: 'These grids have not reported; the community report will name them as missing: {{grids}}',
    confirmedAt: 'Community report confirmed at {{time}}',
    confirmedMissing: 'Missing when confirmed: {{grids}}',
    again: 'When grid reports come in later, confirm again: the latest community report counts.',
    saved: 'Community report saved on this phone. It is sent to the server when there is a connection.',
    failed: 'The community report was not saved: {{reason}}',
  },
  rate: {
    title: 'Reporting rate',
    caption: 'Daily reports of each grid over the last 14 days, to {{date}}',
    grid: 'Grid',
    reported: 'Reported',
    onTime: 'On time',
    value: '{{count}} of {{expected}} days ({{percent}})',
  },
  deadline: {
    title: 'Report deadline',
    label: 'Report deadline',
    hint: 'A grid’s daily report confirmed after this time is Late.',
    save: 'Save deadline',
    saved: 'Report deadline saved.',
    failed: 'The report deadline was not saved: {{reason}}',
  },
};
