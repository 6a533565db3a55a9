/** Orders buildings by name and households by unit then room, the way numbers are read (2 before 10). */
import type { LocalRecord } from '../../data/data-client';

const collator = new Intl.Collator('zh-CN', { numeric: true });

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function byName(a: LocalRecord, b: LocalRecord): number {
  return collator.compare(text(a.name), text(b.name));
}

export function byUnitAndRoom(a: LocalRecord, b: LocalRecord): number {
  return collator.compare(text(a.unit), text(b.unit)) || collator.compare(text(a.room), text(b.room));
}
