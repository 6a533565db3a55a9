/** A volunteer's phone as the server fills it: their building, its requests (masked unless theirs), their deliveries. */
import type { LocalRecord } from '../../../../src/data';
import type { SessionUser } from '../../../../src/domain/sync-protocol';
import { demoUser, localRecord } from '../../../fixtures/fake-data-client';
import { aDelivery, aHelpRequest } from '../../../fixtures/domain-records';

export const volunteer: SessionUser = {
  ...demoUser,
  id: '0192f1b4-0000-7000-8000-0000000000f1',
  username: 'volunteer1',
  displayName: '李志愿',
  role: 'volunteer',
  gridIds: [],
};
export const OTHER_VOLUNTEER = '0192f1b4-0000-7000-8000-0000000000f2';

export const BUILDING_ID = '0192f1b4-0000-7000-8000-0000000000b1';

export function building(): LocalRecord<'building'> {
  return localRecord('building', BUILDING_ID, {
    gridId: '0192f1b4-0000-7000-8000-0000000000a1',
    name: '1栋',
    address: '和平路 12 号',
    units: 3,
    floors: 6,
    sealed: true,
    sealedSince: '2026-11-20',
  });
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

type RequestFields = Partial<LocalRecord<'help_request'>> & { minutesAgo?: number };

/** A request of 1栋 as a volunteer pulls it (no household; contact masked unless overridden). */
export function request(id: string, fields: RequestFields = {}, sync: LocalRecord['_sync'] = 'synced'): LocalRecord<'help_request'> {
  const { householdId: _household, ...base } = aHelpRequest({ buildingId: BUILDING_ID, contactName: '张**', contactPhone: '138****1234' });
  const { minutesAgo: age = 30, ...rest } = fields;
  return { ...localRecord('help_request', id, { ...base, createdAt: minutesAgo(age) }, sync), ...rest };
}

export function delivery(id: string, helpRequestId: string, fields: Partial<LocalRecord<'delivery'>> = {}, sync: LocalRecord['_sync'] = 'synced'): LocalRecord<'delivery'> {
  return { ...localRecord('delivery', id, aDelivery({ helpRequestId })), _sync: sync, ...fields };
}

/** Request ids, readable in failures. */
export const ids = {
  groceriesOld: '0192f1b4-0000-7000-8000-00000000e001',
  groceriesUrgent: '0192f1b4-0000-7000-8000-00000000e002',
  medicine: '0192f1b4-0000-7000-8000-00000000e003',
  medicalUrgent: '0192f1b4-0000-7000-8000-00000000e004',
  mine: '0192f1b4-0000-7000-8000-00000000e005',
  other: '0192f1b4-0000-7000-8000-00000000e006',
  refused: '0192f1b4-0000-7000-8000-00000000e007',
} as const;
