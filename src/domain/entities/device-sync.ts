/**
 * Server-written: when one signed-in phone last pushed and pulled, sent to its community's secretary
 * (read-only to clients). The server refreshes it at most every few minutes per device.
 */
import { z } from 'zod';
import { USER_ROLES } from '../sync-protocol';
import { idField, storedNameField, storedTimestampField } from '../fields';

export const deviceSyncSchema = z.object({
  userId: idField,
  userName: storedNameField,
  role: z.enum(USER_ROLES),
  gridIds: z.array(idField),
  deviceId: z.string().min(1).max(100),
  lastPushAt: storedTimestampField.optional(),
  lastPullAt: storedTimestampField.optional(),
});
export type DeviceSync = z.output<typeof deviceSyncSchema>;
