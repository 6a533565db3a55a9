/** The 'buildings' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Buildings',
  listTitle: 'Buildings ({{shown}} of {{total}})',
  noBuildings: 'No buildings on this phone yet. They arrive with the first sync.',
  noMatch: 'No building matches these filters.',
  none: '—',
  sealed: 'Sealed',
  sealDay: 'Day {{n}} of 14',
  sealedFrom: 'Sealed from {{date}}',
  households: '{{n}} households',
  fevers: 'Fevers today: {{n}}',
  coverage: '{{visited}} / {{total}}',
  coverageLabel: 'Visited today in {{building}}',
  sort: {
    label: 'Sort by',
    coverage: 'Coverage',
    fevers: 'Fevers',
    name: 'Name',
  },
  filter: {
    title: 'Filters',
    grid: 'Grid',
    allGrids: 'All grids',
    sealed: 'Sealed',
    fever: 'Fever today',
    notStarted: 'Not started',
  },
  due: {
    title: 'Due to lift',
    empty: 'No seal is due to lift.',
  },
  table: {
    caption: 'The community’s buildings today',
    building: 'Building',
    grid: 'Grid',
    worker: 'Grid worker',
    households: 'Households',
    coverage: 'Visited today',
    fevers: 'Fevers today',
    sealed: 'Sealed',
  },
};
