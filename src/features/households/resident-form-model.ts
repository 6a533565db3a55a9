/**
 * The resident form's values and rules, without React: what the ID number fills in, when its error
 * shows, what contradicts it, and the create or patch payload the form saves.
 */
import type { EntityRecord, NewRecord, Patch } from '../../domain/entities/entity-record';
import type { ResidentTag } from '../../domain/entities/resident';
import { checkIdNumber, type IdNumberError, type IdNumberInfo } from '../../domain/id-number';

export type Sex = 'male' | 'female';

export interface ResidentValues {
  name: string;
  idNumber: string;
  phone: string;
  sex: Sex | '';
  birthDate: string;
  tags: ResidentTag[];
  notes: string;
}

/** The form's state: the values and whether birth date and sex were filled from the ID number (not typed). */
export interface ResidentFormState {
  values: ResidentValues;
  birthDateFromId: boolean;
  sexFromId: boolean;
}

export const EMPTY_RESIDENT: ResidentValues = { name: '', idNumber: '', phone: '', sex: '', birthDate: '', tags: [], notes: '' };

/** The values of a stored resident (fields it lacks are empty). */
export function valuesOf(record: EntityRecord<'resident'>): ResidentValues {
  return {
    name: record.name,
    idNumber: record.idNumber ?? '',
    phone: record.phone ?? '',
    sex: record.sex ?? '',
    birthDate: record.birthDate ?? '',
    tags: [...record.tags],
    notes: record.notes ?? '',
  };
}

function idInfo(idNumber: string): IdNumberInfo | null {
  const result = checkIdNumber(idNumber);
  return result.ok ? result.info : null;
}

/** Starting state: stored values that agree with the stored ID number count as filled from it, so a corrected ID replaces them. */
export function initialState(values: ResidentValues = EMPTY_RESIDENT): ResidentFormState {
  const info = idInfo(values.idNumber);
  return {
    values,
    birthDateFromId: values.birthDate === '' || values.birthDate === info?.birthDate,
    sexFromId: values.sex === '' || values.sex === info?.sex,
  };
}

/** A new ID number typed: when valid, it fills birth date and sex unless the user typed those by hand. */
export function withIdNumber(state: ResidentFormState, idNumber: string): ResidentFormState {
  const values = { ...state.values, idNumber };
  const info = idInfo(idNumber);
  if (info) {
    if (state.birthDateFromId) values.birthDate = info.birthDate;
    if (state.sexFromId) values.sex = info.sex;
  }
  return { ...state, values };
}

/** Birth date or sex chosen by hand: kept from now on, whatever ID number follows. */
export function withBirthDate(state: ResidentFormState, birthDate: string): ResidentFormState {
  return { values: { ...state.values, birthDate }, birthDateFromId: birthDate === '', sexFromId: state.sexFromId };
}

export function withSex(state: ResidentFormState, sex: Sex): ResidentFormState {
  return { values: { ...state.values, sex }, birthDateFromId: state.birthDateFromId, sexFromId: false };
}

/**
 * The ID number's error to show now: none for an empty field, and none while the user is still
 * typing it (focused, fewer than 18 characters).
 */
export function visibleIdError(idNumber: string, focused: boolean): IdNumberError | null {
  const trimmed = idNumber.trim();
  if (trimmed === '') return null;
  if (focused && trimmed.length < 18) return null;
  const result = checkIdNumber(trimmed);
  return result.ok ? null : result.error;
}

export interface Contradictions {
  birthDate: string | null;
  sex: Sex | null;
}

/** What a valid ID number says where the typed birth date or sex differs from it (null: no contradiction). */
export function contradictions(values: ResidentValues): Contradictions {
  const info = idInfo(values.idNumber);
  return {
    birthDate: info && values.birthDate !== '' && values.birthDate !== info.birthDate ? info.birthDate : null,
    sex: info && values.sex !== '' && values.sex !== info.sex ? info.sex : null,
  };
}

/** The optional fields as they are stored: trimmed, undefined when empty (an ID number's check character may be typed as a small x). */
function optionalFields(values: ResidentValues) {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  return {
    idNumber: text(values.idNumber)?.toUpperCase(),
    phone: text(values.phone),
    sex: values.sex === '' ? undefined : values.sex,
    birthDate: text(values.birthDate),
    notes: text(values.notes),
  };
}

/** The create payload: empty optional fields left out. */
export function createPayload(householdId: string, values: ResidentValues): NewRecord<'resident'> {
  return { householdId, name: values.name.trim(), tags: values.tags, ...optionalFields(values) };
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag) => b.includes(tag));
}

/** The patch payload: only changed fields; an emptied optional field is cleared with null. */
export function patchPayload(before: ResidentValues, after: ResidentValues): Patch<'resident'> {
  const changes: Patch<'resident'> = {};
  if (after.name.trim() !== before.name.trim()) changes.name = after.name.trim();
  if (!sameTags(before.tags, after.tags)) changes.tags = after.tags;
  const was = optionalFields(before);
  const now = optionalFields(after);
  if (now.idNumber !== was.idNumber) changes.idNumber = now.idNumber ?? null;
  if (now.phone !== was.phone) changes.phone = now.phone ?? null;
  if (now.sex !== was.sex) changes.sex = now.sex ?? null;
  if (now.birthDate !== was.birthDate) changes.birthDate = now.birthDate ?? null;
  if (now.notes !== was.notes) changes.notes = now.notes ?? null;
  return changes;
}
