/** Orders buildings by name and households by unit then room, the way numbers are read (2 before 10). */
import type { LocalRecord } from '../../data/data-client';
import { textOf } from '../../shared/text-of';

const collator = new Intl.Collator('zh-CN', { numeric: true });

export function byName(a: LocalRecord, b: LocalRecord): number {
  return collator.compare(textOf(a.name), textOf(b.name));
}

export function byUnitAndRoom(a: LocalRecord, b: LocalRecord): number {
  return collator.compare(textOf(a.unit), textOf(b.unit)) || collator.compare(textOf(a.room), textOf(b.room));
}
