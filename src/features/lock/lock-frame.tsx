/**
 * The frame of the lock screens: the app's name, and the page. Nothing about residents, nor the user's
 * name: it shows while the app is locked.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLayout } from '../../shared/ui/page-layout';

export function LockFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="gw-signin gw-lock">
      <header className="gw-signin__header">
        <p className="gw-signin__brand">{t('app.name')}</p>
      </header>
      <main className="gw-main">
        <PageLayout title={title}>{children}</PageLayout>
      </main>
    </div>
  );
}
