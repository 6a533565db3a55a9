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
