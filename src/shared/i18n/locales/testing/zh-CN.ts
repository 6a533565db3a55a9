/** The 'testing' namespace in Simplified Chinese (the default language): testing campaigns (全员核酸检测); en.ts follows its key tree. */
export const messages = {
  title: '核酸检测',
  notFound: '这部手机上没有这次检测。',
  states: { sampled: '已采样', away: '外出', home_sampling: '上门采样', not_tested: '未检测' },
  results: { negative: '阴性', positive: '阳性', invalid: '无效' },
  pools: { single: '单管单检', pooled: '{{n}} 混 1' },
  counts: '已采 {{sampled}} / 应采 {{expected}}',
};
