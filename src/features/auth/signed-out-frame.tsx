/** The frame of the screens a signed-out person sees (sign in, join): the app's name, the other language, the page. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../shared/ui/button';
import { PageLayout } from '../../shared/ui/page-layout';

export function SignedOutFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <div className="gw-signin">
      <header className="gw-signin__header">
        <p className="gw-signin__brand">{t('app.name')}</p>
        <Button variant="quiet" lang={other} onClick={() => void i18n.changeLanguage(other)}>
          {t(`language.${other}`)}
        </Button>
      </header>
      <main className="gw-main">
        <PageLayout title={title}>{children}</PageLayout>
      </main>
    </div>
  );
}
