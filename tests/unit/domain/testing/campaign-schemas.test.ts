import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { campaignExemptionSchema } from '../../../../src/domain/entities/campaign-exemption';
import { samplingSchema, tubeNumberField } from '../../../../src/domain/entities/sampling';
import { testResultSchema } from '../../../../src/domain/entities/test-result';
import { testingCampaignSchema } from '../../../../src/domain/entities/testing-campaign';
import { fieldErrors } from '../../../../src/domain/validation-errors';

const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

function errorsOf(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrors(result.error);
}

const aCampaign = (overrides: object = {}) => ({
  communityId: id(1),
  name: '第三轮全员核酸检测',
  startDate: '2026-11-01',
  endDate: '2026-11-02',
  sites: [{ id: id(10), name: '东门广场', checkpointId: id(11) }, { id: id(12), name: '3号楼下' }],
  poolSize: 10,
  ...overrides,
});

const aSampling = (overrides: object = {}) => ({
  campaignId: id(2),
  residentId: id(3),
  householdId: id(4),
  sampledAt: '2026-11-01T09:00:00+08:00',
  siteId: id(10),
  atHome: false,
  tubeNumber: 'A0001',
  ...overrides,
});

describe('testing campaign schema', () => {
  it('accepts a campaign over every building or over a list of them', () => {
    expect(errorsOf(testingCampaignSchema, aCampaign())).toEqual({});
    expect(errorsOf(testingCampaignSchema, aCampaign({ buildingIds: [id(5), id(6)], poolSize: 1 }))).toEqual({});
    expect(errorsOf(testingCampaignSchema, aCampaign({ poolSize: 20, endDate: '2026-11-01' }))).toEqual({});
  });

  it('refuses an end before the start', () => {
    expect(errorsOf(testingCampaignSchema, aCampaign({ endDate: '2026-10-31' }))).toEqual({ endDate: 'end_before_start' });
  });

  it('takes only single, 10-in-1 or 20-in-1 pooling', () => {
    expect(errorsOf(testingCampaignSchema, aCampaign({ poolSize: 5 }))).toEqual({ poolSize: 'pool_size_invalid' });
    expect(errorsOf(testingCampaignSchema, aCampaign({ poolSize: '10' }))).toEqual({ poolSize: 'pool_size_invalid' });
  });

  it('needs 1 to 20 sites with different ids, and a building list that is not empty nor repeats', () => {
    expect(errorsOf(testingCampaignSchema, aCampaign({ sites: [] }))).toEqual({ sites: 'sites_required' });
    const many = Array.from({ length: 21 }, (_, i) => ({ id: id(100 + i), name: `点${i}` }));
    expect(errorsOf(testingCampaignSchema, aCampaign({ sites: many }))).toEqual({ sites: 'too_many' });
    expect(errorsOf(testingCampaignSchema, aCampaign({ sites: [{ id: id(10), name: 'A' }, { id: id(10), name: 'B' }] }))).toEqual({ sites: 'site_duplicate' });
    expect(errorsOf(testingCampaignSchema, aCampaign({ sites: [{ id: id(10), name: ' ' }] }))).toEqual({ 'sites.0.name': 'name_required' });
    expect(errorsOf(testingCampaignSchema, aCampaign({ buildingIds: [] }))).toEqual({ buildingIds: 'buildings_required' });
    expect(errorsOf(testingCampaignSchema, aCampaign({ buildingIds: [id(5), id(5)] }))).toEqual({ buildingIds: 'building_duplicate' });
  });
});

describe('campaign exemption schema', () => {
  const anExemption = (overrides: object = {}) => ({ campaignId: id(2), residentId: id(3), householdId: id(4), kind: 'away', ...overrides });

  it('takes a return date for away only', () => {
    expect(errorsOf(campaignExemptionSchema, anExemption({ returnDate: '2026-12-10' }))).toEqual({});
    expect(errorsOf(campaignExemptionSchema, anExemption({ kind: 'home_sampling', note: '卧床' }))).toEqual({});
    expect(errorsOf(campaignExemptionSchema, anExemption({ kind: 'home_sampling', returnDate: '2026-12-10' }))).toEqual({
      returnDate: 'return_date_only_when_away',
    });
    expect(errorsOf(campaignExemptionSchema, anExemption({ kind: 'sick' }))).toEqual({ kind: 'exemption_kind_invalid' });
  });
});

describe('sampling schema', () => {
  it('stores the tube number trimmed and in capitals', () => {
    expect(samplingSchema.parse(aSampling({ tubeNumber: ' ab-0012 ' })).tubeNumber).toBe('AB-0012');
    expect(tubeNumberField.parse('x'.repeat(40))).toBe('X'.repeat(40));
  });

  it('refuses a tube number that is empty, too long or has other characters', () => {
    for (const tubeNumber of ['', '   ', 'x'.repeat(41), 'AB 12', 'AB_12', '管01', 12]) {
      expect(errorsOf(samplingSchema, aSampling({ tubeNumber }))).toEqual({ tubeNumber: 'tube_number_invalid' });
    }
  });

  it('names a site unless sampled at home, and none when at home', () => {
    const { siteId: _none, ...atHome } = aSampling({ atHome: true });
    expect(errorsOf(samplingSchema, atHome)).toEqual({});
    expect(errorsOf(samplingSchema, aSampling({ atHome: true }))).toEqual({ siteId: 'site_only_when_at_site' });
    const { siteId: _missing, ...noSite } = aSampling();
    expect(errorsOf(samplingSchema, noSite)).toEqual({ siteId: 'site_required' });
  });
});

describe('test result schema', () => {
  const aResult = (overrides: object = {}) => ({ campaignId: id(2), tubeNumber: 'a0001', result: 'positive', resultAt: '2026-11-01T18:00:00+08:00', ...overrides });

  it('matches the sampling’s tube number and takes negative, positive or invalid', () => {
    expect(testResultSchema.parse(aResult()).tubeNumber).toBe('A0001');
    expect(errorsOf(testResultSchema, aResult({ result: 'invalid', note: '溶血' }))).toEqual({});
    expect(errorsOf(testResultSchema, aResult({ result: '阳性' }))).toEqual({ result: 'result_invalid' });
    expect(errorsOf(testResultSchema, aResult({ tubeNumber: 'A 1' }))).toEqual({ tubeNumber: 'tube_number_invalid' });
  });
});
