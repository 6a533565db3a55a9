/**
 * Read-only reference data delivered by pull: the levels above the community (district 区, street 街道),
 * community, grid, checkpoint. Created by the admin commands only.
 */
import { z } from 'zod';
import { idField, nameField } from '../fields';

export const districtSchema = z.object({ name: nameField });
export type District = z.output<typeof districtSchema>;

/** "HH:MM": the time of day by which a street expects each community's report for the day. */
const deadlineField = z.string({ error: 'time_invalid' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'time_invalid' });

export const streetSchema = z.object({
  districtId: idField,
  name: nameField,
  /** When a community's report for a day is due at the street office; absent: DEFAULT_STREET_DEADLINE. */
  reportDeadline: deadlineField.optional(),
});
export type Street = z.output<typeof streetSchema>;

export const communitySchema = z.object({
  name: nameField,
  /** The street (街道) the community belongs to; its officer reads the community's reports. */
  streetId: idField.optional(),
  street: nameField.optional(),
  district: nameField.optional(),
  city: nameField.optional(),
});
export type Community = z.output<typeof communitySchema>;

export const gridSchema = z.object({ communityId: idField, name: nameField });
export type Grid = z.output<typeof gridSchema>;

export const checkpointSchema = z.object({ communityId: idField, name: nameField });
export type Checkpoint = z.output<typeof checkpointSchema>;
