/** After a remote wipe of the session the page showed, the page reloads once (nothing read before stays in memory). */
import { describe, expect, it, vi } from 'vitest';
import { reloadAfterRemoteWipe } from '../../../src/app/reload-after-wipe';
import { createFakeDataClient } from '../../fixtures/fake-data-client';

const wiped = { reason: 'session_revoked', lostUnsent: 1, wipedAt: '2026-11-30T08:00:00.000Z' } as const;

describe('reload after a remote wipe', () => {
  it('reloads once when the signed-in session is wiped (it goes signed out first, then the notice comes)', () => {
    const client = createFakeDataClient();
    const reload = vi.fn();
    reloadAfterRemoteWipe(client, reload);
    client.setSession({ status: 'signed_out', user: null });
    expect(reload).not.toHaveBeenCalled();
    client.setSession({ wiped });
    expect(reload).toHaveBeenCalledTimes(1);
    client.setSession({ wiped: { ...wiped, lostUnsent: 2 } });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload on a plain sign-out, nor for a notice already there when the page opened', () => {
    const signingOut = createFakeDataClient();
    const reloadA = vi.fn();
    reloadAfterRemoteWipe(signingOut, reloadA);
    signingOut.setSession({ status: 'signed_out', user: null });
    expect(reloadA).not.toHaveBeenCalled();

    const opened = createFakeDataClient({ session: { status: 'signed_out', user: null, wiped } });
    const reloadB = vi.fn();
    reloadAfterRemoteWipe(opened, reloadB);
    opened.setSession({ reauthRequired: false });
    expect(reloadB).not.toHaveBeenCalled();
  });
});
