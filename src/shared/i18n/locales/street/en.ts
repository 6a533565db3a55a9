/** The 'street' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Street',
  date: 'Date',
  noStreet: 'No street is on this phone yet. Sync with a connection, then look again.',
  status: {
    reported: 'Reported',
    late: 'Late',
    missing: 'Missing',
    zero_report: 'Zero report',
  },
  total: {
    title: 'Street total',
    caption: 'Sum of the communities that reported on {{date}} (late ones included)',
    statuses: 'Reported {{reported}}, Late {{late}}, Missing {{missing}}, Zero report {{zero}} (of {{total}} communities)',
  },
  communities: {
    title: 'Communities',
    caption: 'Each community’s report on {{date}}',
    community: 'Community',
    status: 'Status',
    time: 'Reported at',
    gridsMissing: 'Grids not in it: {{count}}',
    none: '—',
    empty: 'This street has no community yet.',
  },
  fevers: {
    title: 'Fevers by community',
    caption: 'Fevers in each community’s report on {{date}}, and the fever reports received',
    community: 'Community',
    inReport: 'In report',
    received: 'Fever reports',
    disagree: 'Report shows fewer than the fever reports',
  },
  sealed: {
    title: 'Sealed buildings',
    none: 'No building is sealed.',
    since: 'sealed since {{date}}',
    item: '{{community}} {{building}}',
  },
  rate: {
    title: 'Reporting rate',
    caption: 'Each community’s reports over the 14 days to {{date}}',
    community: 'Community',
    reported: 'Reported',
    onTime: 'On time',
    value: '{{count}} of {{expected}} days ({{percent}})',
  },
};
