/** The 'signin' namespace in Simplified Chinese: the sign-in screen and form (the re-auth banner's words stay in the core). */
export const messages = {
  title: '登录',
  intro: '使用社区分配给您的账号登录。首次登录需要联网，之后没有信号也能使用。',
  username: '用户名',
  password: '密码',
  submit: '登录',
  usernameRequired: '请输入用户名。',
  passwordRequired: '请输入密码。',
  submitting: '正在登录…',
  error: {
    INVALID_CREDENTIALS: '用户名或密码不对。',
    TOO_MANY_REQUESTS: '尝试次数太多，请几分钟后再试。',
    NETWORK: '没有网络连接——首次登录需要联网。',
    SERVER: '服务器出了问题，请稍后再试。',
  },
  wiped: {
    wrong_pins: '连续输错5次PIN码：本机上有关居民的信息已全部删除。',
    kept: '保留了{{count}}条未发送的更改，用密码登录后会发送。',
    title: '已清除',
    session_revoked: '这部手机已被社区办公室（或您的另一台设备）退出登录，手机上有关居民的信息已全部删除。',
    account_ended: '您的账号已停用，这部手机上有关居民的信息已全部删除。',
    lost: '丢失的未发送更改：{{n}} 条',
    noneLost: '没有丢失未发送的更改。',
    signInAgain: '可以在下方重新登录。',
  },
};
