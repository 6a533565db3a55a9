/**
 * The entry being taken at the gate, as plain state, and the rules on it: when it may be saved, which
 * outcome it may have, and the records it becomes (the checkpoint entry, and a fever report on referral).
 */
import type { LocalRecord } from '../../data';
import type { CheckpointEntry, VisitorPurpose } from '../../domain/entities/checkpoint-entry';
import type { NewRecord } from '../../domain/entities/entity-record';
import { checkIdNumber } from '../../domain/id-number';
import { isMobile } from '../../domain/phone';
import { checkTemperature, isFever, type TemperatureError } from '../../domain/temperature';
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
export type GatePerson = { kind: 'none' } | { kind: 'resident'; resident: LocalRecord<'resident'> } | { kind: 'visitor'; visitor: VisitorInput };

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

/** Who the entry is about, as the record keeps it. */
function personFields(person: GatePerson): Pick<NewRecord<'checkpoint_entry'>, 'name' | 'residentId' | 'householdId' | 'phone' | 'idNumber' | 'purpose'> {
  if (person.kind === 'resident') {
    const { resident } = person;
    return { name: resident.name, residentId: resident.id, householdId: resident.householdId, phone: resident.phone };
  }
  if (person.kind === 'visitor') {
    const { visitor } = person;
    return {
      name: visitor.name.trim(),
      phone: visitor.phone.trim() === '' ? undefined : visitor.phone,
      idNumber: visitor.idNumber.trim() === '' ? undefined : visitor.idNumber,
      purpose: visitor.purpose ?? undefined,
      householdId: visitor.householdId ?? undefined,
    };
  }
  return { name: '' };
}

/** The checkpoint_entry record for a create (at: now); null while the temperature is no reading. */
export function entryData(
  state: GateEntryState,
  checkpointId: string,
  direction: CheckpointEntry['direction'],
  outcome: Outcome,
  at: string,
): NewRecord<'checkpoint_entry'> | null {
  const temperature = validTemperature(state.temperature);
  if (temperature === null) return null;
  return {
    checkpointId,
    at,
    direction,
    ...personFields(state.person),
    idChecked: state.idChecked,
    infoRecorded: detailsRecorded(state),
    temperature,
    maskWorn: state.maskWorn,
    healthCode: state.healthCode,
    outcome,
    reason: outcome === 'refused' ? state.reason : undefined,
  };
}

/** The fever report a referral makes, linked to its entry. */
export function referralReport(entry: NewRecord<'checkpoint_entry'>, checkpointEntryId: string, reportedAt: string): NewRecord<'fever_report'> {
  const resident = entry.residentId !== undefined;
  return {
    checkpointEntryId,
    name: entry.name,
    temperature: entry.temperature,
    symptoms: isFever(entry.temperature) ? ['fever'] : [],
    action: 'fever_clinic',
    reportedAt,
    phone: entry.phone,
    // A resident's household; a visitor's household visited is not where the fever lives.
    residentId: entry.residentId,
    householdId: resident ? entry.householdId : undefined,
  };
}
