import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocalValidationError } from '../../../../src/shared/write-failure';
import { NeedsAttentionScreen } from '../../../../src/features/attention/needs-attention-screen';
import { createFakeDataClient, rejectedEntry } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const feverReport = rejectedEntry({
  mutationId: 'm-fever',
  entity: 'fever_report',
  op: 'create',
  data: { name: '赵强', temperature: 3.82, symptoms: ['fever'], action: 'fever_clinic', reportedAt: '2024-05-01T08:00:00.000Z' },
  error: { code: 'VALIDATION', message: 'Validation failed', fields: { temperature: 'temperature_range' } },
});

const householdPatch = rejectedEntry({
  mutationId: 'm-household',
  entity: 'household',
  op: 'patch',
  baseVersion: 3,
  data: { phone: '1381234' },
  error: { code: 'VALIDATION', message: 'Validation failed', fields: { phone: 'phone_or_landline_invalid' } },
});

const forbidden = rejectedEntry({
  mutationId: 'm-forbidden',
  entity: 'resident',
  op: 'create',
  data: { householdId: '0192f1b4-3333-7000-8000-000000000009', name: '陈静', tags: [] },
  error: { code: 'FORBIDDEN', message: 'Forbidden' },
});

async function cardFor(name: RegExp) {
  return screen.findByRole('article', { name });
}

