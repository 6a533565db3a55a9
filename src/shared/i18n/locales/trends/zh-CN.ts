/** The 'trends' namespace in Simplified Chinese: the secretary's Trends screen (three charts, each with its table). */
export const messages = {
  title: '趋势',
  range: '最近 14 天（{{first}} 至 {{last}}）；门岗登记为今天。',
  chart: '图表：{{title}}',
  date: '日期',
  total: '合计',
  fevers: {
    title: '每日发热报告',
    caption: '最近 14 天每日发热报告，按处置方式（已作废的不计）',
    action: {
      fever_clinic: '转发热门诊',
      home_isolation: '居家隔离',
      observation: '观察',
    },
  },
  visits: {
    title: '每日已走访住户',
    caption: '最近 14 天每日已走访住户，按网格（同一户一天只计一次）',
    allGrids: '全部网格',
    noGrids: '本机没有网格的住户。',
  },
  gate: {
    title: '今日每小时门岗登记',
    caption: '{{date}} 每小时门岗登记，全部卡口（已撤销的不计）',
    hour: '时段',
    hourRange: '{{from}}–{{to}} 时',
    hourShort: '{{hour}} 时',
    in: '进',
    out: '出',
    entries: '登记',
  },
};
