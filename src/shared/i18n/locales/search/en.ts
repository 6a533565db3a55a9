/** The 'search' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Search',
  box: 'Search by name, pinyin, phone, ID or room',
  hint: 'Type a name (张三), its pinyin (zhangsan) or initials (zs), a phone number, the last 4 digits of an ID number, or a room (3-2-501, 2-501, 501).',
  preparing: 'Preparing search…',
  results: 'Results',
  noMatch: 'No match',
  capped: 'Showing the first {{n}} results. Type more to narrow them down.',
  address: '{{building}}, Unit {{unit}} Room {{room}}',
  addressNoBuilding: 'Unit {{unit}} Room {{room}}',
  household: 'Household',
  occupied: 'Occupied',
  vacant: 'Vacant',
  movedOut: 'Moved out',
  age: '{{n}} years',
  sex: {
    male: 'male',
    female: 'female',
  },
  tags: {
    elderly_alone: 'Elderly living alone',
    returnee: 'Returnee',
    close_contact: 'Close contact',
    home_monitoring: 'Home monitoring',
    pregnant: 'Pregnant',
    disabled: 'Disabled',
    chronic_illness: 'Chronic illness',
    migrant: 'Migrant',
    renter: 'Renter',
  },
};
