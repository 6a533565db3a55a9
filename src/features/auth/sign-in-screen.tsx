import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Button } from '../../shared/ui/button';
import { PageLayout } from '../../shared/ui/page-layout';
import { returnPathFrom } from './return-path';
import { SignInForm } from './sign-in-form';

/** The /signin route: the only screen a signed-out user sees. */
export function SignInScreen() {
  const { t, i18n } = useTranslation('signin');
  const navigate = useNavigate();
  const location = useLocation();
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
        <PageLayout title={t('signin:title')}>
          <p>{t('signin:intro')}</p>
          <SignInForm onSignedIn={() => void navigate(returnPathFrom(location.state), { replace: true })} />
        </PageLayout>
      </main>
    </div>
  );
}
