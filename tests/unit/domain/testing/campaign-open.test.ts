import { describe, expect, it } from 'vitest';
import { isCampaignOpen } from '../../../../src/domain/testing/campaign-open';

describe('a testing campaign is open', () => {
  it('until its end date, that day included', () => {
    expect(isCampaignOpen({ endDate: '2026-11-27' }, '2026-11-26')).toBe(true);
    expect(isCampaignOpen({ endDate: '2026-11-27' }, '2026-11-27')).toBe(true);
    expect(isCampaignOpen({ endDate: '2026-11-27' }, '2026-11-28')).toBe(false);
  });

  it('not once the secretary closed it, even before its end date', () => {
    expect(isCampaignOpen({ endDate: '2026-11-27', closedAt: '2026-11-26T18:00:00.000Z' }, '2026-11-26')).toBe(false);
  });
});
