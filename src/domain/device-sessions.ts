/**
 * Wire contract v1, signed-in devices: a user's live sessions (one per signed-in device) and revoking
 * one. A secretary sees the users of her community, an admin everyone, anyone else only themselves.
 */
import { z } from 'zod';

const idField = z.guid();

export const userSessionsParamsSchema = z.object({ userId: idField.meta({ description: 'the user whose devices to list' }) });

export const sessionParamsSchema = z.object({ sessionId: idField.meta({ description: 'the session (device) to sign out' }) });

export const deviceSessionSchema = z.object({
  sessionId: z.string(),
  deviceId: z.string().meta({ description: 'the id the device gave when signing in' }),
  createdAt: z.string().meta({ format: 'date-time', description: 'when the device signed in' }),
  lastUsedAt: z.string().meta({ format: 'date-time', description: 'its last request or refresh (to the minute)' }),
  current: z.boolean().meta({ description: 'true for the session of the request’s own access token' }),
});
export type DeviceSession = z.output<typeof deviceSessionSchema>;

export const deviceSessionListSchema = z
  .object({ sessions: z.array(deviceSessionSchema) })
  .meta({ description: 'The user’s live sessions, the most recently used first' });
export type DeviceSessionList = z.output<typeof deviceSessionListSchema>;

export const revokeSessionResponseSchema = z.object({ status: z.literal('ok') }).meta({ description: 'The session is ended' });
export type RevokeSessionResponse = z.output<typeof revokeSessionResponseSchema>;

/**
 * GET /api/v1/communities/{communityId}/sessions (issue 18): every signed-in phone of a community's
 * users, for its secretary (an admin any community's) to see and sign out ("Sign out this phone").
 */
export const communitySessionsParamsSchema = z.object({ communityId: idField.meta({ description: 'the community whose signed-in phones to list' }) });

export const communityDeviceSessionSchema = deviceSessionSchema.extend({
  userId: z.string(),
  userName: z.string().meta({ description: 'the user’s display name' }),
  role: z.string().meta({ description: 'the user’s role (grid_worker, secretary, volunteer, admin)' }),
  lastSyncAt: z
    .string()
    .nullable()
    .meta({ format: 'date-time', description: 'the device’s last push or pull as the server recorded it (every 5 minutes at most); null: never synced' }),
});
export type CommunityDeviceSession = z.output<typeof communityDeviceSessionSchema>;

export const communitySessionListSchema = z
  .object({ sessions: z.array(communityDeviceSessionSchema) })
  .meta({ description: 'The community’s live sessions, the most recently used first' });
export type CommunitySessionList = z.output<typeof communitySessionListSchema>;
