/** The 'community' namespace in Simplified Chinese: the secretary's Community screen. */
export const messages = {
  title: '社区',
  today: '今天 {{date}}，全部网格',
  desk: '书记工作台',
  trends: '趋势',
  conflicts: '冲突（{{n}} 条待查看）',
  myRound: '我的网格走访',
  households: {
    title: '住户',
    visited: '已走访',
    ofTotal: '{{n}} / {{total}} 户',
    notHome: '无人在家',
    refused: '拒绝',
    notKnocked: '尚未敲门',
  },
  fevers: {
    title: '发热',
    found: '发现发热',
    reported: '发热报告',
    action: {
      fever_clinic: '转发热门诊',
      home_isolation: '居家隔离',
      observation: '观察',
    },
  },
  sealed: {
    title: '封控楼栋：{{n}}',
    none: '今天没有封控楼栋。',
    day: '第 {{n}} 天（共 14 天）',
  },
  reports: {
    title: '今日日报',
    unconfirmed: '尚未确认今日日报的网格',
    allConfirmed: '所有网格都已确认今日日报。',
    open: '查看日报',
  },
  workers: {
    title: '网格员',
    caption: '网格员今天的走访和最近同步',
    name: '姓名',
    grids: '网格',
    visits: '今日走访',
    lastSync: '最近同步',
    never: '从未同步',
    silent: '超过 2 小时未同步',
    none: '还没有网格员的手机同步过。',
  },
};
