/** "Claim": the request claimed by the signed-in volunteer (their id and name, now), saved on this phone first. */
import { useCallback } from 'react';
import { useDataClient, useSession } from '../../data';
import { useFormSubmit, type FormSubmit } from '../../shared/ui/use-form-submit';

export interface ClaimAction {
  /** Resolves true when the claim is saved on this phone. */
  claim(requestId: string): Promise<boolean>;
  /** Busy while saving; the failure's banner keys after a failed save. */
  state: FormSubmit;
}

export function useClaim(): ClaimAction {
  const client = useDataClient();
  const { user } = useSession();
  const state = useFormSubmit({ fixKey: 'volunteer:request.claimFailed' });
  const { run } = state;
  const claim = useCallback(
    async (requestId: string) => {
      if (!user) return false;
      return run(() =>
        client.patch('help_request', requestId, {
          state: 'claimed',
          claimedBy: user.id,
          claimedByName: user.displayName,
          claimedAt: new Date().toISOString(),
        }),
      );
    },
    [client, user, run],
  );
  return { claim, state };
}
