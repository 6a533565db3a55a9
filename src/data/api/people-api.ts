/**
 * The community's people over HTTP (issue 13; contract: src/domain/api/people.ts), loaded on first
 * use (lazy-modules.ts) so neither these calls nor their schemas weigh on the first screen. Each
 * goes through ApiClient.request: failures are ApiError with the wire code (NETWORK offline).
 */
import type { AddPersonRequest, AddPersonResponse, Person, SignInCode, SignInCodeInfo, UpdatePersonRequest } from '../../domain/api/people';
import { readPeopleAnswer } from '../../domain/api/people-readers';
import type { LoginResponse } from '../../domain/sync-protocol';
import type { ApiClient } from './api-client';

const person = (id: string) => `/people/${encodeURIComponent(id)}`;

export async function listPeople(api: ApiClient, token: string): Promise<Person[]> {
  return (await api.request({ method: 'GET', path: '/people', token }, () => readPeopleAnswer.people)).people;
}

export function addPerson(api: ApiClient, token: string, input: AddPersonRequest): Promise<AddPersonResponse> {
  return api.request({ method: 'POST', path: '/people', token, body: input }, () => readPeopleAnswer.added);
}

export async function updatePerson(api: ApiClient, token: string, personId: string, changes: UpdatePersonRequest): Promise<Person> {
  return (await api.request({ method: 'PATCH', path: person(personId), token, body: changes }, () => readPeopleAnswer.person)).person;
}

export async function endPerson(api: ApiClient, token: string, personId: string): Promise<Person> {
  return (await api.request({ method: 'POST', path: `${person(personId)}/end`, token }, () => readPeopleAnswer.person)).person;
}

export async function newSignInCode(api: ApiClient, token: string, personId: string): Promise<SignInCode> {
  return (await api.request({ method: 'POST', path: `${person(personId)}/sign-in-code`, token }, () => readPeopleAnswer.signInCode)).signInCode;
}

/** Public: who a code is for. */
export function checkSignInCode(api: ApiClient, code: string): Promise<SignInCodeInfo> {
  return api.request({ method: 'POST', path: '/auth/sign-in-code/check', body: { code } }, () => readPeopleAnswer.codeInfo);
}

/** Public: sets the password with the code; answers like sign-in. */
export function redeemSignInCode(api: ApiClient, code: string, password: string, deviceId: string): Promise<LoginResponse> {
  return api.request({ method: 'POST', path: '/auth/sign-in-code/redeem', body: { code, password, deviceId } }, () => readPeopleAnswer.signedIn);
}
