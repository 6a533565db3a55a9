import { describe, expect, it } from 'vitest';
import { isMasked, refusedRequestIds, standingOf, timeAgo } from '../../../../src/features/volunteer/request-facts';
import { rejectedEntry } from '../../../fixtures/fake-data-client';
import { ids, OTHER_VOLUNTEER, request, volunteer } from './volunteer-fixtures';

describe('request facts', () => {
  it('tells a masked phone from a full one', () => {
    expect(isMasked('138****1234')).toBe(true);
    expect(isMasked('13812341234')).toBe(false);
  });

  it('says how long ago in minutes, hours, days', () => {
    const now = Date.parse('2026-11-25T10:00:00.000Z');
    expect(timeAgo('2026-11-25T09:59:40.000Z', now)).toEqual({ key: 'volunteer:ago.justNow', count: 0 });
    expect(timeAgo('2026-11-25T09:48:00.000Z', now)).toEqual({ key: 'volunteer:ago.minutes', count: 12 });
    expect(timeAgo('2026-11-25T07:00:00.000Z', now)).toEqual({ key: 'volunteer:ago.hours', count: 3 });
    expect(timeAgo('2026-11-23T09:00:00.000Z', now)).toEqual({ key: 'volunteer:ago.days', count: 2 });
    expect(timeAgo(undefined, now)).toBeNull();
  });

  it('finds the requests whose claim or delivery the server refused as claimed by another volunteer', () => {
    const refused = refusedRequestIds([
      rejectedEntry({ entity: 'help_request', op: 'patch', recordId: ids.refused, error: { code: 'VALIDATION', message: 'x', fields: { state: 'claimed_by_other' } } }),
      rejectedEntry({
        entity: 'delivery',
        op: 'create',
        recordId: '0192f1b4-0000-7000-8000-00000000d009',
        data: { helpRequestId: ids.mine },
        error: { code: 'VALIDATION', message: 'x', fields: { helpRequestId: 'claimed_by_other' } },
      }),
      // Refused for another reason: not "claimed by another volunteer".
      rejectedEntry({ entity: 'help_request', op: 'patch', recordId: ids.medicine, error: { code: 'VALIDATION', message: 'x', fields: { state: 'request_closed' } } }),
    ]);
    expect([...refused].sort()).toEqual([ids.mine, ids.refused].sort());
  });

  it('places a request for this volunteer', () => {
    const none = new Set<string>();
    expect(standingOf(request(ids.medicine), volunteer.id, none)).toBe('open');
    expect(standingOf(request(ids.mine, { state: 'claimed', claimedBy: volunteer.id }), volunteer.id, none)).toBe('mine');
    expect(standingOf(request(ids.mine, { state: 'delivered', claimedBy: volunteer.id }), volunteer.id, none)).toBe('delivered');
    expect(standingOf(request(ids.other, { state: 'claimed', claimedBy: OTHER_VOLUNTEER }), volunteer.id, none)).toBe('other');
    expect(standingOf(request(ids.other, { state: 'delivered', claimedBy: OTHER_VOLUNTEER }), volunteer.id, none)).toBe('other');
    expect(standingOf(request(ids.mine, { state: 'claimed', claimedBy: volunteer.id }), volunteer.id, new Set([ids.mine]))).toBe('refused');
    expect(standingOf(request(ids.medicine, { state: 'cancelled' }), volunteer.id, none)).toBe('closed');
  });
});
