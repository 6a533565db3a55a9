import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { AccountEndedBanner } from '../features/auth/account-ended-banner';
import { ReauthBanner } from '../features/auth/reauth-banner';
import { AppShell } from '../features/shell/app-shell';
import type { NavItem } from '../features/shell/bottom-nav';
import { SyncIndicator } from '../features/sync/sync-indicator';
import { RouteLoading } from './route-loading';

// The settings screen's export, offered by the account-ended banner: loaded only when that banner shows.
const ExportUnsentAction = lazy(() => import('../features/settings/export-unsent-action').then((m) => ({ default: m.ExportUnsentAction })));

export interface SignedInLayoutProps {
  /** The role's bottom navigation. */
  nav: readonly NavItem[];
  /** Loads the screens this role opens next once the app is idle; returns a cancel function. */
  warm?: () => () => void;
  /** The role's routes. */
  children: ReactNode;
}

/** The shell with the sync indicator, the re-auth and account-ended banners around the current signed-in route. */
export function SignedInLayout({ nav, warm, children }: SignedInLayoutProps) {
  useEffect(() => warm?.(), [warm]);
  return (
    <AppShell
      indicator={<SyncIndicator />}
      banner={
        <>
          <ReauthBanner />
          <AccountEndedBanner exportAction={<ExportUnsentAction />} />
        </>
      }
      nav={nav}
    >
      <Suspense fallback={<RouteLoading />}>{children}</Suspense>
    </AppShell>
  );
}
