/**
 * The street officers of a city morning: one account per street (role street_officer), signed in with the
 * phones; each reads its street's communities from the start while the grid workers push, then pulls on
 * (the morning's fever reports…) while they pull. Their own HTTP figures. Checked afterwards: each holds
 * exactly its street's scope as the server filters it (load-verify.ts), and, from the city's geometry
 * rather than the server's code, exactly its street's communities' records of the kinds it may read,
 * its street and its district; sampled officers' fever reports arrive without the person.
 */
import { randomUUID } from 'node:crypto';
import { pullResponseSchema } from '../../src/domain/sync-protocol';
import { hashPassword } from '../../src/server/auth/password';
import type { Database } from '../../src/server/db/database';
import { cityId, districtOf, streetOf, type CityShape } from './city-plan';
import type { LocalHttp } from './load-http';
import { verifyScopes, type Check } from './load-verify';
import { applyPage, newPhoneState, type PhoneState } from './phone-run';

/** What a street officer may read of its communities, written out here (not imported: the check must not share the server's list). */
const OFFICER_READS = ['community', 'grid', 'daily_report', 'community_report', 'fever_report', 'seal_period', 'building'];
/** A fever report as a street officer receives it: no resident, household or phone. */
const HIDDEN_FROM_OFFICERS = ['residentId', 'householdId', 'phone'];
const SAMPLED_OFFICERS = 3;

export interface Officer {
  state: PhoneState;
  street: number;
}

export async function createOfficers(db: Database, shape: CityShape, prefix: string, password: string): Promise<Officer[]> {
  const officers: Officer[] = [];
  for (let street = 0; street < shape.streets; street++) {
    const username = `${prefix}-street-${street + 1}`;
    const grid = { id: '', communityId: '', buildingIds: [], households: [] };
    const phone = { index: street, username, userId: randomUUID(), deviceId: `${prefix}-street-device-${street + 1}`, communityId: '', grid };
    officers.push({ street, state: newPhoneState({ phone, mutations: [], kinds: new Map(), created: new Map(), patches: [] }) });
  }
  await db.query(
    `INSERT INTO users (id, username, display_name, role, community_id, password_hash, street_id)
     SELECT u.id, u.username, '街道 ' || u.username, 'street_officer', NULL, $4, u.street_id
       FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS u (id, username, street_id)`,
    [
      officers.map((o) => o.state.plan.phone.userId),
      officers.map((o) => o.state.plan.phone.username),
      officers.map((o) => cityId('street', o.street)),
      await hashPassword(password),
    ],
  );
  return officers;
}

/** Every officer at once: its scope from its cursor (from the start the first time) to the end. */
export async function officersPull(officers: Officer[], http: LocalHttp, pullLimit: number): Promise<void> {
  await Promise.all(
    officers.map(async ({ state }) => {
      if (state.token === null || state.error !== null) return;
      try {
        state.cursor = await http.pullToEnd(state.token, state.cursor ?? '', pullLimit, (page) => applyPage(state, page));
      } catch (error) {
        state.error = error instanceof Error ? error.message : String(error);
      }
    }),
  );
}

/** Exactly the street's communities' readable kinds, its street and its district, from the geometry. */
async function holdings(db: Database, shape: CityShape, officers: Officer[]): Promise<Check> {
  const problems: string[] = [];
  let compared = 0;
  for (const { state, street } of officers) {
    const communities: string[] = [];
    for (let c = 0; c < shape.communities; c++) if (streetOf(shape, c) === street) communities.push(cityId('community', c));
    const { rows } = await db.query<{ id: string }>(
      `SELECT id::text AS id FROM records WHERE community_id = ANY($1::uuid[]) AND entity = ANY($2::text[])
       UNION ALL SELECT $3::text UNION ALL SELECT $4::text`,
      [communities, OFFICER_READS, cityId('street', street), cityId('district', districtOf(shape, street))],
    );
    compared += rows.length;
    const wanted = new Set(rows.map((row) => row.id));
    const missing = [...wanted].filter((id) => !state.pulled.has(id)).length;
    const extra = [...state.pulled.keys()].filter((id) => !wanted.has(id)).length;
    if (missing + extra > 0) problems.push(`${state.plan.phone.username}: ${missing} missing, ${extra} beyond its street's ${communities.length} communities' readable kinds`);
  }
  const detail = `${officers.length} officers, ${compared} ids compared; ${problems.length} differ${problems[0] ? `: ${problems.slice(0, 3).join('; ')}` : ''}`;
  return { name: "each street officer holds exactly its street's communities' readable kinds, its street and district (from the geometry)", ok: problems.length === 0, detail };
}

/** A few officers pull again from the start with the contract's schema: kinds allowed, fever reports without the person. */
async function masked(baseUrl: string, officers: Officer[], pullLimit: number): Promise<Check> {
  const problems: string[] = [];
  let fevers = 0;
  let changes = 0;
  for (const { state } of officers.filter((o) => o.state.token !== null).slice(0, SAMPLED_OFFICERS)) {
    let cursor = '';
    for (let page = 0; page < 10_000; page++) {
      const query = new URLSearchParams({ cursor, limit: String(pullLimit) });
      const response = await fetch(`${baseUrl}/api/v1/sync/pull?${query.toString()}`, { headers: { authorization: `Bearer ${state.token ?? ''}` } });
      if (response.status !== 200) {
        problems.push(`${state.plan.phone.username}: pull answered ${response.status}`);
        break;
      }
      const body = pullResponseSchema.parse(await response.json());
      for (const change of body.changes) {
        changes += 1;
        if (![...OFFICER_READS, 'street', 'district'].includes(change.entity)) problems.push(`${state.plan.phone.username} received a ${change.entity}`);
        if (change.entity !== 'fever_report') continue;
        fevers += 1;
        const shown = HIDDEN_FROM_OFFICERS.filter((field) => field in change.data);
        if (shown.length > 0 || !String(change.data.name).includes('*')) problems.push(`fever report ${change.id}: ${shown.join(', ') || `name ${String(change.data.name)}`}`);
      }
      cursor = body.cursor;
      if (!body.hasMore) break;
    }
  }
  const detail = `${Math.min(SAMPLED_OFFICERS, officers.length)} officers, ${changes} changes, ${fevers} fever reports; ${problems.length} problems${problems[0] ? `: ${problems.slice(0, 3).join('; ')}` : ''}`;
  return { name: 'sampled street officers receive only their kinds, fever reports without the person', ok: problems.length === 0, detail };
}

export async function verifyOfficers(db: Database, http: LocalHttp, baseUrl: string, shape: CityShape, officers: Officer[], pullLimit: number): Promise<Check[]> {
  const states = officers.map((o) => o.state);
  const scope = await verifyScopes({ db, http, states, baseline: new Map(), pullLimit, resendSample: 0 });
  return [
    { ...scope, name: "each street officer's pull holds exactly its scope (the server's filter)", detail: scope.detail.replace(/\bphones?\b/g, 'officers') },
    await holdings(db, shape, officers),
    await masked(baseUrl, officers, pullLimit),
  ];
}
