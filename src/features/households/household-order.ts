/** Orders buildings by name the way numbers are read (2号楼 before 10号楼). */
import type { LocalRecord } from '../../data';

const collator = new Intl.Collator('zh-CN', { numeric: true });

export function byName(a: LocalRecord<'building'>, b: LocalRecord<'building'>): number {
  return collator.compare(a.name, b.name);
}
