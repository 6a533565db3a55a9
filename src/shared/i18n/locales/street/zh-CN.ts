/** The 'street' namespace: the street officer's screen (issue 19). */
export const messages = {
  title: '街道',
  date: '日期',
  noStreet: '这部手机上还没有街道的数据。连网同步后再看。',
  status: {
    reported: '已报',
    late: '迟报',
    missing: '未报',
    zero_report: '零报告',
  },
  total: {
    title: '街道合计',
    caption: '{{date}} 已报社区（含迟报）的合计',
    statuses: '已报 {{reported}}，迟报 {{late}}，未报 {{missing}}，零报告 {{zero}}（共 {{total}} 个社区）',
  },
  communities: {
    title: '社区',
    caption: '{{date}} 各社区上报情况',
    community: '社区',
    status: '状态',
    time: '上报时间',
    gridsMissing: '未报网格：{{count}} 个',
    none: '—',
    empty: '这条街道下还没有社区。',
  },
  fevers: {
    title: '各社区发热',
    caption: '{{date}} 各社区报表中的发热人数与实际收到的发热报告',
    community: '社区',
    inReport: '报表中',
    received: '发热报告',
    disagree: '报表少于发热报告',
  },
  sealed: {
    title: '封控楼栋',
    none: '没有封控楼栋。',
    since: '{{date}} 起封控',
    item: '{{community}} {{building}}',
  },
  rate: {
    title: '上报率',
    caption: '截至 {{date}} 的 14 天里各社区的上报情况',
    community: '社区',
    reported: '已报',
    onTime: '按时',
    value: '{{count}}/{{expected}} 天（{{percent}}）',
  },
};
