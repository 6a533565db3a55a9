import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LocalRecord } from '../../../../src/data';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { renderApp } from '../../../fixtures/render-with-providers';
import { baseRecords, ids, visitClient } from './visit-test-data';

type Overrides<E extends 'visit' | 'fever_report'> = Partial<EntityData<E>> & Partial<Pick<LocalRecord, '_sync' | 'voidedAt' | 'voidReason'>>;

function savedVisit(overrides: Overrides<'visit'> = {}): LocalRecord<'visit'> {
  return {
    id: ids.visit,
    version: 1,
    _sync: 'synced',
    householdId: ids.h101,
    visitedAt: '2026-11-25T09:30:00+08:00',
    outcome: 'visited',
    checks: [
      { residentId: ids.zhang, temperature: 36.6, symptoms: [] },
      { residentId: ids.li, temperature: 38.2, symptoms: ['fever', 'cough'] },
    ],
    notes: 'Son answered',
    ...overrides,
  };
}

function savedReport(overrides: Overrides<'fever_report'> = {}): LocalRecord<'fever_report'> {
  return {
    id: ids.report,
    version: 0,
    _sync: 'pending',
    householdId: ids.h101,
    residentId: ids.li,
    name: '李四',
    temperature: 38.2,
    symptoms: ['fever', 'cough'],
    onsetDate: '2026-11-24',
    action: 'fever_clinic',
    reportedAt: '2026-11-25T09:35:00+08:00',
    ...overrides,
  };
}

function clientWith(visit: LocalRecord<'visit'> | null, report: LocalRecord<'fever_report'> | null) {
  const records = baseRecords();
  if (visit) records.visit = [visit];
  if (report) records.fever_report = [report];
  return visitClient(records);
}

describe('visit detail and corrections', () => {
  it('shows the visit: outcome, temperatures and symptoms by resident name, notes, sync state', async () => {
    const { client } = clientWith(savedVisit(), null);
    renderApp({ client, route: `/visits/${ids.visit}` });
    expect(await screen.findByRole('heading', { name: 'Visit' })).toBeInTheDocument();
    expect(await screen.findByText('Unit 1 Room 101')).toBeInTheDocument();
    expect(screen.getByText('Visited')).toBeInTheDocument();
    expect(screen.getByText('Son answered')).toBeInTheDocument();
    expect(screen.getByText('Synced')).toBeInTheDocument();
    const checks = within(screen.getByRole('region', { name: 'Temperatures and symptoms' })).getAllByRole('listitem');
    expect(await within(checks[1]!).findByText('李四')).toBeInTheDocument();
    expect(checks[0]).toHaveTextContent(/张三36\.6 °CNo symptoms/);
    expect(checks[1]).toHaveTextContent(/李四⚠ Fever found38\.2 °CFever, Cough/);
  });

  it('voids only with a reason', async () => {
    const { client } = clientWith(savedVisit(), null);
    const { user } = renderApp({ client, route: `/visits/${ids.visit}` });
    await user.click(await screen.findByRole('button', { name: 'Void' }));
    await user.click(screen.getByRole('button', { name: 'Confirm void' }));
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription('Give a reason.');
    expect(client.voidRecord).not.toHaveBeenCalled();

    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Wrong household');
    await user.click(screen.getByRole('button', { name: 'Confirm void' }));
    expect(client.voidRecord).toHaveBeenCalledWith('visit', ids.visit, 'Wrong household');
  });

  it('keeps the reason typed when the void cannot be stored', async () => {
    const { client } = clientWith(savedVisit(), null);
    vi.mocked(client.voidRecord).mockRejectedValueOnce(new Error('disk'));
    const { user } = renderApp({ client, route: `/visits/${ids.visit}` });
    await user.click(await screen.findByRole('button', { name: 'Void' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Wrong household');
    await user.click(screen.getByRole('button', { name: 'Confirm void' }));
    expect(await screen.findByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription('Something went wrong.');
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveValue('Wrong household');
  });

  it('a voided visit shows its reason and leads to recording it again', async () => {
    const { client } = clientWith(savedVisit({ voidedAt: '2026-11-25T10:00:00+08:00', voidReason: 'Wrong household' }), null);
    const { user, router } = renderApp({ client, route: `/visits/${ids.visit}` });
    expect(await screen.findByText('Voided: Wrong household')).toBeInTheDocument();
    expect(screen.getByText(/^Voided at /)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Void' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Record again' }));
    expect(router.state.location.pathname).toBe(`/households/${ids.h101}/visits/new`);
    expect(await screen.findByRole('button', { name: 'Save visit' })).toBeInTheDocument();
  });
});

describe('fever report detail and corrections', () => {
  it('shows the report and voids it with a reason', async () => {
    const { client } = clientWith(null, savedReport());
    const { user } = renderApp({ client, route: `/fever-reports/${ids.report}` });
    expect(await screen.findByRole('heading', { name: 'Fever report' })).toBeInTheDocument();
    expect(await screen.findByText('李四')).toBeInTheDocument();
    expect(screen.getByText('38.2 °C')).toBeInTheDocument();
    expect(screen.getByText('Fever, Cough')).toBeInTheDocument();
    expect(screen.getByText('Fever clinic')).toBeInTheDocument();
    expect(screen.getByText('2026-11-24')).toBeInTheDocument();
    expect(screen.getByText('Pending')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Void' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Thermometer was faulty');
    await user.click(screen.getByRole('button', { name: 'Confirm void' }));
    expect(client.voidRecord).toHaveBeenCalledWith('fever_report', ids.report, 'Thermometer was faulty');
  });

  it('a voided report leads to a new report for the same person, prefilled', async () => {
    const { client } = clientWith(null, savedReport({ voidedAt: '2026-11-25T10:00:00+08:00', voidReason: 'Wrong action' }));
    const { user, router } = renderApp({ client, route: `/fever-reports/${ids.report}` });
    expect(await screen.findByText('Voided: Wrong action')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Record again' }));
    expect(router.state.location.pathname).toBe('/fever-reports/new');
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      household: ids.h101,
      resident: ids.li,
      temperature: '38.2',
      symptoms: 'fever,cough',
    });
    expect(await screen.findByRole('textbox', { name: 'Temperature' })).toHaveValue('38.2');
    expect(screen.getByText('李四')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument();
  });

  it('a voided direct report is recorded again with the typed name and phone', async () => {
    const direct = savedReport({ householdId: undefined, residentId: undefined, name: '赵六', phone: '13700001111', voidedAt: '2026-11-25T10:00:00+08:00', voidReason: 'Typo' });
    const { client } = clientWith(null, direct);
    const { user } = renderApp({ client, route: `/fever-reports/${ids.report}` });
    await user.click(await screen.findByRole('link', { name: 'Record again' }));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('赵六');
    expect(screen.getByRole('textbox', { name: 'Phone (optional)' })).toHaveValue('13700001111');
  });
});
