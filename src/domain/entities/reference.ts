/** Read-only reference data delivered by pull: community, grid, checkpoint. */
import { z } from 'zod';
import { idField, nameField } from '../fields';

export const communitySchema = z.object({
  name: nameField,
  street: nameField.optional(),
  district: nameField.optional(),
  city: nameField.optional(),
});
export type Community = z.output<typeof communitySchema>;

export const gridSchema = z.object({ communityId: idField, name: nameField });
export type Grid = z.output<typeof gridSchema>;

export const checkpointSchema = z.object({ communityId: idField, name: nameField });
export type Checkpoint = z.output<typeof checkpointSchema>;
