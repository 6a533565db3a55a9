/**
 * The community's signed-in phones over HTTP (issue 18; contract: src/domain/device-sessions.ts),
 * loaded on first use (lazy-modules.ts) by the secretary's Phones screen only. Failures are ApiError
 * with the wire code (NETWORK offline).
 */
import { reader } from '../../domain/api/response-readers';
import { communitySessionListSchema, revokeSessionResponseSchema, type CommunityDeviceSession } from '../../domain/device-sessions';
import type { ApiClient } from './api-client';

const readPhones = reader(communitySessionListSchema);
const readRevoked = reader(revokeSessionResponseSchema);

export async function listCommunityPhones(api: ApiClient, token: string, communityId: string): Promise<CommunityDeviceSession[]> {
  const path = `/communities/${encodeURIComponent(communityId)}/sessions`;
  return (await api.request({ method: 'GET', path, token }, () => readPhones)).sessions;
}

/** "Sign out this phone": ends its session; the phone is told SESSION_REVOKED and wipes itself. */
export async function signOutPhone(api: ApiClient, token: string, sessionId: string): Promise<void> {
  await api.request({ method: 'DELETE', path: `/sessions/${encodeURIComponent(sessionId)}`, token }, () => readRevoked);
}
