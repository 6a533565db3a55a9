/** "Details recorded" as pressed, and the records a gate entry becomes. */
import { describe, expect, it } from 'vitest';
import { validateCreate } from '../../../../src/data/repositories/validation';
import {
  detailsRecorded,
  EMPTY_ENTRY,
  EMPTY_VISITOR,
  entryData,
  fourChecksDone,
  referralReport,
  type GateEntryState,
} from '../../../../src/features/checkpoint/gate-entry';
import { sampleIds } from '../../../fixtures/domain-records';
import { localRecord } from '../../../fixtures/fake-data-client';

const at = '2026-11-25T08:00:00.000Z';
const checked: Omit<GateEntryState, 'person'> = { ...EMPTY_ENTRY, idChecked: true, infoRecorded: true, maskWorn: true, temperature: '38.2', outcome: 'referred' };
const resident = localRecord('resident', sampleIds.resident, { householdId: sampleIds.household, name: '张三', phone: '13912345678', tags: [] });

/** The entry the gate would save, as a create takes it (it exists: the temperature is a reading). */
function entryOf(state: GateEntryState, direction: 'in' | 'out') {
  const data = entryData(state, sampleIds.checkpoint, direction, 'referred', at);
  if (!data) throw new Error('no entry without a temperature');
  return data;
}
const courier = { ...EMPTY_VISITOR, name: '快递小哥', phone: '13700003333', purpose: 'courier' as const };

describe('"Details recorded"', () => {
  it('starts unpressed for everyone, a registered resident too, and only a press counts', () => {
    expect(EMPTY_ENTRY.infoRecorded).toBe(false);
    const unpressed: GateEntryState = { ...checked, infoRecorded: false, person: { kind: 'resident', resident } };
    expect(detailsRecorded(unpressed)).toBe(false);
    expect(fourChecksDone(unpressed)).toBe(false);
    expect(detailsRecorded({ ...unpressed, infoRecorded: true })).toBe(true);
    expect(fourChecksDone({ ...unpressed, infoRecorded: true })).toBe(true);
  });

  it('counts for a visitor only while pressed and their details are complete', () => {
    const pressed: GateEntryState = { ...checked, person: { kind: 'visitor', visitor: courier } };
    expect(detailsRecorded(pressed)).toBe(true);
    expect(detailsRecorded({ ...pressed, infoRecorded: false })).toBe(false);
    expect(detailsRecorded({ ...pressed, person: { kind: 'visitor', visitor: { ...courier, phone: '1370000' } } })).toBe(false);
    expect(detailsRecorded({ ...pressed, person: { kind: 'none' } })).toBe(false);
  });
});

describe('gate entry records', () => {
  it("a visitor's referral names no household: the household visited is not where the fever lives", () => {
    const visitor = { ...EMPTY_VISITOR, name: '王师傅', phone: '13700004444', purpose: 'worker' as const, householdId: sampleIds.household };
    const entry = entryOf({ ...checked, person: { kind: 'visitor', visitor } }, 'in');
    expect(validateCreate('checkpoint_entry', entry)).toMatchObject({ householdId: sampleIds.household, purpose: 'worker', infoRecorded: true });
    const report = validateCreate('fever_report', referralReport(entry, sampleIds.checkpointEntry, at));
    expect(report).toMatchObject({ checkpointEntryId: sampleIds.checkpointEntry, name: '王师傅', phone: '13700004444', temperature: 38.2, symptoms: ['fever'] });
    expect(report.householdId).toBeUndefined();
  });

  it("a resident's referral keeps their household and resident id; below 37.3 (a red code) no fever symptom", () => {
    const state: GateEntryState = { ...checked, temperature: '36.6', healthCode: 'red', person: { kind: 'resident', resident } };
    const entry = entryOf(state, 'out');
    validateCreate('checkpoint_entry', entry);
    const report = validateCreate('fever_report', referralReport(entry, sampleIds.checkpointEntry, at));
    expect(report).toMatchObject({ residentId: sampleIds.resident, householdId: sampleIds.household, temperature: 36.6, symptoms: [], action: 'fever_clinic' });
  });
});
