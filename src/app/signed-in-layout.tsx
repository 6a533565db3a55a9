import { Suspense, useEffect, type ReactNode } from 'react';
import { ReauthBanner } from '../features/auth/reauth-banner';
import { AppShell } from '../features/shell/app-shell';
import type { NavItem } from '../features/shell/bottom-nav';
import { SyncIndicator } from '../features/sync/sync-indicator';
import { RouteLoading } from './route-loading';

export interface SignedInLayoutProps {
  /** The role's bottom navigation. */
  nav: readonly NavItem[];
  /** Loads the screens this role opens next once the app is idle; returns a cancel function. */
  warm?: () => () => void;
  /** The role's routes. */
  children: ReactNode;
}

/**
 * The shell with the sync indicator and the re-auth banner around the current signed-in route. An ended
 * account or a revoked session wipes the phone and signs out (issue 18): the sign-in screen says why.
 */
export function SignedInLayout({ nav, warm, children }: SignedInLayoutProps) {
  useEffect(() => warm?.(), [warm]);
  return (
    <AppShell
      indicator={<SyncIndicator />}
      banner={<ReauthBanner />}
      nav={nav}
    >
      <Suspense fallback={<RouteLoading />}>{children}</Suspense>
    </AppShell>
  );
}
