import { describe, expect, it } from 'vitest';
import { wallClockCell } from '../../../../src/domain/ledger/ledger-sheet';
import { testingCampaignSheet } from '../../../../src/domain/ledger/testing-campaign-sheet';
import { aCampaign, anExemption, aResult, aSampling, people, placeRecords } from '../../features/testing/campaign-screen-records';

describe('the testing campaign register', () => {
  it('lists every expected resident in walking order: samplings with site, tube and result; the others with their state', () => {
    const place = placeRecords();
    const sheet = testingCampaignSheet(
      {
        campaign: aCampaign(),
        samplings: [aSampling(people.zhang, 'T001'), aSampling(people.wang, 'T002', { atHome: true })],
        exemptions: [anExemption(people.li, 'away')],
        results: [aResult('T001', 'positive')],
        buildings: place.building ?? [],
        households: place.household ?? [],
        residents: place.resident ?? [],
      },
      { title: { community: '幸福社区', exportedAt: new Date('2026-11-26T12:00:00Z'), exportedBy: '书记' }, mask: true, label: (key) => `<${key}>` },
    );
    expect(sheet.title.register).toBe('ledger:registers.testingCampaign');
    expect(sheet.rows.slice(0, 3)).toEqual([
      ['李四', '2号楼-1-101', '<ledger:values.campaignState.away>', null, null, null, null],
      ['张三', '2号楼-1-101', '<ledger:values.campaignState.sampled>', wallClockCell('2026-11-26T08:30:00+08:00'), '南门采样点', 'T001', '<ledger:values.testResult.positive>'],
      ['王五', '2号楼-1-302', '<ledger:values.campaignState.sampled>', wallClockCell('2026-11-26T08:30:00+08:00'), '<ledger:values.campaignState.home_sampling>', 'T002', '<ledger:values.testResult.pending>'],
    ]);
    expect(sheet.rows.map((row) => row[0])).toEqual(['李四', '张三', '王五', '赵六', '周九', '钱七', '孙八']);
  });
});
