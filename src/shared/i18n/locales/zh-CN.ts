/**
 * Simplified Chinese, the default and fallback language. en.ts has exactly the same key tree
 * (its type is derived from this object; tests/unit/shared/i18n/locales.test.ts checks both).
 */
export const zhCN = {
  app: {
    name: '网格通',
    loading: '正在加载…',
    skipToContent: '跳到主要内容',
  },
  nav: {
    label: '主导航',
    home: '首页',
    search: '查询',
    settings: '设置',
    community: '社区',
    buildings: '楼栋',
    reports: '报表',
  },
  common: {
    cancel: '取消',
    unknownError: '出了点问题，请稍后再试。',
  },
  signIn: {
    reauthBanner: '登录已过期。请重新登录以继续同步，未发送的记录会保留在本机。',
    reauthOpen: '重新登录',
    reauthClose: '稍后再说',
  },
  home: {
    title: '首页',
    greeting: '您好，{{name}}',
    role: '角色：{{role}}',
    syncTitle: '同步情况',
    households: '住户',
  },
  recordSync: {
    synced: '已同步',
    pending: '待发送',
    rejected: '需处理',
    label: '同步状态：{{state}}',
  },
  update: {
    region: '应用更新',
    available: '新版本已就绪',
    reload: '重新加载',
    unsavedInput: '您有尚未保存的输入，重新加载会丢失这些内容。仍要重新加载吗？',
    reloadAnyway: '仍然重新加载',
    databaseChanged: '网格通已在另一个标签页中更新——请重新加载',
  },
  language: {
    'zh-CN': '简体中文',
    en: 'English',
  },
  role: {
    grid_worker: '网格员',
    secretary: '社区书记',
    volunteer: '志愿者',
    admin: '管理员',
  },
  sync: {
    online: '在线',
    offline: '离线',
    syncing: '正在同步…',
    pending: '待发送：{{n}}',
    lastSync: '上次同步：{{time}}',
    neverSynced: '尚未同步',
    problem: '问题：{{message}}',
    attention: '需处理：{{n}}',
    syncNow: '立即同步',
    authRequired: '需要重新登录才能同步',
    allSent: '所有记录都已发送',
    progress: {
      pull: '正在下载记录',
      push: '正在发送修改',
      count: '{{done}} / {{total}} 条',
      seconds: '约剩 {{n}} 秒',
      minutes: '约剩 {{n}} 分钟',
    },
  },
  errors: {
    BAD_REQUEST: '服务器无法识别这次请求。',
    UNAUTHORIZED: '登录已失效。',
    INVALID_CREDENTIALS: '用户名或密码不对。',
    TOO_MANY_REQUESTS: '请求太频繁，稍后会自动重试。',
    PAYLOAD_TOO_LARGE: '一次发送的数据太多。',
    NOT_FOUND: '服务器上已没有这条记录。',
    FORBIDDEN: '超出您的管辖范围，不能修改这条记录。',
    VALIDATION: '有内容不符合要求。',
    ID_REUSE: '这条修改曾以不同内容发送过。',
    ALREADY_EXISTS: '服务器上已有相同编号的记录。',
    UNSUPPORTED_OP: '这类记录不允许这种操作。',
    INTERNAL: '服务器内部错误。',
    NETWORK: '没有网络连接。',
    SERVER: '服务器出了问题。',
    SERVER_ERROR: '自 {{since}} 起服务器处理这条修改一直出错。可以重新发送再试，或者放弃。',
    RATE_LIMITED: '服务器繁忙，稍后会自动重试。',
    TIMEOUT: '服务器响应超时。',
    UNKNOWN: '出了点问题。',
    STORAGE_FULL: '存储空间已满：请导出未发送的记录并清理空间。',
  },
};

export type LocaleResource = typeof zhCN;