describe('needs-attention list', () => {
  it('lists a record the server sent that the phone could not read, with its version and what does not fit', async () => {
    const unreadable = {
      entity: 'household' as const,
      id: '0192f1b4-4444-7000-8000-0000000000ab',
      version: 12,
      fields: { status: 'status_invalid', phone: 'phone_or_landline_invalid' },
      receivedAt: '2024-05-01T08:00:00.000Z',
    };
    renderWithProviders(<NeedsAttentionScreen />, { client: createFakeDataClient({ unreadable: [unreadable] }) });
    const card = await cardFor(/Household · could not be read/);
    expect(card).toHaveTextContent('Id 000000ab');
    expect(within(card).getByText("Server's version").nextElementSibling).toHaveTextContent('12');
    expect(card).toHaveTextContent('Occupancy: Choose occupied or vacant.');
    expect(card).toHaveTextContent('Phone: Enter a mobile number or a landline with area code (e.g. 010-12345678).');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText('Nothing needs attention.')).not.toBeInTheDocument();
  });

  it('says so when nothing needs attention', async () => {
    renderWithProviders(<NeedsAttentionScreen />, { client: createFakeDataClient() });
    expect(await screen.findByText('Nothing needs attention.')).toBeInTheDocument();
  });

  it('shows entity, operation, record, the reason and each field message', async () => {
    const client = createFakeDataClient({ rejected: [feverReport, forbidden] });
    renderWithProviders(<NeedsAttentionScreen />, { client });
    const fever = await cardFor(/Fever report · New/);
    expect(fever).toHaveTextContent('赵强');
    expect(fever).toHaveTextContent('Some entries are not valid.');
    expect(fever).toHaveTextContent('Temperature (°C): Temperature must be between 34.0 and 43.0 °C.');
    const resident = await cardFor(/Resident · New/);
    expect(resident).toHaveTextContent('陈静');
    expect(resident).toHaveTextContent('Outside your area: you may not change this record.');
    expect(within(resident).queryByRole('button', { name: 'Fix' })).not.toBeInTheDocument();
  });

  it('names a patched household by unit and room from its local copy', async () => {
    const client = createFakeDataClient({
      rejected: [householdPatch],
      records: {
        household: [
          {
            id: householdPatch.recordId,
            version: 3,
            _sync: 'rejected',
            buildingId: '0192f1b4-3333-7000-8000-0000000000b1',
            unit: '2',
            room: '501',
            status: 'occupied',
          },
        ],
      },
    });
    renderWithProviders(<NeedsAttentionScreen />, { client });
    const card = await cardFor(/Household · Change/);
    expect(await within(card).findByText('Unit 2, room 501')).toBeInTheDocument();
  });

  it('fixes a field and resends the corrected data, numbers as numbers', async () => {
    const client = createFakeDataClient({ rejected: [feverReport] });
    const { user } = renderWithProviders(<NeedsAttentionScreen />, { client });
    const card = await cardFor(/Fever report/);
    await user.click(within(card).getByRole('button', { name: 'Fix' }));
    const input = within(card).getByLabelText('Temperature (°C)');
    expect(input).toHaveValue('3.82');
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).toHaveAccessibleDescription(/Temperature must be between 34.0 and 43.0 °C./);
    await user.clear(input);
    await user.type(input, '38.2');
    await user.click(within(card).getByRole('button', { name: 'Save and resend' }));
    expect(client.resend).toHaveBeenCalledWith('m-fever', { ...feverReport.data, temperature: 38.2 });
    expect(await screen.findByRole('status')).toHaveTextContent('Queued to be sent again.');
  });

  it('clears an emptied field of a patch with null', async () => {
    const client = createFakeDataClient({ rejected: [householdPatch] });
    const { user } = renderWithProviders(<NeedsAttentionScreen />, { client });
    const card = await cardFor(/Household · Change/);
    await user.click(within(card).getByRole('button', { name: 'Fix' }));
    await user.clear(within(card).getByLabelText('Phone'));
    await user.click(within(card).getByRole('button', { name: 'Save and resend' }));
    expect(client.resend).toHaveBeenCalledWith('m-household', { phone: null });
  });

  it('shows the field messages when the corrected data is still invalid', async () => {
    const client = createFakeDataClient({ rejected: [feverReport] });
    client.resend.mockRejectedValueOnce(new LocalValidationError({ temperature: 'temperature_precision' }));
    const { user } = renderWithProviders(<NeedsAttentionScreen />, { client });
    const card = await cardFor(/Fever report/);
    await user.click(within(card).getByRole('button', { name: 'Fix' }));
    const input = within(card).getByLabelText('Temperature (°C)');
    await user.clear(input);
    await user.type(input, '38.25');
    await user.click(within(card).getByRole('button', { name: 'Save and resend' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Some entries are still not valid.');
    expect(input).toHaveAccessibleDescription('Use at most one decimal, e.g. 36.5.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses a number field that is not a number without resending', async () => {
    const client = createFakeDataClient({ rejected: [feverReport] });
    const { user } = renderWithProviders(<NeedsAttentionScreen />, { client });
    const card = await cardFor(/Fever report/);
    await user.click(within(card).getByRole('button', { name: 'Fix' }));
    const input = within(card).getByLabelText('Temperature (°C)');
    await user.clear(input);
    await user.type(input, 'hot');
    await user.click(within(card).getByRole('button', { name: 'Save and resend' }));
    expect(input).toHaveAccessibleDescription('Enter a number.');
    expect(client.resend).not.toHaveBeenCalled();
  });

  it('resends as is', async () => {
    const client = createFakeDataClient({ rejected: [forbidden] });
    const { user } = renderWithProviders(<NeedsAttentionScreen />, { client });
    await user.click(within(await cardFor(/Resident/)).getByRole('button', { name: 'Resend' }));
    expect(client.resend).toHaveBeenCalledWith('m-forbidden');
  });

  it('asks for confirmation before discarding', async () => {
    const client = createFakeDataClient({ rejected: [forbidden] });
    const { user } = renderWithProviders(<NeedsAttentionScreen />, { client });
    const card = await cardFor(/Resident/);
    await user.click(within(card).getByRole('button', { name: 'Discard' }));
    const confirm = within(card).getByRole('alertdialog');
    expect(confirm).toHaveTextContent('Discard this record? It is deleted from this phone and cannot be recovered.');
    expect(client.discard).not.toHaveBeenCalled();

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(card).queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(client.discard).not.toHaveBeenCalled();

    await user.click(within(card).getByRole('button', { name: 'Discard' }));
    await user.click(within(card).getByRole('button', { name: 'Yes, discard' }));
    expect(client.discard).toHaveBeenCalledWith('m-forbidden');
  });
});
