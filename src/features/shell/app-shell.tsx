import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BottomNav, type NavItem } from './bottom-nav';

export interface AppShellProps {
  /** The sync indicator, shown in the header on every screen. */
  indicator?: ReactNode;
  /** A banner above the content (e.g. "sign in again to keep syncing"). */
  banner?: ReactNode;
  /** The role's bottom navigation. */
  nav: readonly NavItem[];
  children: ReactNode;
}

/** The frame around every signed-in screen: header with the app name and sync state, content, bottom navigation. */
export function AppShell({ indicator, banner, nav, children }: AppShellProps) {
  const { t } = useTranslation();
  // The navigation shows three places a row: the content ends above every row of it.
  const twoRows = nav.length > 3;
  return (
    <div className={twoRows ? 'gw-shell gw-shell--nav-two-rows' : 'gw-shell'}>
      <a className="gw-skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="gw-header">
        <p className="gw-header__name">{t('app.name')}</p>
        {indicator}
      </header>
      {banner}
      <main id="main" className="gw-main" tabIndex={-1}>
        {children}
      </main>
      <BottomNav items={nav} />
    </div>
  );
}
