/** The 'update' namespace (zh-CN, the source of its key tree): the banners of a new version and of a database changed by another tab. */
export const messages = {
  available: '新版本已就绪',
  reload: '重新加载',
  unsavedInput: '您有尚未保存的输入，重新加载会丢失这些内容。仍要重新加载吗？',
  reloadAnyway: '仍然重新加载',
  databaseChanged: '网格通已在另一个标签页中更新——请重新加载',
};
