import { lazy, Suspense, type ReactNode } from 'react';
import { useSession } from '../../data';

// Only needed once the server said the account has ended: kept out of the first screen.
const AccountEndedNotice = lazy(() => import('./account-ended-notice').then((m) => ({ default: m.AccountEndedNotice })));

export interface AccountEndedBannerProps {
  /** "Export unsent records" (the settings screen's action), offered while records are unsent. */
  exportAction?: ReactNode;
}

/** On every screen once the server said this account has ended (SessionState.accountEnded). */
export function AccountEndedBanner({ exportAction }: AccountEndedBannerProps) {
  const session = useSession();
  if (!session.accountEnded) return null;
  return (
    <Suspense fallback={null}>
      <AccountEndedNotice exportAction={exportAction} />
    </Suspense>
  );
}
