import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../data';
import { Banner } from '../../shared/ui/banner';
import { Button } from '../../shared/ui/button';

// Only needed once the user opens the banner: kept out of the first screen.
const SignInForm = lazy(() => import('./sign-in-form').then((m) => ({ default: m.SignInForm })));

/**
 * Shown inside the app when the server refused the refresh token: the app keeps working offline
 * with the stored session, and this banner offers the sign-in form to resume syncing (reauth-banner.tsx
 * loads it only then).
 */
export function ReauthNotice() {
  const { t } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState(false);
  return (
    <Banner
      tone="warning"
      className="gw-reauth"
      title={t('signIn.reauthBanner')}
      actions={
        open ? (
          <Button variant="quiet" block onClick={() => setOpen(false)}>
            {t('signIn.reauthClose')}
          </Button>
        ) : (
          <Button block onClick={() => setOpen(true)}>
            {t('signIn.reauthOpen')}
          </Button>
        )
      }
    >
      {open ? (
        <Suspense fallback={<p className="gw-loading">{t('app.loading')}</p>}>
          <SignInForm initialUsername={session.user?.username ?? ''} onSignedIn={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </Banner>
  );
}
