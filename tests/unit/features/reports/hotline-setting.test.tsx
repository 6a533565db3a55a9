/** "Community hotline" at the secretary's desk: the phone printed on the unit posters. */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LocalValidationError } from '../../../../src/shared/write-failure';
import { HotlineSetting } from '../../../../src/features/reports/hotline-setting';
import { createFakeDataClient, localRecord } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

const COMMUNITY = '0192f1b4-0000-7000-8000-0000000000c1';
const SETTINGS = '0192f1b4-0000-7000-8000-0000000000d1';

describe('Community hotline', { timeout: 20_000 }, () => {
  it('patches the community’s settings with the hotline', async () => {
    const client = createFakeDataClient();
    const settings = localRecord('community_settings', SETTINGS, { communityId: COMMUNITY, reportDeadline: '18:00' });
    const { user } = renderWithProviders(<HotlineSetting communityId={COMMUNITY} settings={settings} />, { client });
    await user.type(await screen.findByLabelText('Community hotline'), '027-88886666');
    await user.click(screen.getByRole('button', { name: 'Save hotline' }));
    await waitFor(() => expect(client.patch).toHaveBeenCalledWith('community_settings', SETTINGS, { hotline: '027-88886666' }));
    expect(await screen.findByText('Community hotline saved.')).toBeInTheDocument();
  });

  it('creates the settings when the community has none yet', async () => {
    const client = createFakeDataClient();
    const { user } = renderWithProviders(<HotlineSetting communityId={COMMUNITY} settings={null} />, { client });
    await user.type(await screen.findByLabelText('Community hotline'), '13900000010');
    await user.click(screen.getByRole('button', { name: 'Save hotline' }));
    await waitFor(() =>
      expect(client.create).toHaveBeenCalledWith('community_settings', { communityId: COMMUNITY, reportDeadline: '18:00', hotline: '13900000010' }),
    );
  });

  it('shows the field’s validation message when the number is not a phone', async () => {
    const client = createFakeDataClient();
    vi.mocked(client.create).mockRejectedValue(new LocalValidationError({ hotline: 'phone_or_landline_invalid' }));
    const { user } = renderWithProviders(<HotlineSetting communityId={COMMUNITY} settings={null} />, { client });
    await user.type(await screen.findByLabelText('Community hotline'), '123');
    await user.click(screen.getByRole('button', { name: 'Save hotline' }));
    expect(await screen.findByText(/Enter a mobile number or a landline/)).toBeInTheDocument();
  });
});
