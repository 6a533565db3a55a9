/**
 * The route table. Signed-out users land on /signin, signed-in users never see it; everything else is
 * the signed-in user's role app (src/app/role-app.tsx), behind the app lock (lock-gate.tsx), each with its
 * own routes, and unknown paths go home.
 */
import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RedirectIfSignedIn, RequireSignedIn } from '../features/auth/session-gates';
import { lazyScreen } from './lazy-screen';
import { LockGate } from './lock-gate';
import { RoleApp } from './role-app';
import { RouteLoading } from './route-loading';

const SignInScreen = lazyScreen(() => import('../features/auth/sign-in-screen'), 'SignInScreen');
const JoinScreen = lazyScreen(() => import('../features/auth/join-screen'), 'JoinScreen');

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
    // A new person's one-time sign-in code (issue 13): set a password, then signed in.
    path: '/join',
    element: (
      <RedirectIfSignedIn>
        <Suspense fallback={<RouteLoading />}>
          <JoinScreen />
        </Suspense>
      </RedirectIfSignedIn>
    ),
  },
  {
    path: '/*',
    element: (
      <RequireSignedIn>
        <LockGate>
          <RoleApp />
        </LockGate>
      </RequireSignedIn>
    ),
  },
];
