import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import { localDateOf } from '../../../../src/shared/local-date';
import { renderApp } from '../../../fixtures/render-with-providers';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { localRecord } from '../../../fixtures/fake-data-client';
import { building, clientWith, HOUSEHOLD, household } from './resident-support';

const ZHANG = '0192f1b4-0000-7000-8000-0000000000d1';
const LI = '0192f1b4-0000-7000-8000-0000000000d2';
const WANG = '0192f1b4-0000-7000-8000-0000000000d3';
const OTHER_HOUSEHOLD = '0192f1b4-0000-7000-8000-0000000000c2';

/** New Year's Day `years` years back: the birthday has always passed, so the age is exactly `years` on any test day. */
function bornYearsAgo(years: number): string {
  return `${Number(localDateOf().slice(0, 4)) - years}-01-01`;
}

const residents: LocalRecord<'resident'>[] = [
  localRecord('resident', ZHANG, { householdId: HOUSEHOLD, name: '张三', sex: 'male', birthDate: bornYearsAgo(76), tags: ['elderly_alone', 'chronic_illness'] }),
  localRecord('resident', LI, { householdId: HOUSEHOLD, name: '李梅', tags: [] }, 'pending'),
  localRecord('resident', WANG, { householdId: HOUSEHOLD, name: '王五', sex: 'male', birthDate: '1980-01-01', tags: ['renter'], movedOutOn: '2026-10-01' }),
];

function visit(id: string, visitedAt: string, fields: Partial<EntityData<'visit'>> & { voidedAt?: string; voidReason?: string } = {}): LocalRecord<'visit'> {
  return localRecord('visit', id, { householdId: HOUSEHOLD, visitedAt, outcome: 'visited', checks: [], ...fields });
}

const visits: LocalRecord<'visit'>[] = [
  visit('0192f1b4-0000-7000-8000-0000000000e1', '2026-11-20T09:00:00+08:00', { outcome: 'not_home' }),
  visit('0192f1b4-0000-7000-8000-0000000000e2', '2026-11-24T09:00:00+08:00', {
    checks: [
      { residentId: ZHANG, temperature: 38.2, symptoms: ['fever'] },
      { residentId: LI, temperature: 36.5, symptoms: [] },
    ],
  }),
  visit('0192f1b4-0000-7000-8000-0000000000e3', '2026-11-22T09:00:00+08:00', {
    voidedAt: '2026-11-22T10:00:00+08:00',
    voidReason: '录错户了',
  }),
];

const reports: LocalRecord<'fever_report'>[] = [
  localRecord('fever_report', '0192f1b4-0000-7000-8000-0000000000f1', {
    householdId: HOUSEHOLD,
    residentId: ZHANG,
    name: '张三',
    temperature: 38.2,
    symptoms: ['fever'],
    action: 'fever_clinic',
    reportedAt: '2026-11-24T09:05:00+08:00',
  }),
  localRecord('fever_report', '0192f1b4-0000-7000-8000-0000000000f2', {
    householdId: OTHER_HOUSEHOLD,
    name: '赵六',
    temperature: 37.8,
    symptoms: [],
    action: 'observation',
    reportedAt: '2026-11-24T10:00:00+08:00',
  }),
];

async function openHousehold(records: Parameters<typeof clientWith>[0] = {}) {
  const { client, patch } = clientWith({ resident: residents, visit: visits, fever_report: reports, ...records });
  const rendered = renderApp({ client, route: `/households/${HOUSEHOLD}` });
  await screen.findByRole('heading', { level: 1, name: 'Unit 2 Room 501' });
  return { ...rendered, patch };
}

function section(name: RegExp | string) {
  return within(screen.getByRole('region', { name }));
}

