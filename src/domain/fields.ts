/**
 * Field schemas shared by every entity. Error messages are stable keys; the client
 * translates them as `validation:<key>` and the server returns them in `fields`.
 */
import { z } from 'zod';
import { checkIdNumber } from './id-number';
import { isMobile, isMobileOrLandline } from './phone';
import { checkTemperature } from './temperature';
import { latestDateAnywhere, parseIsoDate } from '../shared/local-date';

export const MAX_NAME_LENGTH = 50;
export const MAX_NOTES_LENGTH = 500;

export const idField = z.uuid({ error: 'invalid_id' });

export const nameField = z
  .string({ error: 'name_required' })
  .trim()
  .min(1, { error: 'name_required' })
  .max(MAX_NAME_LENGTH, { error: 'name_too_long' });

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

export const idNumberField = z
  .string({ error: 'id_number_format' })
  .transform((value, ctx) => {
    const result = checkIdNumber(value);
    if (!result.ok) {
      ctx.issues.push({ code: 'custom', message: result.error, input: value });
      return z.NEVER;
    }
    return result.value;
  });

export const temperatureField = z
  .number({ error: 'temperature_required' })
  .refine((v) => checkTemperature(v) !== 'temperature_range', { error: 'temperature_range' })
  .refine((v) => checkTemperature(v) !== 'temperature_precision', { error: 'temperature_precision' });

export const isoDateField = z
  .string({ error: 'date_invalid' })
  .refine((v) => parseIsoDate(v) !== null, { error: 'date_invalid' });

export const pastDateField = isoDateField.refine((v) => v <= latestDateAnywhere(), {
  error: 'date_in_future',
});

export const timestampField = z.iso.datetime({ offset: true, error: 'timestamp_invalid' });

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
