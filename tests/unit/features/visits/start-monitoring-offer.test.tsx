/**
 * A fever report that sent a resident home ("Home isolation", "Observation") offers "Start home
 * monitoring" with the report linked, on the report's page and right after a direct report; a report
 * to the fever clinic, one for someone not in the register, or a voided one does not.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EntityData } from '../../../../src/domain/entities/entity-record';
import { localRecord } from '../../../fixtures/fake-data-client';
import { renderApp } from '../../../fixtures/render-with-providers';
import { baseRecords, ids, visitClient } from './visit-test-data';

function report(fields: Partial<EntityData<'fever_report'>> & { voidedAt?: string; voidReason?: string } = {}) {
  return localRecord('fever_report', ids.report, {
    householdId: ids.h101,
    residentId: ids.zhang,
    name: '张三',
    temperature: 37.8,
    symptoms: [],
    action: 'home_isolation',
    reportedAt: '2026-11-26T09:00:00+08:00',
    ...fields,
  });
}

async function openReport(fields: Parameters<typeof report>[0]) {
  const { client } = visitClient({ ...baseRecords(), fever_report: [report(fields)] });
  renderApp({ client, route: `/fever-reports/${ids.report}` });
  expect(await screen.findByText('张三')).toBeInTheDocument();
}

const startPath = `/residents/${ids.zhang}/monitoring/new?report=${ids.report}`;

describe('Start home monitoring from a fever report', () => {
  it.each([
    ['home_isolation', 'Home isolation'],
    ['observation', 'Observation'],
  ] as const)('a report with %s offers it, linked to the report', async (action, label) => {
    await openReport({ action });
    expect(screen.getByText(label)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start home monitoring' })).toHaveAttribute('href', startPath);
  });

  it('a report sending the person to the fever clinic does not offer it', async () => {
    await openReport({ action: 'fever_clinic' });
    expect(screen.getByText('Fever clinic')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start home monitoring' })).not.toBeInTheDocument();
  });

  it('a report for someone not in the register does not offer it', async () => {
    await openReport({ householdId: undefined, residentId: undefined, action: 'observation' });
    expect(screen.queryByRole('link', { name: 'Start home monitoring' })).not.toBeInTheDocument();
  });

  it('a voided report does not offer it', async () => {
    await openReport({ voidedAt: '2026-11-26T10:00:00+08:00', voidReason: '录错人了' });
    expect(screen.queryByRole('link', { name: 'Start home monitoring' })).not.toBeInTheDocument();
  });

  it('right after a direct report with Home isolation, the saved panel offers it', async () => {
    const { client, create } = visitClient();
    const { user } = renderApp({ client, route: `/fever-reports/new?household=${ids.h101}&resident=${ids.zhang}&temperature=37.8` });
    expect(await screen.findByText('张三')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Home isolation' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));

    expect(await screen.findByText('Fever report submitted')).toBeInTheDocument();
    const reportId = await create.mock.results[0]?.value;
    expect(screen.getByRole('link', { name: 'Start home monitoring' })).toHaveAttribute(
      'href',
      `/residents/${ids.zhang}/monitoring/new?report=${String(reportId)}`,
    );
  });

  it('right after a direct report to the fever clinic, the saved panel does not offer it', async () => {
    const { client } = visitClient();
    const { user } = renderApp({ client, route: `/fever-reports/new?household=${ids.h101}&resident=${ids.zhang}&temperature=38.6` });
    expect(await screen.findByText('张三')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Fever clinic' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));

    expect(await screen.findByText('Fever report submitted')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start home monitoring' })).not.toBeInTheDocument();
  });
});
