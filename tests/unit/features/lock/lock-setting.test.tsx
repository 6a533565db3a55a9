/** Settings → "App lock" (issue 18): the idle time (10 minutes at most, shorter allowed) and "Lock now". */
import { screen } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LockSetting } from '../../../../src/features/settings/lock-setting';
import { createFakeDataClient } from '../../../fixtures/fake-data-client';
import { renderWithProviders } from '../../../fixtures/render-with-providers';

/** Shows once the 'lock' messages are loaded, as the setting's own are. */
function LoadedMark() {
  useTranslation('lock');
  return <p>lock messages loaded</p>;
}

describe('the app lock setting', () => {
  it('offers 1 to 10 minutes, keeps the choice, and locks now on request', async () => {
    const client = createFakeDataClient({ lock: { status: 'unlocked', idleMinutes: 10 } });
    const { user } = renderWithProviders(<LockSetting />, { client });
    await screen.findByRole('heading', { name: 'App lock' });
    const group = screen.getByRole('group', { name: 'Lock when unused for' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '10 min' })).toBeChecked();
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['1', '2', '5', '10']);

    await user.click(screen.getByRole('radio', { name: '2 min' }));
    expect(client.setIdleLockMinutes).toHaveBeenCalledWith(2);
    expect(screen.getByRole('radio', { name: '2 min' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Lock now' }));
    expect(client.lock).toHaveBeenCalled();
  });

  it('is not shown on a phone without a PIN', async () => {
    const client = createFakeDataClient({ lock: { status: 'no_pin', passwordKnown: false } });
    renderWithProviders(
      <>
        <LockSetting />
        <LoadedMark />
      </>,
      { client },
    );
    // Rendered together: once the mark shows, the setting has rendered too (nothing).
    await screen.findByText('lock messages loaded');
    expect(screen.queryByRole('heading', { name: 'App lock' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
  });
});
