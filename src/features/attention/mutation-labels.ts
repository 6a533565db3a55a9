import type { TFunction } from 'i18next';
import type { LocalRecord, OutboxEntry } from '../../data';

/** "Checks › #1 › Temperature (°C)" for "checks.0.temperature"; unknown field names are shown as they are. */
export function fieldLabel(t: TFunction, path: string): string {
  if (path === '_' || path === '') return t('attention:wholeRecord');
  return path
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? `#${Number(segment) + 1}` : t(`attention:fields.${segment}`, { defaultValue: segment })))
    .join(' › ');
}

/**
 * Which record a mutation is about: a name, else unit and room, else the id's tail. Taken from the
 * mutation's data, completed by the local copy of the record (a patch carries only changed fields).
 */
export function recordLabel(t: TFunction, entry: OutboxEntry, record?: LocalRecord | null): string {
  // The mutation's data is a field map of any kind of record: read it as one.
  const fields: Record<string, unknown> = { ...record, ...entry.data };
  const { name, unit, room } = fields;
  if (typeof name === 'string' && name.trim() !== '') return name.trim();
  if (typeof unit === 'string' && typeof room === 'string') return t('attention:room', { unit, room });
  return t('attention:recordId', { id: entry.recordId.slice(-8) });
}
