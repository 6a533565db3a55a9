/** The 'sealing' namespace: sealing a building and lifting the seal, on the building's screen. */
export const messages = {
  sealBuilding: '封控楼栋',
  liftSeal: '解除封控',
  day: '封控第 {{n}} / 14 天',
  sealedFrom: '自 {{date}} 起封控',
  startDate: '开始日期',
  reason: '原因',
  liftedOn: '解封日期',
  cancel: '取消',
  saving: '正在保存…',
  fixErrors: '请检查标出的内容。',
  historyTitle: '封控记录',
  historyEmpty: '这栋楼没有封控过。',
  period: '{{from}} – {{to}}',
  ongoing: '至今',
};
