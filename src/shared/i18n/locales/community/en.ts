/** The 'community' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Community',
  today: 'Today, {{date}}, all grids',
  desk: 'Desk',
  ledger: 'Ledger (Excel)',
  monitoring: 'Home monitoring',
  campaigns: 'Testing campaign',
  trends: 'Trends',
  conflicts: 'Conflicts',
  people: 'People',
  phones: 'Signed-in phones',
  toSee: '{{n}} to see',
  myRound: 'My grid round',
  households: {
    title: 'Households',
    visited: 'Visited',
    ofTotal: '{{n}} / {{total}} households',
    notHome: 'Nobody home',
    refused: 'Refused',
    notKnocked: 'Not knocked yet',
  },
  fevers: {
    title: 'Fevers',
    found: 'Fevers found',
    reported: 'Fever reports',
    action: {
      fever_clinic: 'Sent to fever clinic',
      home_isolation: 'Home isolation',
      observation: 'Observation',
    },
  },
  sealed: {
    title: 'Sealed buildings: {{n}}',
    none: 'No building is sealed today.',
    day: 'Day {{n}} of 14',
  },
  reports: {
    title: 'Today’s daily reports',
    unconfirmed: 'Grids that have not confirmed today’s report',
    allConfirmed: 'Every grid has confirmed today’s report.',
    open: 'Open daily reports',
  },
  workers: {
    title: 'Grid workers',
    caption: 'Grid workers’ visits today and their phones’ last sync',
    name: 'Name',
    grids: 'Grids',
    visits: 'Visits today',
    lastSync: 'Last sync',
    never: 'Never synced',
    silent: 'Silent for more than 2 hours',
    none: 'No grid worker’s phone has synced yet.',
  },
};
