import { z } from 'zod';
import { idField, idNumberField, lifeDateField, mobileField, nameField, notesField } from '../fields';

/** Key groups (重点人群) a resident can be tagged with. */
export const RESIDENT_TAGS = [
  'elderly_alone',
  'returnee',
  'close_contact',
  'home_monitoring',
  'pregnant',
  'disabled',
  'chronic_illness',
  'migrant',
  'renter',
] as const;
export type ResidentTag = (typeof RESIDENT_TAGS)[number];

export function isResidentTag(value: string): value is ResidentTag {
  return RESIDENT_TAGS.some((tag) => tag === value);
}

export const SEXES = ['male', 'female'] as const;

export const residentSchema = z.object({
  householdId: idField,
  name: nameField,
  idNumber: idNumberField.optional(),
  phone: mobileField.optional(),
  sex: z.enum(SEXES, { error: 'sex_invalid' }).optional(),
  birthDate: lifeDateField.optional(),
  tags: z
    .array(z.enum(RESIDENT_TAGS, { error: 'tag_invalid' }), { error: 'tag_invalid' })
    .refine((list) => new Set(list).size === list.length, { error: 'tag_duplicate' }),
  notes: notesField.optional(),
  /** The day the resident moved out: kept in the register (history, search) but no longer expected at the door. */
  movedOutOn: lifeDateField.optional(),
});
export type Resident = z.output<typeof residentSchema>;

/** A resident who still lives there: no move-out date recorded. */
export function livesThere(resident: Pick<Resident, 'movedOutOn'>): boolean {
  return resident.movedOutOn === undefined;
}
