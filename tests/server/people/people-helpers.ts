/** Helpers of the people tests: another community with its secretary, adding people, codes. */
import type { AddPersonResponse } from '../../../src/domain/api/people';
import type { LoginResponse } from '../../../src/domain/sync-protocol';
import { createSystemRecord } from '../../../src/server/admin/system-records';
import { chinaToday } from '../../../src/server/people/account-end';
import { createUser } from '../../../src/server/auth/users';
import type { TestServer } from '../../fixtures/server-harness';
import { apiClient, type ApiClient, type ApiResult } from '../../fixtures/server-client';

let phoneSeq = 0;
/** A fresh mobile number per call. */
export const newPhone = () => `137${String(Date.now() % 1e6).padStart(6, '0')}${String(phoneSeq++ % 100).padStart(2, '0')}`;

/** Today plus `days` in China (the accounts' end dates are China dates). */
export const chinaDay = (days: number) => chinaToday(Date.now() + days * 86_400_000);

export const buildingNamed = (server: TestServer, name: string) => {
  const building = server.demo.buildings.find((b) => b.name === name);
  if (!building) throw new Error(`no building ${name}`);
  return building.id;
};

/** Another community with a grid, a building and its secretary (secretary9). */
export async function otherCommunity(server: TestServer): Promise<{ communityId: string; gridId: string; buildingId: string; secretary: ApiClient }> {
  const communityId = await createSystemRecord(server.db, 'community', { name: '别的社区' });
  const gridId = await createSystemRecord(server.db, 'grid', { communityId, name: '别的网格' });
  const buildingId = await createSystemRecord(server.db, 'building', { gridId, name: '1号楼', units: 1, floors: 6, sealed: false });
  await createUser(server.db, { username: 'secretary9', displayName: '别的书记', role: 'secretary', communityId, password: server.password });
  return { communityId, gridId, buildingId, secretary: await server.api('secretary9') };
}

export function aVolunteer(server: TestServer, overrides: Record<string, unknown> = {}) {
  return { name: '志愿者 周敏', phone: newPhone(), role: 'volunteer', buildingIds: [buildingNamed(server, '2栋')], endsOn: chinaDay(30), ...overrides };
}

export async function addPerson(client: ApiClient, body: unknown): Promise<AddPersonResponse> {
  const res = await client.request<AddPersonResponse>('POST', '/api/v1/people', body);
  if (res.status !== 201) throw new Error(`add failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export function redeem(server: TestServer, code: string, password = 'new-password-1', deviceId = 'new-phone'): Promise<ApiResult<LoginResponse>> {
  return apiClient(server.url).request<LoginResponse>('POST', '/api/v1/auth/sign-in-code/redeem', { code, password, deviceId });
}

export function check(server: TestServer, code: string): Promise<ApiResult<unknown>> {
  return apiClient(server.url).request('POST', '/api/v1/auth/sign-in-code/check', { code });
}

export function login(server: TestServer, username: string, password: string): Promise<ApiResult<LoginResponse>> {
  return apiClient(server.url).request<LoginResponse>('POST', '/api/v1/auth/login', { username, password, deviceId: 'new-phone' });
}

export function refresh(server: TestServer, refreshToken: string): Promise<ApiResult<LoginResponse>> {
  return apiClient(server.url).request<LoginResponse>('POST', '/api/v1/auth/refresh', { refreshToken });
}

/** The error code of a failed answer. */
export const codeOf = (res: ApiResult<unknown>) => (res.body as { error?: { code?: string } }).error?.code;
