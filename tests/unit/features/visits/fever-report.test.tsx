import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../../src/shared/local-date';
import { renderApp } from '../../../fixtures/render-with-providers';
import { ids, visitClient } from './visit-test-data';

const form101 = `/households/${ids.h101}/visits/new`;

function symptomBox(group: string, name: string) {
  return within(screen.getByRole('group', { name: group })).getByRole('checkbox', { name });
}

describe('fever found at the door', () => {
  it('38.2 °C opens the fever report prefilled with the person and temperature; submitting creates it with the chosen action', async () => {
    const { client, create, records } = visitClient();
    const { user, router } = renderApp({ client, route: form101 });
    await user.type(await screen.findByRole('textbox', { name: 'Temperature for 张三' }), '38.2');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));

    expect(await screen.findByRole('heading', { name: 'Report fever' })).toBeInTheDocument();
    const visitId = records.visit![0]!.id;
    expect(router.state.location.pathname).toBe('/fever-reports/new');
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      household: ids.h101,
      resident: ids.zhang,
      temperature: '38.2',
      visit: visitId,
    });
    expect(await screen.findByText('张三')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Temperature' })).toHaveValue('38.2');
    expect(screen.getByLabelText('Onset date')).toHaveValue(localDateOf());
    for (const action of ['Fever clinic', 'Home isolation', 'Observation']) {
      expect(screen.getByRole('radio', { name: action })).not.toBeChecked();
    }

    await user.click(symptomBox('Symptoms', 'Cough'));
    await user.click(screen.getByRole('radio', { name: 'Fever clinic' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));

    expect(create).toHaveBeenLastCalledWith('fever_report', {
      householdId: ids.h101,
      residentId: ids.zhang,
      name: '张三',
      temperature: 38.2,
      symptoms: ['cough'],
      onsetDate: localDateOf(),
      action: 'fever_clinic',
      reportedAt: expect.any(String),
    });
    // The only feverish resident: back to the saved visit, one tap from the next room.
    expect(await screen.findByText('Fever report for 张三 saved.')).toBeInTheDocument();
    expect(await screen.findByText('Visit saved')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(form101);
    await user.click(screen.getByRole('button', { name: 'Next room' }));
    expect(router.state.location.pathname).toBe(`/households/${ids.h102}/visits/new`);
  });

  it('a Fever symptom with a normal temperature opens the report with the symptom ticked', async () => {
    const { client, create } = visitClient();
    const { user, router } = renderApp({ client, route: form101 });
    await user.type(await screen.findByRole('textbox', { name: 'Temperature for 李四' }), '36.8');
    await user.click(symptomBox('Symptoms for 李四', 'Fever'));
    await user.click(screen.getByRole('button', { name: 'Save visit' }));

    expect(create).toHaveBeenCalledWith('visit', expect.objectContaining({
      checks: [{ residentId: ids.li, temperature: 36.8, symptoms: ['fever'] }],
    }));
    expect(await screen.findByRole('heading', { name: 'Report fever' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('symptoms')).toBe('fever');
    expect(await screen.findByText('李四')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Temperature' })).toHaveValue('36.8');
    expect(symptomBox('Symptoms', 'Fever')).toBeChecked();
    expect(symptomBox('Symptoms', 'Cough')).not.toBeChecked();
  });

  it('with two feverish residents, the second report follows the first, then the saved visit', async () => {
    const { client, create } = visitClient();
    const { user, router } = renderApp({ client, route: form101 });
    await user.type(await screen.findByRole('textbox', { name: 'Temperature for 张三' }), '38.2');
    await user.type(screen.getByRole('textbox', { name: 'Temperature for 李四' }), '37.5');
    await user.click(screen.getByRole('button', { name: 'Save visit' }));

    expect(await screen.findByRole('heading', { name: 'Report fever' })).toBeInTheDocument();
    expect(await screen.findByText('张三')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Home isolation' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));

    expect(await screen.findByText('Fever report for 张三 saved.')).toBeInTheDocument();
    expect(await screen.findByText('李四')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Temperature' })).toHaveValue('37.5');
    expect(screen.getByRole('radio', { name: 'Home isolation' })).not.toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Observation' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));

    expect(await screen.findByText('Visit saved')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(form101);
    const reports = create.mock.calls
      .filter(([entity]) => entity === 'fever_report')
      .map(([, data]): Record<string, unknown> => data)
      .map((data) => [data.residentId, data.action]);
    expect(reports).toEqual([
      [ids.zhang, 'home_isolation'],
      [ids.li, 'observation'],
    ]);
  });
});

describe('fever report form', () => {
  it('asks for the name, the temperature and an action beside each field, and saves nothing', async () => {
    const { client, create } = visitClient();
    const { user } = renderApp({ client, route: '/fever-reports/new' });
    await user.click(await screen.findByRole('button', { name: 'Submit report' }));

    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter a name.');
    expect(screen.getByRole('textbox', { name: 'Temperature' })).toHaveAccessibleDescription(expect.stringContaining('Enter the temperature.'));
    const actions = screen.getByRole('group', { name: 'Action' });
    expect(actions).toHaveAccessibleDescription('Choose an action.');
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses an onset date in the future and a temperature out of range', async () => {
    const { client, create } = visitClient();
    const { user } = renderApp({ client, route: '/fever-reports/new' });
    const onset = await screen.findByLabelText('Onset date');
    expect(onset).toHaveValue(localDateOf());
    await user.clear(onset);
    await user.type(onset, '2999-01-01');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '赵六');
    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '45');
    await user.click(screen.getByRole('radio', { name: 'Observation' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));

    expect(onset).toHaveAccessibleDescription('The date cannot be in the future.');
    expect(screen.getByRole('textbox', { name: 'Temperature' })).toHaveAccessibleDescription(
      expect.stringContaining('Temperature must be between 34.0 and 43.0 °C.'),
    );
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('aria-invalid');
    expect(create).not.toHaveBeenCalled();
  });

  it('reports someone not in the registry directly, and confirms with the report’s sync state', async () => {
    const { client, create } = visitClient();
    const { user } = renderApp({ client, route: '/fever-reports/new' });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '赵六');
    await user.type(screen.getByRole('textbox', { name: 'Phone (optional)' }), '13700001111');
    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '38.5');
    await user.click(symptomBox('Symptoms', 'Fatigue'));
    await user.click(screen.getByRole('radio', { name: 'Fever clinic' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));

    expect(create).toHaveBeenCalledWith('fever_report', {
      name: '赵六',
      phone: '13700001111',
      temperature: 38.5,
      symptoms: ['fatigue'],
      onsetDate: localDateOf(),
      action: 'fever_clinic',
      reportedAt: expect.any(String),
    });
    expect(await screen.findByText('Fever report submitted')).toBeInTheDocument();
    expect(screen.getByText('Pending')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Report another fever' })).toHaveAttribute('href', '/fever-reports/new');
  });

  it('shows a phone the schema refuses beside the phone field', async () => {
    const { client } = visitClient();
    const { user } = renderApp({ client, route: '/fever-reports/new' });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), '赵六');
    await user.type(screen.getByRole('textbox', { name: 'Phone (optional)' }), '12345');
    await user.type(screen.getByRole('textbox', { name: 'Temperature' }), '38.5');
    await user.click(screen.getByRole('radio', { name: 'Observation' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));
    expect(await screen.findByRole('textbox', { name: 'Phone (optional)' })).toHaveAccessibleDescription(
      'Enter an 11-digit mobile number starting with 1.',
    );
    expect(screen.queryByText('Fever report submitted')).not.toBeInTheDocument();
  });
});
