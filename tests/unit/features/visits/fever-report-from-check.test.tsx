/**
 * The fever report opened from a home monitoring check (issue 16): prefilled with the person and the
 * reading, it is created naming the check (monitoringCheckId) and leads back to the monitoring, where the
 * check shows "Fever reported". The clock is fixed at 12:30 in China, as in the monitoring tests.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { feverReportPath } from '../../../../src/features/visits/fever-flow';
import { renderApp } from '../../../fixtures/render-with-providers';
import { check, monitoring, monitoringClient, NEW_ID, NOON_30, people, TODAY } from '../monitoring/monitoring-records';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOON_30);
});
afterEach(() => {
  vi.useRealTimers();
});

const zhao = people.zhao;
const running = monitoring(1, zhao, '2026-11-20');
const feverish = check(running, '2026-11-26T12:25:00+08:00', 38.2);

describe('a fever report from a home monitoring check', () => {
  it('is created naming the check, then lands back on the monitoring, where the check shows "Fever reported"', async () => {
    const { client, create } = monitoringClient({ home_monitoring: [running], monitoring_check: [{ ...feverish, symptoms: ['cough'] }] });
    const route = feverReportPath({ householdId: zhao.household, residentId: zhao.resident, temperature: 38.2, symptoms: ['cough'], checkId: feverish.id });
    const { user, router } = renderApp({ client, route });

    expect(await screen.findByRole('heading', { name: 'Report fever' })).toBeInTheDocument();
    expect(await screen.findByText('赵一')).toBeInTheDocument();
    expect(screen.getByText(/A fever or symptoms at the home monitoring check/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Temperature' })).toHaveValue('38.2');
    expect(within(screen.getByRole('group', { name: 'Symptoms' })).getByRole('checkbox', { name: 'Cough' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Home isolation' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith('fever_report', {
      householdId: zhao.household,
      residentId: zhao.resident,
      monitoringCheckId: feverish.id,
      name: '赵一',
      temperature: 38.2,
      symptoms: ['cough'],
      onsetDate: TODAY,
      action: 'home_isolation',
      reportedAt: NOON_30.toISOString(),
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/monitoring/${running.id}`));
    expect(await screen.findByText('Fever report for 赵一 saved.')).toBeInTheDocument();
    const reported = await screen.findByRole('link', { name: 'Fever reported' });
    expect(reported).toHaveAttribute('href', `/fever-reports/${NEW_ID}`);
  });

  it('a report opened without a check keeps the direct flow: no check named, its saved panel shown', async () => {
    const { client, create } = monitoringClient({ home_monitoring: [running] });
    const { user, router } = renderApp({ client, route: feverReportPath({ householdId: zhao.household, residentId: zhao.resident, temperature: 38.2 }) });
    expect(await screen.findByText('赵一')).toBeInTheDocument();
    expect(screen.queryByText(/A fever or symptoms at the home monitoring check/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Fever clinic' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create).toHaveBeenCalledWith('fever_report', expect.not.objectContaining({ monitoringCheckId: expect.anything() }));
    expect(await screen.findByText('Fever report submitted')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/fever-reports/new');
    expect(new URLSearchParams(router.state.location.search).get('saved')).toBe(NEW_ID);
  });
});
