import { describe, expect, it } from 'vitest';
import { expectedResidents } from '../../../../src/domain/testing/campaign-people';
import { campaignTubes, latestResults, nextTubeState, positivePools, residentResult } from '../../../../src/domain/testing/campaign-tubes';
import { buildings, campaignInput, CAMPAIGN, households, residents, results, samplings } from '../../../fixtures/testing-campaign-records';

const tubes = campaignTubes(samplings, CAMPAIGN, 10);
const standing = latestResults(results, CAMPAIGN);

describe('tubes of a 10-in-1 campaign', () => {
  it('counts the live samplings in each tube, full at 10', () => {
    expect([...tubes.keys()].sort()).toEqual(['T1', 'T2', 'T3']);
    const t1 = tubes.get('T1')!;
    // 11 samplings were written into T1, one voided.
    expect([t1.count, t1.full, t1.overfull]).toEqual([10, true, false]);
    expect(t1.residentIds).not.toContain('r12');
    // " t2 " and "T2" are one tube; the outside building's resident is in it.
    const t2 = tubes.get('T2')!;
    expect([t2.count, t2.full]).toEqual([4, false]);
    expect(t2.residentIds).toEqual(['r2', 'r31', 'r90', 'r5']);
  });

  it('is overfull past its pool size, and every single tube is full with one person', () => {
    expect(campaignTubes(samplings, CAMPAIGN, 1).get('T2')).toMatchObject({ full: true, overfull: true });
    expect(campaignTubes(samplings, CAMPAIGN, 1).get('T3')).toMatchObject({ count: 1, full: true, overfull: false });
  });

  it('tells the site screen how many are in the current tube and when a new tube is needed', () => {
    expect(nextTubeState(undefined, 10)).toEqual({ tubeNumber: null, count: 0, poolSize: 10, remaining: 0, newTubeNeeded: true });
    expect(nextTubeState(tubes.get('T2'), 10)).toEqual({ tubeNumber: 'T2', count: 4, poolSize: 10, remaining: 6, newTubeNeeded: false });
    expect(nextTubeState(tubes.get('T1'), 10)).toMatchObject({ count: 10, remaining: 0, newTubeNeeded: true });
    expect(nextTubeState({ tubeNumber: 'A', count: 9 }, 10).newTubeNeeded).toBe(false);
    expect(nextTubeState({ tubeNumber: 'A', count: 1 }, 1).newTubeNeeded).toBe(true);
  });
});

describe('lab results', () => {
  it('keeps the latest live result of each tube: an invalid retested negative is negative', () => {
    expect(standing.get('T1')?.result).toBe('positive');
    expect(standing.get('T2')?.result).toBe('negative'); // not the voided positive of 20:00
    expect(standing.has('T3')).toBe(false); // another campaign's T3 is not this one's
  });

  it('gives each person the result of their latest tube with one, pending without', () => {
    const people = expectedResidents(campaignInput());
    const resultOf = (id: string) => residentResult(people.find((p) => p.resident.id === id)!.samplings, standing);
    expect(resultOf('r1')).toBe('positive');
    expect(resultOf('r2')).toBe('negative'); // positive pool, then re-tested negative
    expect(resultOf('r28')).toBe('pending');
    expect(resultOf('r4')).toBe('pending');
  });

  it('lists everyone in a positive pool with their households, building by building in walking order', () => {
    const pools = positivePools({ tubes, results: standing, residents, households, buildings });
    expect(pools.map((p) => p.tubeNumber)).toEqual(['T1']);
    const pool = pools[0]!;
    expect(pool.people).toHaveLength(10);
    expect(pool.people.map((p) => p.residentId).sort()).toEqual(['r1', 'r10', 'r2', 'r20', 'r22', 'r23', 'r24', 'r25', 'r26', 'r27']);
    // 3号楼 before 10号楼; in one room by name (陈 chen, 李 li, 张 zhang).
    expect(pool.people.slice(0, 3).map((p) => p.resident?.name)).toEqual(['陈二', '李四', '张三']);
    expect(pool.people.every((p) => p.household !== undefined)).toBe(true);
    expect(pool.people[0]?.household?.id).toBe('h3-1-101');
    expect(pool.buildingIds).toEqual(['b3', 'b10']);
    // r2 was sampled again into T2 after the pool; the others wait for their re-test.
    expect(pool.people.filter((p) => p.retestedAt !== undefined).map((p) => p.residentId)).toEqual(['r2']);
  });
});
