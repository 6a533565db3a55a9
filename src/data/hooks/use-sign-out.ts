/**
 * Signing out, as the settings screen offers it: the data client refuses
 * while records are unsent (signing out deletes this phone's data), so `unsent` then holds their count
 * and the user may sign out anyway (force).
 */
import { useState } from 'react';
import { useDataClient } from './data-client-context';

export interface SignOutAction {
  signOut(force: boolean): Promise<void>;
  busy: boolean;
  /** The sign-out failed (e.g. the database could not be wiped). */
  failed: boolean;
  /** The unsent count when signing out was refused; null otherwise. */
  unsent: number | null;
  /** Back from the refusal (keep the records). */
  keep(): void;
}

export function useSignOut(): SignOutAction {
  const client = useDataClient();
  const [unsent, setUnsent] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function signOut(force: boolean) {
    setBusy(true);
    setFailed(false);
    try {
      const result = await client.signOut(force ? { force: true } : undefined);
      setUnsent(result.signedOut ? null : result.unsent);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return { signOut, busy, failed, unsent, keep: () => setUnsent(null) };
}
