/** The gate log a grid worker's phone holds (issue 18): the window, the masked ID number it may carry. */
import { describe, expect, it } from 'vitest';
import { gateLogWindowStart, withinGateLogWindow } from '../../../../src/domain/checkpoint/gate-log-window';
import { checkpointEntrySchema } from '../../../../src/domain/entities/checkpoint-entry';
import { parseStoredRecord } from '../../../../src/domain/entities/stored-record-schemas';
import { isMaskedIdNumber, maskIdNumber } from '../../../../src/domain/id-number';
import { aCheckpointEntry } from '../../../fixtures/domain-records';
import { makeIdNumber } from '../../../fixtures/id-number-factory';

const NOW = Date.parse('2026-11-30T10:00:00+08:00');
const HOUR = 60 * 60 * 1000;

describe('the gate log window', () => {
  it('is the last 48 hours before now, whatever the offset an entry was written with', () => {
    expect(gateLogWindowStart(NOW)).toBe(NOW - 48 * HOUR);
    expect(withinGateLogWindow('2026-11-28T10:00:00+08:00', NOW)).toBe(true);
    expect(withinGateLogWindow('2026-11-28T02:00:00Z', NOW)).toBe(true);
    expect(withinGateLogWindow('2026-11-28T09:59:59+08:00', NOW)).toBe(false);
    expect(withinGateLogWindow('2026-11-28T01:59:59Z', NOW)).toBe(false);
  });

  it('keeps an entry whose time cannot be read (nothing is purged on a guess)', () => {
    expect(withinGateLogWindow('yesterday', NOW)).toBe(true);
  });
});

describe('a masked ID number', () => {
  const idNumber = makeIdNumber({ region: '110102', birthDate: '1990-01-01', sequence: 5, sex: 'male' });

  it('is recognised as maskIdNumber writes it, and masks to itself', () => {
    expect(maskIdNumber(idNumber)).toBe('110102********053X');
    expect(isMaskedIdNumber(maskIdNumber(idNumber))).toBe(true);
    expect(maskIdNumber(maskIdNumber(idNumber))).toBe(maskIdNumber(idNumber));
    expect(isMaskedIdNumber(idNumber)).toBe(false);
    expect(isMaskedIdNumber('110102*******0053X')).toBe(false);
    expect(isMaskedIdNumber('****************53')).toBe(false);
  });

  it('is read from the server on another worker’s gate entry, and a full one still has to be valid', () => {
    const pulled = (value: string) => parseStoredRecord('checkpoint_entry', { ...aCheckpointEntry({ idNumber: value }), id: crypto.randomUUID(), version: 1 });
    expect(pulled(maskIdNumber(idNumber))).toMatchObject({ ok: true, record: { idNumber: '110102********053X' } });
    expect(pulled(idNumber)).toMatchObject({ ok: true, record: { idNumber } });
    expect(pulled('110102199001010530')).toEqual({ ok: false, fields: { idNumber: 'id_number_checksum' } });
    expect(pulled('110102****0530')).toEqual({ ok: false, fields: { idNumber: 'id_number_length' } });
  });

  it('is never written: a new gate entry needs the full number', () => {
    const written = checkpointEntrySchema.safeParse(aCheckpointEntry({ idNumber: maskIdNumber(idNumber) }));
    expect(written.success).toBe(false);
    expect(checkpointEntrySchema.safeParse(aCheckpointEntry({ idNumber })).success).toBe(true);
  });
});
