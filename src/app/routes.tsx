/**
 * The route table. Sign-in and the shell load with the app; every screen inside the shell is its
 * own chunk. Signed-out users land on /signin, signed-in users never see it; unknown paths go home.
 */
import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RedirectIfSignedIn, RequireSignedIn } from '../features/auth/session-gates';
import { SignInScreen } from '../features/auth/sign-in-screen';
import { SyncSummary } from '../features/sync/sync-summary';
import { SignedInLayout } from './signed-in-layout';

const HomeScreen = lazy(() => import('../features/home/home-screen').then((m) => ({ default: m.HomeScreen })));
const SearchScreen = lazy(() => import('../features/search/search-screen').then((m) => ({ default: m.SearchScreen })));
const SettingsScreen = lazy(() =>
  import('../features/settings/settings-screen').then((m) => ({ default: m.SettingsScreen })),
);
const HouseholdsScreen = lazy(() =>
  import('../features/households/households-screen').then((m) => ({ default: m.HouseholdsScreen })),
);
const AddHouseholdScreen = lazy(() =>
  import('../features/households/add-household-screen').then((m) => ({ default: m.AddHouseholdScreen })),
);
const NeedsAttentionScreen = lazy(() =>
  import('../features/attention/needs-attention-screen').then((m) => ({ default: m.NeedsAttentionScreen })),
);

export const appRoutes: RouteObject[] = [
  {
    path: '/signin',
    element: (
      <RedirectIfSignedIn>
        <SignInScreen />
      </RedirectIfSignedIn>
    ),
  },
  {
    path: '/',
    element: (
      <RequireSignedIn>
        <SignedInLayout />
      </RequireSignedIn>
    ),
    children: [
      { index: true, element: <HomeScreen syncSummary={<SyncSummary />} /> },
      { path: 'search', element: <SearchScreen /> },
      { path: 'settings', element: <SettingsScreen /> },
      { path: 'attention', element: <NeedsAttentionScreen /> },
      { path: 'households', element: <HouseholdsScreen /> },
      { path: 'households/new', element: <AddHouseholdScreen /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
