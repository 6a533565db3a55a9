/** Surnames roughly by frequency, and characters common in given names, for realistic demo residents. */
import type { Prng } from './prng';

/** The most common surnames, most frequent first; earlier ones are picked more often. */
const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
  '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫', '段', '雷', '侯',
  '龙', '史', '陶', '黎', '贺', '顾', '毛', '郝', '龚', '邵', '万', '钱', '严', '覃', '武', '戴', '莫', '孔', '向', '汤',
] as const;

const SURNAME_WEIGHTS = SURNAMES.map((name, index) => [name, 1 / (index + 8)] as const);

const MALE_CHARS = [
  '伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '波', '宇', '浩', '凯',
  '健', '俊', '帆', '建', '国', '峰', '志', '文', '博', '海', '林', '亮', '成', '东', '晨', '宁', '子', '轩', '睿', '泽',
  '毅', '昊', '然', '锋', '武', '德', '春', '荣', '新', '永',
] as const;

const FEMALE_CHARS = [
  '芳', '娟', '敏', '静', '丽', '艳', '秀', '霞', '燕', '玲', '桂', '英', '萍', '红', '梅', '琳', '婷', '雪', '慧', '倩',
  '颖', '洁', '琴', '云', '莉', '兰', '凤', '丹', '晶', '欣', '怡', '佳', '雨', '萱', '涵', '诗', '悦', '思', '梦', '瑶',
  '月', '春', '淑', '珍', '玉', '华', '小', '晓', '美', '彤',
] as const;

/** Older generations' names lean on different characters than children's. */
const ELDER_MALE = ['建国', '国强', '德明', '福生', '永红', '志刚', '卫东', '金山', '保国', '长林', '家福', '玉成'] as const;
const ELDER_FEMALE = ['秀英', '桂兰', '玉兰', '淑珍', '凤英', '翠华', '秀兰', '桂芳', '素珍', '金凤', '月娥', '玉梅'] as const;

export function pickSurname(rng: Prng): string {
  return rng.weighted(SURNAME_WEIGHTS);
}

export function pickGivenName(rng: Prng, sex: 'male' | 'female', age: number): string {
  if (age >= 60 && rng.chance(0.6)) return rng.pick(sex === 'male' ? ELDER_MALE : ELDER_FEMALE);
  const chars = sex === 'male' ? MALE_CHARS : FEMALE_CHARS;
  if (rng.chance(0.25)) return rng.pick(chars);
  let second = rng.pick(chars);
  const first = rng.pick(chars);
  while (second === first) second = rng.pick(chars);
  return first + second;
}
