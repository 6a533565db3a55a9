/**
 * The route table. Signed-out users land on /signin, signed-in users never see it; everything else is
 * the signed-in user's role app (src/app/role-app.tsx), each with its own routes, and unknown paths go home.
 */
import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RedirectIfSignedIn, RequireSignedIn } from '../features/auth/session-gates';
import { lazyScreen } from './lazy-screen';
import { RoleApp } from './role-app';
import { RouteLoading } from './route-loading';

const SignInScreen = lazyScreen(() => import('../features/auth/sign-in-screen'), 'SignInScreen');

export const appRoutes: RouteObject[] = [
  {
    path: '/signin',
    element: (
      <RedirectIfSignedIn>
        <Suspense fallback={<RouteLoading />}>
          <SignInScreen />
        </Suspense>
      </RedirectIfSignedIn>
    ),
  },
  {
    path: '/*',
    element: (
      <RequireSignedIn>
        <RoleApp />
      </RequireSignedIn>
    ),
  },
];
