/**
 * The resident form's values and rules, without React: what the ID number fills in, when its error
 * shows, what contradicts it, and the create or patch payload the form saves.
 */
import { checkIdNumber, type IdNumberError, type IdNumberInfo } from '../../domain/id-number';
import { RESIDENT_TAGS, type ResidentTag } from '../../domain/entities/resident';
import { textOf } from '../../shared/text-of';

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

function isTag(value: unknown): value is ResidentTag {
  return (RESIDENT_TAGS as readonly unknown[]).includes(value);
}

/** The values of a stored resident (fields it lacks are empty). */
export function valuesOf(record: Record<string, unknown>): ResidentValues {
  const sex = record.sex === 'male' || record.sex === 'female' ? record.sex : '';
  const tags = Array.isArray(record.tags) ? record.tags.filter(isTag) : [];
  return {
    name: textOf(record.name),
    idNumber: textOf(record.idNumber),
    phone: textOf(record.phone),
    sex,
    birthDate: textOf(record.birthDate),
    tags,
    notes: textOf(record.notes),
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

type Optional = 'idNumber' | 'phone' | 'sex' | 'birthDate' | 'notes';
const OPTIONAL: readonly Optional[] = ['idNumber', 'phone', 'sex', 'birthDate', 'notes'];

/** The create payload: empty optional fields left out. */
function cleaned(values: ResidentValues, field: Optional): string {
  const value = values[field].trim();
  // An ID number's check character may be typed as a small x.
  return field === 'idNumber' ? value.toUpperCase() : value;
}

export function createPayload(householdId: string, values: ResidentValues): Record<string, unknown> {
  const data: Record<string, unknown> = { householdId, name: values.name.trim(), tags: values.tags };
  for (const field of OPTIONAL) {
    const value = cleaned(values, field);
    if (value !== '') data[field] = value;
  }
  return data;
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag) => b.includes(tag));
}

/** The patch payload: only changed fields; an emptied optional field is cleared with null. */
export function patchPayload(before: ResidentValues, after: ResidentValues): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  if (after.name.trim() !== before.name.trim()) changes.name = after.name.trim();
  if (!sameTags(before.tags, after.tags)) changes.tags = after.tags;
  for (const field of OPTIONAL) {
    const value = cleaned(after, field);
    if (value === cleaned(before, field)) continue;
    changes[field] = value === '' ? null : value;
  }
  return changes;
}
