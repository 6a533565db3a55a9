/**
 * Field schemas shared by every entity. Error messages are stable keys; the client
 * translates them as `validation:<key>` and the server returns them in `fields`.
 */
import { z } from 'zod';
import { checkIdNumber, isMaskedIdNumber } from './id-number';
import { isMobile, isMobileOrLandline } from './phone';
import { checkTemperature } from './temperature';
import { latestDateAnywhere, parseIsoDate } from '../shared/local-date';
import { EARLIEST_BIRTH_DATE, EARLIEST_DATE, hasVisibleCharacter, timestampProblem } from './plausible-values';

export const MAX_NAME_LENGTH = 50;
export const MAX_NOTES_LENGTH = 500;

/**
 * A record's or user's id as the server holds it: lower case. A uuid in capitals names the same one and
 * is stored lower case, so fields matched against stored ids (a review's recordBy, a task's assignee, a
 * grid worker's read scope) always agree.
 */
export const idField = z.uuid({ error: 'invalid_id' }).toLowerCase();

/** A name as records stored before issue 11 may carry it (the read path: stored-record-schemas.ts). */
export const storedNameField = z
  .string({ error: 'name_required' })
  .trim()
  .min(1, { error: 'name_required' })
  .max(MAX_NAME_LENGTH, { error: 'name_too_long' });

/** A name written now: something in it must show (not only spaces or zero-width characters). */
export const nameField = storedNameField.refine(hasVisibleCharacter, { error: 'name_invisible', abort: true });

export const notesField = z.string({ error: 'invalid_text' }).trim().max(MAX_NOTES_LENGTH, { error: 'notes_too_long' });

/** A short label such as a unit "2" or a room "501". */
export const labelField = z
  .string({ error: 'label_required' })
  .trim()
  .min(1, { error: 'label_required' })
  .max(20, { error: 'label_too_long' });

export const mobileField = z
  .string({ error: 'phone_invalid' })
  .transform((v) => v.replace(/\s/g, ''))
  .refine(isMobile, { error: 'phone_invalid' });

export const phoneOrLandlineField = z
  .string({ error: 'phone_invalid' })
  .transform((v) => v.replace(/\s/g, ''))
  .refine(isMobileOrLandline, { error: 'phone_or_landline_invalid' });

/** A valid ID number, normalised (checkIdNumber), or the reason it is not one as the issue. */
function checkedIdNumber(value: string, ctx: z.core.$RefinementCtx<string>): string {
  const result = checkIdNumber(value);
  if (!result.ok) {
    ctx.issues.push({ code: 'custom', message: result.error, input: value });
    return z.NEVER;
  }
  return result.value;
}

export const idNumberField = z.string({ error: 'id_number_format' }).transform(checkedIdNumber);

/**
 * An ID number as a pulled record may carry it (the read path: stored-record-schemas.ts): in full, or
 * masked by the server (110102********1234) on a gate entry another worker recorded (issue 18).
 */
export const storedIdNumberField = z
  .string({ error: 'id_number_format' })
  .transform((value, ctx) => (isMaskedIdNumber(value) ? value : checkedIdNumber(value, ctx)));

export const temperatureField = z
  .number({ error: 'temperature_required' })
  .refine((v) => checkTemperature(v) !== 'temperature_range', { error: 'temperature_range' })
  .refine((v) => checkTemperature(v) !== 'temperature_precision', { error: 'temperature_precision' });

export const isoDateField = z
  .string({ error: 'date_invalid' })
  .refine((v) => parseIsoDate(v) !== null, { error: 'date_invalid' });

/** A date not after today anywhere on Earth (the reading clock's), as stored records are read. */
export const storedPastDateField = isoDateField.refine((v) => v <= latestDateAnywhere(), {
  error: 'date_in_future',
});

/** A date of a person's life written now (birth, moving out): from 1900, not in the future. */
export const lifeDateField = storedPastDateField.refine((v) => v >= EARLIEST_BIRTH_DATE, { error: 'date_too_early' });

/** A date of the epidemic work written now (onset, a closed day): from 2019-12-01, not in the future. */
export const pastDateField = storedPastDateField.refine((v) => v >= EARLIEST_DATE, { error: 'date_too_early' });

/** A date of the epidemic work that may lie ahead (a building sealed from tomorrow): from 2019-12-01. */
export const workDateField = isoDateField.refine((v) => v >= EARLIEST_DATE, { error: 'date_too_early' });

/** An ISO timestamp with its offset, as stored records are read: the format only. */
export const storedTimestampField = z.iso.datetime({ offset: true, error: 'timestamp_invalid' });

/**
 * A time written now: it parses, is not before 2019-12-01 and not more than a day ahead of the
 * validating clock (the server's on the server, the phone's in a form), read when the value is parsed.
 */
export const timestampField = storedTimestampField.superRefine((value, ctx) => {
  const problem = timestampProblem(value, Date.now());
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
});

export const SYMPTOMS = [
  'fever',
  'cough',
  'fatigue',
  'sore_throat',
  'loss_of_smell_taste',
  'diarrhoea',
  'shortness_of_breath',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

export const symptomsField = z
  .array(z.enum(SYMPTOMS, { error: 'symptom_invalid' }), { error: 'symptom_invalid' })
  .max(SYMPTOMS.length)
  .refine((list) => new Set(list).size === list.length, { error: 'symptom_duplicate' });
