import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../data';
import { returnPathFrom } from './return-path';

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="gw-loading" aria-busy="true">
      {t('app.loading')}
    </p>
  );
}

/** Renders its children only for a signed-in user; everyone else goes to /signin (and comes back after). */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signed_out') {
    return <Navigate to="/signin" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return children;
}

/** The sign-in screen is for signed-out users only: a signed-in user is sent home (or back where they came from). */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signed_in') return <Navigate to={returnPathFrom(location.state)} replace />;
  return children;
}
