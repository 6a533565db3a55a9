/** The 'testing' namespace in English: the same key tree as zh-CN.ts. */
import type { messages as zhCN } from './zh-CN';

export const messages: typeof zhCN = {
  title: 'Testing campaign',
  notFound: 'This campaign is not on this phone.',
  states: { sampled: 'Sampled', away: 'Away', home_sampling: 'Home sampling', not_tested: 'Not tested' },
  results: { negative: 'Negative', positive: 'Positive', invalid: 'Invalid' },
  pools: { single: 'Single tubes', pooled: '{{n}}-in-1' },
  counts: '{{sampled}} of {{expected}} sampled',
};
