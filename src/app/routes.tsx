/**
 * The route table. The shell loads with the app; every screen, sign-in included, is its own chunk. Signed-out users land on /signin, signed-in users never see it; unknown paths go home.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RedirectIfSignedIn, RequireSignedIn } from '../features/auth/session-gates';
import { SyncSummary } from '../features/sync/sync-summary';
import { RouteLoading } from './route-loading';
import { SignedInLayout } from './signed-in-layout';

function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const SignInScreen = screen(() => import('../features/auth/sign-in-screen'), 'SignInScreen');
const HomeScreen = lazy(() => import('../features/round/home-screen').then((m) => ({ default: m.HomeScreen })));
const BuildingScreen = screen(() => import('../features/round/building-screen'), 'BuildingScreen');
const KeyGroupScreen = screen(() => import('../features/round/key-group-screen'), 'KeyGroupScreen');
const SearchScreen = screen(() => import('../features/search/search-screen'), 'SearchScreen');
const SettingsScreen = screen(() => import('../features/settings/settings-screen'), 'SettingsScreen');
const HouseholdsScreen = screen(() => import('../features/households/households-screen'), 'HouseholdsScreen');
const AddHouseholdScreen = screen(() => import('../features/households/add-household-screen'), 'AddHouseholdScreen');
const HouseholdScreen = screen(() => import('../features/households/household-screen'), 'HouseholdScreen');
const AddResidentScreen = screen(() => import('../features/households/add-resident-screen'), 'AddResidentScreen');
const EditResidentScreen = screen(() => import('../features/households/edit-resident-screen'), 'EditResidentScreen');
const RecordVisitScreen = screen(() => import('../features/visits/record-visit-screen'), 'RecordVisitScreen');
const VisitDetailScreen = screen(() => import('../features/visits/visit-detail-screen'), 'VisitDetailScreen');
const FeverReportScreen = screen(() => import('../features/visits/fever-report-screen'), 'FeverReportScreen');
const FeverReportDetailScreen = screen(
  () => import('../features/visits/fever-report-detail-screen'),
  'FeverReportDetailScreen',
);
const DailyReportScreen = screen(() => import('../features/report/daily-report-screen'), 'DailyReportScreen');
const CheckpointScreen = screen(() => import('../features/checkpoint/checkpoint-screen'), 'CheckpointScreen');
const ShiftScreen = screen(() => import('../features/checkpoint/shift-screen'), 'ShiftScreen');
const NeedsAttentionScreen = screen(() => import('../features/attention/needs-attention-screen'), 'NeedsAttentionScreen');

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
      { path: 'buildings/:buildingId', element: <BuildingScreen /> },
      { path: 'groups/:tag', element: <KeyGroupScreen /> },
      { path: 'households', element: <HouseholdsScreen /> },
      { path: 'households/new', element: <AddHouseholdScreen /> },
      { path: 'households/:householdId', element: <HouseholdScreen /> },
      { path: 'households/:householdId/residents/new', element: <AddResidentScreen /> },
      { path: 'residents/:residentId/edit', element: <EditResidentScreen /> },
      { path: 'households/:householdId/visits/new', element: <RecordVisitScreen /> },
      { path: 'visits/:visitId', element: <VisitDetailScreen /> },
      { path: 'fever-reports/new', element: <FeverReportScreen /> },
      { path: 'fever-reports/:reportId', element: <FeverReportDetailScreen /> },
      { path: 'daily-report', element: <DailyReportScreen /> },
      { path: 'checkpoint', element: <CheckpointScreen /> },
      { path: 'checkpoint/shift', element: <ShiftScreen /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];
