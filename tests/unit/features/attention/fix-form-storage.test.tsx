import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StorageFullError } from '../../../../src/data';
import { NeedsAttentionScreen } from '../../../../src/features/attention/needs-attention-screen';
import { hasUnsavedInput } from '../../../../src/shared/unsaved-input';
import { createFakeDataClient, rejectedEntry } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const feverReport = rejectedEntry({
  mutationId: 'm-fever',
  entity: 'fever_report',
  op: 'create',
  data: { name: '赵强', temperature: 3.82, symptoms: ['fever'], action: 'fever_clinic', reportedAt: '2024-05-01T08:00:00.000Z' },
  error: { code: 'VALIDATION', message: 'Validation failed', fields: { temperature: 'temperature_range' } },
});

async function openFix() {
  const client = createFakeDataClient({ rejected: [feverReport] });
  const view = renderWithProviders(<NeedsAttentionScreen />, { client });
  const card = await screen.findByRole('article', { name: /Fever report/ });
  await view.user.click(within(card).getByRole('button', { name: 'Fix' }));
  return { ...view, client, card, input: within(card).getByLabelText('Temperature (°C)') };
}

describe('fix form', () => {
  it('counts as unsaved input once edited, until it is resent', async () => {
    const { user, card, input } = await openFix();
    expect(hasUnsavedInput()).toBe(false);
    await user.clear(input);
    await user.type(input, '38.2');
    expect(hasUnsavedInput()).toBe(true);
    await user.click(within(card).getByRole('button', { name: 'Save and resend' }));
    expect(await screen.findByText('Queued to be sent again.')).toBeInTheDocument();
    expect(hasUnsavedInput()).toBe(false);
  });

  it('says plainly that storage is full, and keeps the input', async () => {
    const { user, client, card, input } = await openFix();
    client.resend.mockRejectedValueOnce(new StorageFullError());
    await user.clear(input);
    await user.type(input, '38.2');
    await user.click(within(card).getByRole('button', { name: 'Save and resend' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Storage is full: export unsent records and free space.');
    expect(input).toHaveValue('38.2');
  });
});