describe('household screen', () => {
  it('shows the address with its building, occupancy, a phone to call, and the ways on', async () => {
    const sealed = { ...building, sealed: true };
    await openHousehold({ building: [sealed] });
    expect(await screen.findByText('3号楼')).toBeInTheDocument();
    expect(screen.getByText(/Sealed/)).toBeInTheDocument();
    expect(screen.getByText('Occupied')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /13800138000/ })).toHaveAttribute('href', 'tel:13800138000');
    expect(screen.getByRole('link', { name: 'Record visit' })).toHaveAttribute('href', `/households/${HOUSEHOLD}/visits/new`);
    expect(screen.getByRole('link', { name: 'Add resident' })).toHaveAttribute('href', `/households/${HOUSEHOLD}/residents/new`);
    expect(screen.getByRole('link', { name: 'Report fever' })).toHaveAttribute('href', `/fever-reports/new?household=${HOUSEHOLD}`);
  });

  it('lists residents with tags, age and sync state, and the moved-out ones separately', async () => {
    await openHousehold();
    const living = await screen.findByRole('list', { name: 'Residents (2)' });
    const items = within(living).getAllByRole('listitem').filter((item) => item.parentElement === living);
    expect(items).toHaveLength(2);
    const zhang = items.find((item) => item.textContent?.includes('张三'));
    const li = items.find((item) => item.textContent?.includes('李梅'));
    expect(zhang).toHaveTextContent('Male · Age 76');
    expect(zhang).toHaveTextContent('Elderly living alone');
    expect(zhang).toHaveTextContent('Chronic illness');
    expect(zhang).toHaveTextContent('Synced');
    expect(li).toHaveTextContent('age unknown');
    expect(li).toHaveTextContent('Pending');
    expect(within(living).getByRole('link', { name: 'Edit 张三' })).toHaveAttribute('href', `/residents/${ZHANG}/edit`);

    const movedOut = screen.getByRole('list', { name: 'Moved out (1)' });
    expect(movedOut).toHaveTextContent('王五');
    expect(movedOut).toHaveTextContent('Moved out on 2026-10-01');
    expect(living).not.toHaveTextContent('王五');
  });

  it('lists the last visits newest first with outcome and temperatures per resident, voided ones marked', async () => {
    await openHousehold();
    const list = section('Last visits').getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getAllByRole('link')[0]?.getAttribute('href'))).toEqual([
      `/visits/${visits[1]?.id}`,
      `/visits/${visits[2]?.id}`,
      `/visits/${visits[0]?.id}`,
    ]);
    expect(items[0]).toHaveTextContent('Visited');
    expect(items[0]).toHaveTextContent('张三 38.2 °C · 李梅 36.5 °C');
    expect(items[1]).toHaveTextContent('Voided: 录错户了');
    expect(within(items[1] as HTMLElement).getByRole('link')).toHaveClass('gw-voided');
    expect(items[0]).not.toHaveTextContent('Voided');
    expect(items[2]).toHaveTextContent('Nobody home');
  });

  it('shows only this household’s fever reports, each linking to its report', async () => {
    await openHousehold();
    const items = section('Fever reports').getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('张三 38.2 °C');
    expect(items[0]).toHaveTextContent('Fever clinic');
    expect(within(items[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', `/fever-reports/${reports[0]?.id}`);
  });

  it('changes occupancy and phone with a patch of only what changed', async () => {
    const { user, patch } = await openHousehold();
    await user.click(screen.getByRole('button', { name: 'Edit household' }));
    await user.click(screen.getByRole('radio', { name: 'Vacant' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(patch).toHaveBeenCalledWith('household', HOUSEHOLD, { status: 'vacant' });
    expect(await screen.findByText(/Household saved on this phone/)).toBeInTheDocument();
  });

  it('shows a wrong phone beside the field and keeps the edit open', async () => {
    const { user, patch } = await openHousehold();
    await user.click(screen.getByRole('button', { name: 'Edit household' }));
    const phone = screen.getByLabelText('Phone (optional)');
    await user.clear(phone);
    await user.type(phone, '123');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(patch).toHaveBeenCalledWith('household', HOUSEHOLD, { phone: '123' });
    expect(await screen.findByLabelText('Phone (optional)')).toHaveAccessibleDescription(
      'Enter a mobile number or a landline with area code (e.g. 010-12345678).',
    );
  });

  it('says plainly when the household is not on this phone, with a way home', async () => {
    const { client } = clientWith({ household: [] });
    renderApp({ client, route: `/households/${HOUSEHOLD}` });
    expect(await screen.findByText('This household is not on this phone.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to home' })).toHaveAttribute('href', '/');
  });

  it('reads the same in Chinese', async () => {
    const { client } = clientWith({ household: [household], resident: residents });
    renderApp({ client, route: `/households/${HOUSEHOLD}`, language: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 1, name: '2单元501室' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '登记走访' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '新增居民' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '上报发热' })).toBeInTheDocument();
  });
});

describe('household screen: home monitoring', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows "Home monitoring · Day n of 14" for a resident under it, "Start home monitoring" for the others living there', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T12:30:00+08:00'));
    const base = { householdId: HOUSEHOLD, reason: 'fever_report' as const, days: 14, checksPerDay: 2 as const };
    const open = localRecord('home_monitoring', '0192f1b4-0000-7000-8000-0000000003a1', { ...base, residentId: ZHANG, startDate: '2026-11-20', startedAt: '2026-11-20T15:00:00+08:00' });
    // 李梅's earlier monitoring ended: she may be started again.
    const ended = localRecord('home_monitoring', '0192f1b4-0000-7000-8000-0000000003a2', {
      ...base,
      residentId: LI,
      startDate: '2026-11-01',
      startedAt: '2026-11-01T09:00:00+08:00',
      endedOn: '2026-11-14',
      endKind: 'released',
    });
    await openHousehold({ home_monitoring: [open, ended] });
    const living = await screen.findByRole('list', { name: 'Residents (2)' });
    expect(await within(living).findByRole('link', { name: 'Home monitoring · Day 7 of 14' })).toHaveAttribute('href', `/monitoring/${open.id}`);
    const starts = within(living).getAllByRole('link', { name: 'Start home monitoring' });
    expect(starts.map((link) => link.getAttribute('href'))).toEqual([`/residents/${LI}/monitoring/new`]);
    // Someone who moved out is not offered it.
    expect(within(screen.getByRole('list', { name: 'Moved out (1)' })).queryByRole('link', { name: /home monitoring/i })).not.toBeInTheDocument();
  });
});
