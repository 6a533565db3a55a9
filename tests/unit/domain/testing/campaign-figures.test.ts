import { describe, expect, it } from 'vitest';
import { campaignOverview, buildingFigures, homeSamplingList, notTestedList } from '../../../../src/domain/testing/campaign-figures';
import { campaignCoversBuilding, expectedResidents, samplingsOfResident, samplingsOutside } from '../../../../src/domain/testing/campaign-people';
import { buildings, campaign, campaignInput, CAMPAIGN, samplings } from '../../../fixtures/testing-campaign-records';

const expected = expectedResidents(campaignInput());
const stateOf = (residentId: string) => expected.find((p) => p.resident.id === residentId)?.state;
const campaignBuildings = buildings.filter((b) => campaignCoversBuilding(campaign, b.id));

describe('who a testing campaign expects and their state', () => {
  it('gives sampled, away, home sampling and not tested from live records of this campaign only', () => {
    expect(stateOf('r1')).toBe('sampled');
    expect(stateOf('r3')).toBe('away'); // away stands over a home sampling also marked
    expect(expected.find((p) => p.resident.id === 'r3')?.exemption?.returnDate).toBe('2026-12-10');
    expect(stateOf('r4')).toBe('home_sampling');
    expect(stateOf('r5')).toBe('sampled'); // home sampling done
    expect(stateOf('r12')).toBe('not_tested'); // its only sampling was voided
    expect(stateOf('r13')).toBe('not_tested'); // its away was voided
    expect(stateOf('r21')).toBe('not_tested'); // away in another campaign
    expect(stateOf('r6')).toBe('not_tested'); // sampled in another campaign
  });

  it('flags a resident sampled twice, without counting them twice', () => {
    const twice = expected.find((p) => p.resident.id === 'r2');
    expect(twice?.sampledTwice).toBe(true);
    expect(twice?.samplings.map((s) => s.tubeNumber)).toEqual(['T1', 'T2']);
    expect(expected.find((p) => p.resident.id === 'r1')?.sampledTwice).toBe(false);
    expect(samplingsOfResident(samplings, CAMPAIGN, 'r2')).toHaveLength(2);
    expect(samplingsOfResident(samplings, CAMPAIGN, 'r12')).toEqual([]);
  });

  it('keeps a resident who moved out after being sampled as sampled, and drops one who moved out unsampled', () => {
    expect(stateOf('r10')).toBe('sampled');
    expect(stateOf('r11')).toBeUndefined();
  });

  it('expects nobody of a building outside the campaign’s list, though their sampling still counts in its tube', () => {
    expect(stateOf('r90')).toBeUndefined();
    expect(stateOf('r91')).toBeUndefined();
    expect(samplingsOutside(campaignInput(), expected).map((s) => s.residentId)).toEqual(['r90']);
  });

  it('expects every building of the community when the campaign names none', () => {
    const all = expectedResidents(campaignInput({ campaign: { id: CAMPAIGN, poolSize: 10 } }));
    expect(all.find((p) => p.resident.id === 'r90')?.state).toBe('sampled');
    expect(all.find((p) => p.resident.id === 'r91')?.state).toBe('not_tested');
    expect(all).toHaveLength(expected.length + 2);
  });
});

describe('campaign figures', () => {
  it('counts sampled / expected per building and unit', () => {
    const figures = buildingFigures(expected, campaignBuildings);
    expect(figures.map((f) => f.building.name)).toEqual(['3号楼', '5号楼', '10号楼']);
    const b3 = figures[0]!;
    expect(b3.counts).toEqual({ expected: 12, sampled: 4, away: 1, homeSampling: 1, notTested: 6, sampledTwice: 1 });
    expect(b3.units).toEqual([
      { unit: '1', counts: { expected: 11, sampled: 4, away: 1, homeSampling: 1, notTested: 5, sampledTwice: 1 } },
      { unit: '2', counts: { expected: 1, sampled: 0, away: 0, homeSampling: 0, notTested: 1, sampledTwice: 0 } },
    ]);
    expect(figures[2]!.counts).toEqual({ expected: 9, sampled: 8, away: 0, homeSampling: 0, notTested: 1, sampledTwice: 0 });
  });

  it('sums the overview per grid and for the community', () => {
    const overview = campaignOverview(expected, campaignBuildings);
    expect(overview.grids.map((g) => [g.gridId, g.buildings.map((b) => b.building.id)])).toEqual([
      ['g1', ['b3', 'b10']],
      ['g2', ['b5']],
    ]);
    expect(overview.grids[1]!.counts).toEqual({ expected: 2, sampled: 1, away: 0, homeSampling: 1, notTested: 0, sampledTwice: 0 });
    expect(overview.counts).toEqual({ expected: 23, sampled: 13, away: 1, homeSampling: 2, notTested: 7, sampledTwice: 1 });
  });

  it('shows an empty building of the campaign as 0 of 0', () => {
    const empty = { id: 'b7', gridId: 'g2', name: '7号楼' };
    const figures = buildingFigures(expected, [...campaignBuildings, empty]);
    expect(figures.find((f) => f.building.id === 'b7')?.counts.expected).toBe(0);
  });

  it('lists a building’s Not tested in walking order: unit, floor, room, then name; rooms without a floor last', () => {
    const list = notTestedList(expected, 'b3');
    expect(list.map((p) => `${p.household.unit}-${p.household.room} ${p.resident.name}`)).toEqual([
      '1-101 卫四',
      '1-302 蒋五',
      '1-302 周九',
      '1-1502 吴十',
      '1-门面 郑一',
      '2-201 孙八',
    ]);
    expect(notTestedList(expected, 'b9')).toEqual([]);
  });

  it('lists a grid’s Home sampling still to do, with addresses and notes', () => {
    const g1 = homeSamplingList(expected, 'g1');
    expect(g1.map((e) => [e.resident.id, e.address, e.exemption.note])).toEqual([['r4', '3号楼 1-1502', '卧床']]);
    expect(homeSamplingList(expected, 'g2').map((e) => e.address)).toEqual(['5号楼 1-101']);
  });
});
