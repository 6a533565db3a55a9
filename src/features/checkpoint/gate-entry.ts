/**
 * The entry being taken at the gate, as plain state, and the rules on it: when it may be saved, which
 * outcome it may have, and the records it becomes (the checkpoint entry, and a fever report on referral).
 */
import type { LocalRecord } from '../../data/data-client';
import type { CheckpointEntry, VisitorPurpose } from '../../domain/entities/checkpoint-entry';
import { checkIdNumber } from '../../domain/id-number';
import { isMobile } from '../../domain/phone';
import { checkTemperature, isFever, type TemperatureError } from '../../domain/temperature';
import { textOf } from '../../shared/text-of';
import { readTemperature } from '../../shared/ui/temperature-field';

export type HealthCode = CheckpointEntry['healthCode'];
export type Outcome = CheckpointEntry['outcome'];

export interface VisitorInput {
  name: string;
  phone: string;
  idNumber: string;
  purpose: VisitorPurpose | null;
  /** The household visited, when named. */
  householdId: string | null;
}

export const EMPTY_VISITOR: VisitorInput = { name: '', phone: '', idNumber: '', purpose: null, householdId: null };

/** Who stands at the gate: nobody yet, a resident from the register, or a visitor being typed in. */
export type GatePerson = { kind: 'none' } | { kind: 'resident'; resident: LocalRecord } | { kind: 'visitor'; visitor: VisitorInput };

export interface GateEntryState {
  person: GatePerson;
  idChecked: boolean;
  /**
   * "Details recorded" as the worker pressed it: only ever by a tap, never by default. For a visitor it counts
   * only while their details are complete (see detailsRecorded).
   */
  infoRecorded: boolean;
  maskWorn: boolean;
  temperature: string;
  healthCode: HealthCode;
  /** null: not chosen (after a fever or red code took "allowed" away). */
  outcome: Outcome | null;
  reason: string;
}

export const EMPTY_ENTRY: GateEntryState = {
  person: { kind: 'none' },
  idChecked: false,
  infoRecorded: false,
  maskWorn: false,
  temperature: '',
  healthCode: 'green',
  outcome: 'allowed',
  reason: '',
};

/** What is wrong with a typed temperature, as a validation key; null when it is fine or nothing is typed yet. */
export function temperatureProblem(text: string): TemperatureError | null {
  const value = readTemperature(text);
  return value === null ? null : checkTemperature(value);
}

/** The temperature as a number when it is a valid reading, else null. */
export function validTemperature(text: string): number | null {
  const value = readTemperature(text);
  return value !== null && checkTemperature(value) === null ? value : null;
}

/** A visitor's ID number error key as typed (empty is fine: it is optional). */
export function idNumberError(text: string): string | null {
  if (text.trim() === '') return null;
  const result = checkIdNumber(text);
  return result.ok ? null : result.error;
}

/** Whether a visitor's required details (name, mobile, purpose; a valid ID number when given) are there. */
export function visitorComplete(visitor: VisitorInput): boolean {
  return visitor.name.trim() !== '' && isMobile(visitor.phone) && visitor.purpose !== null && idNumberError(visitor.idNumber) === null;
}

/**
 * Whether "Details recorded" counts as pressed: the worker pressed it for an identified person, and a
 * visitor's details are still complete (fields made invalid after the press take it back).
 */
export function detailsRecorded(state: GateEntryState): boolean {
  const { person } = state;
  if (person.kind === 'none' || !state.infoRecorded) return false;
  return person.kind === 'resident' || visitorComplete(person.visitor);
}

/** A fever or a red code: the person cannot be let through. */
export function mustStop(state: GateEntryState): boolean {
  const temperature = validTemperature(state.temperature);
  return (temperature !== null && isFever(temperature)) || state.healthCode === 'red';
}

/** The outcome as it will be saved: "allowed" does not survive a fever or red code. */
export function effectiveOutcome(state: GateEntryState): Outcome | null {
  return mustStop(state) && state.outcome === 'allowed' ? null : state.outcome;
}

/** The four checks answered for an identified person: only then may the entry be saved. */
export function fourChecksDone(state: GateEntryState): boolean {
  return state.person.kind !== 'none' && state.idChecked && detailsRecorded(state) && state.maskWorn && validTemperature(state.temperature) !== null;
}

function personName(person: GatePerson): string {
  if (person.kind === 'resident') return textOf(person.resident.name);
  if (person.kind === 'visitor') return person.visitor.name.trim();
  return '';
}

/** The checkpoint_entry record for a create (at: now). */
export function entryData(state: GateEntryState, checkpointId: string, direction: CheckpointEntry['direction'], outcome: Outcome, at: string) {
  const data: Record<string, unknown> = {
    checkpointId,
    at,
    direction,
    name: personName(state.person),
    idChecked: state.idChecked,
    infoRecorded: detailsRecorded(state),
    temperature: readTemperature(state.temperature),
    maskWorn: state.maskWorn,
    healthCode: state.healthCode,
    outcome,
  };
  const { person } = state;
  if (person.kind === 'resident') {
    data.residentId = person.resident.id;
    const householdId = textOf(person.resident.householdId);
    if (householdId) data.householdId = householdId;
    const phone = textOf(person.resident.phone);
    if (phone && isMobile(phone)) data.phone = phone;
  } else if (person.kind === 'visitor') {
    const { visitor } = person;
    if (visitor.phone.trim() !== '') data.phone = visitor.phone;
    if (visitor.idNumber.trim() !== '') data.idNumber = visitor.idNumber;
    if (visitor.purpose) data.purpose = visitor.purpose;
    if (visitor.householdId) data.householdId = visitor.householdId;
  }
  if (outcome === 'refused') data.reason = state.reason;
  return data;
}

/** The fever report a referral makes, linked to its entry. */
export function referralReport(entry: Record<string, unknown>, checkpointEntryId: string, reportedAt: string) {
  const temperature = typeof entry.temperature === 'number' ? entry.temperature : 0;
  const report: Record<string, unknown> = {
    checkpointEntryId,
    name: entry.name,
    temperature,
    symptoms: isFever(temperature) ? ['fever'] : [],
    action: 'fever_clinic',
    reportedAt,
  };
  if (entry.phone !== undefined) report.phone = entry.phone;
  // A resident's household; a visitor's household visited is not where the fever lives.
  if (entry.residentId !== undefined) {
    report.residentId = entry.residentId;
    if (entry.householdId !== undefined) report.householdId = entry.householdId;
  }
  return report;
}
