/** The poster calls over HTTP: the contract's paths, answers read with its schemas, failures as ApiError with the wire code. */
import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../../../src/data/api/api-client';
import { ApiError } from '../../../../src/data/api/api-error';
import { getPosterSheet, replacePosterCode } from '../../../../src/data/api/poster-api';
import type { PosterSheet } from '../../../../src/domain/api/posters';

const BUILDING = '0192f1b4-0000-7000-8000-0000000000b1';
const sheet: PosterSheet = {
  building: { id: BUILDING, name: '1栋', address: null, sealed: false, sealedSince: null },
  community: { name: '幸福里社区', hotline: null },
  gridWorkers: [],
  units: [{ unit: '1', token: 'a'.repeat(43) }],
};

function clientAnswering(status: number, body: unknown) {
  const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response(JSON.stringify(body), { status }));
  return { api: new ApiClient({ baseUrl: 'http://server.test', fetch }), fetch };
}

describe('poster calls', () => {
  it('reads a building’s sheet with the bearer token', async () => {
    const { api, fetch } = clientAnswering(200, sheet);
    expect(await getPosterSheet(api, 'token-1', BUILDING)).toEqual(sheet);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(`http://server.test/api/v1/buildings/${BUILDING}/posters`);
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer token-1');
  });

  it('replaces a unit’s code with a POST', async () => {
    const { api, fetch } = clientAnswering(200, { unit: '2', token: 'b'.repeat(43) });
    expect(await replacePosterCode(api, 'token-1', BUILDING, '2')).toEqual({ unit: '2', token: 'b'.repeat(43) });
    expect(fetch.mock.calls[0]![0]).toBe(`http://server.test/api/v1/buildings/${BUILDING}/posters/2/replace`);
    expect(fetch.mock.calls[0]![1]?.method).toBe('POST');
  });

  it('an answer that does not fit the contract is SERVER; a refusal keeps its wire code', async () => {
    await expect(getPosterSheet(clientAnswering(200, { units: 'x' }).api, 't', BUILDING)).rejects.toMatchObject({ code: 'SERVER' });
    const refused = getPosterSheet(clientAnswering(403, { error: { code: 'FORBIDDEN', message: 'no' } }).api, 't', BUILDING);
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({ code: 'FORBIDDEN', status: 403 });
  });
});
