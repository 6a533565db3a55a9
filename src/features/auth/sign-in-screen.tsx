import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { returnPathFrom } from './return-path';
import { SignedOutFrame } from './signed-out-frame';
import { SignInForm } from './sign-in-form';
import { WipedNotice } from './wiped-notice';

/** The /signin route: the only screen a signed-out user sees. */
export function SignInScreen() {
  const { t } = useTranslation('signin');
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <SignedOutFrame title={t('signin:title')}>
      <WipedNotice />
      <p>{t('signin:intro')}</p>
      <SignInForm onSignedIn={() => void navigate(returnPathFrom(location.state), { replace: true })} />
    </SignedOutFrame>
  );
}
