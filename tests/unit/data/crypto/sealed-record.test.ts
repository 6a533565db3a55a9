import { beforeAll, describe, expect, it } from 'vitest';
import { isCryptoError } from '../../../../src/data/crypto/crypto-error';
import type { DataKeys } from '../../../../src/data/crypto/data-keys';
import { SEALED_FIELD } from '../../../../src/data/crypto/sealed-field';
import { isSealedRow } from '../../../../src/data/crypto/is-sealed-row';
import { openRecord, sealRecord, type RowFields } from '../../../../src/data/crypto/sealed-record';
import {
  aBuilding,
  aCheckpointEntry,
  aFeverReport,
  aHomeMonitoring,
  aMonitoringCheck,
  aResident,
  aVisit,
  sampleIds,
} from '../../../fixtures/domain-records';
import { rejection, testKeys } from './crypto-test-support';

let keys: DataKeys;

beforeAll(async () => {
  ({ keys } = await testKeys());
});

/** A row as an entity table holds it: the record, its id and version, the local sync state. */
function row(id: string, fields: object): RowFields {
  return { ...fields, id, version: 3, _sync: 'synced' };
}

describe('sealed records', () => {
  it('keeps no name, ID number or phone of a resident in the stored row, and gives them back on open', async () => {
    const resident = row(sampleIds.resident, aResident({ notes: '独居，患高血压' }));

    const sealed = await sealRecord(keys.fieldKey, 'resident', resident);
    const stored = JSON.stringify(structuredClone(sealed));

    for (const secret of ['张三', resident.idNumber, '13912345678', '1948-03-02', '高血压']) expect(stored).not.toContain(secret);
    // What indexes and sync need stays in clear.
    expect(sealed).toMatchObject({ id: sampleIds.resident, householdId: sampleIds.household, tags: ['elderly_alone'], version: 3, _sync: 'synced' });
    expect(await openRecord(keys.fieldKey, 'resident', structuredClone(sealed))).toEqual(resident);
  });

  it('seals the health fields of visits, fever reports, gate entries and monitoring', async () => {
    const cases = [
      { entity: 'visit', record: aVisit(), hidden: ['36.6', 'checks'] },
      { entity: 'fever_report', record: aFeverReport(), hidden: ['38.2', 'cough', 'fever_clinic', '张三'] },
      { entity: 'checkpoint_entry', record: aCheckpointEntry(), hidden: ['36.4', '李四', '13700001111', 'green'] },
      { entity: 'home_monitoring', record: aHomeMonitoring(), hidden: ['fever_report'] },
      { entity: 'monitoring_check', record: aMonitoringCheck({ symptoms: ['cough'] }), hidden: ['36.5', 'cough'] },
    ] as const;
    for (const { entity, record, hidden } of cases) {
      const clear = row('0190a000-0000-7000-8000-0000000000f1', record);
      const sealed = await sealRecord(keys.fieldKey, entity, clear);
      const stored = JSON.stringify(sealed);
      for (const text of hidden) expect(stored, `${entity}: ${text}`).not.toContain(text);
      expect(await openRecord(keys.fieldKey, entity, sealed)).toEqual(clear);
    }
  });

  it('leaves rows of entities without personal fields as they are', async () => {
    const building = row(sampleIds.building, aBuilding());

    const sealed = await sealRecord(keys.fieldKey, 'building', building);

    expect(sealed).toEqual(building);
    expect(isSealedRow(sealed)).toBe(false);
  });

  it('seals a record with none of its personal fields set, and opens it to the same record', async () => {
    const { idNumber: _id, phone: _phone, birthDate: _birth, ...bare } = aResident();
    const resident = row(sampleIds.resident, bare);

    const sealed = await sealRecord(keys.fieldKey, 'resident', resident);

    expect(isSealedRow(sealed)).toBe(true);
    expect(await openRecord(keys.fieldKey, 'resident', sealed)).toEqual(resident);
  });

  it('refuses a seal moved to another record or entity', async () => {
    const sealed = await sealRecord(keys.fieldKey, 'resident', row(sampleIds.resident, aResident()));
    const other = await sealRecord(keys.fieldKey, 'resident', row('0190a000-0000-7000-8000-0000000000f2', aResident({ name: '王五' })));
    const moved = { ...other, [SEALED_FIELD]: sealed[SEALED_FIELD] };

    expect(isCryptoError(await rejection(openRecord(keys.fieldKey, 'resident', moved)), 'TAMPERED')).toBe(true);
    expect(isCryptoError(await rejection(openRecord(keys.fieldKey, 'fever_report', sealed)), 'TAMPERED')).toBe(true);
  });

  it('refuses a row with a personal field both sealed and in clear, and a row sealed twice', async () => {
    const sealed = await sealRecord(keys.fieldKey, 'resident', row(sampleIds.resident, aResident()));

    expect(isCryptoError(await rejection(openRecord(keys.fieldKey, 'resident', { ...sealed, name: '李四' })), 'MALFORMED')).toBe(true);
    expect(isCryptoError(await rejection(sealRecord(keys.fieldKey, 'resident', sealed)), 'MALFORMED')).toBe(true);
  });
});
