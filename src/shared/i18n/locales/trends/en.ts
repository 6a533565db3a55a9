/** The 'trends' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Trends',
  range: 'Last 14 days ({{first}} to {{last}}); gate entries for today.',
  chart: 'Chart: {{title}}',
  date: 'Date',
  total: 'Total',
  fevers: {
    title: 'Fever reports per day',
    caption: 'Fever reports per day over the last 14 days, by action (voided ones not counted)',
    action: {
      fever_clinic: 'Sent to fever clinic',
      home_isolation: 'Home isolation',
      observation: 'Observation',
    },
  },
  visits: {
    title: 'Households visited per day',
    caption: 'Households visited per day over the last 14 days, by grid (a household counts once a day)',
    allGrids: 'All grids',
    noGrids: 'No household of a grid on this phone.',
  },
  gate: {
    title: 'Gate entries per hour today',
    caption: 'Gate entries per hour on {{date}}, all checkpoints (undone ones not counted)',
    hour: 'Hour',
    hourRange: '{{from}}:00–{{to}}:00',
    hourShort: '{{hour}}:00',
    in: 'In',
    out: 'Out',
    entries: 'Entries',
  },
};
