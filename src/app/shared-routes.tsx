/**
 * Screens every role with the full app opens the same way (a record's own screen, search, settings,
 * needs attention). Each role's route table (src/app/<role>/…-app.tsx) adds its own home and places.
 */
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { lazyScreen } from './lazy-screen';

// With props (the requests section they show): lazy() keeps them (lazyScreen takes prop-less screens).
const BuildingScreen = lazy(() => import('../features/round/building-screen').then((m) => ({ default: m.BuildingScreen })));
const KeyGroupScreen = lazyScreen(() => import('../features/round/key-group-screen'), 'KeyGroupScreen');
const SearchScreen = lazyScreen(() => import('../features/search/search-screen'), 'SearchScreen');
const SettingsScreen = lazyScreen(() => import('../features/settings/settings-screen'), 'SettingsScreen');
const HouseholdsScreen = lazyScreen(() => import('../features/households/households-screen'), 'HouseholdsScreen');
const AddHouseholdScreen = lazyScreen(() => import('../features/households/add-household-screen'), 'AddHouseholdScreen');
const HouseholdScreen = lazy(() => import('../features/households/household-screen').then((m) => ({ default: m.HouseholdScreen })));
const AddResidentScreen = lazyScreen(() => import('../features/households/add-resident-screen'), 'AddResidentScreen');
const EditResidentScreen = lazyScreen(() => import('../features/households/edit-resident-screen'), 'EditResidentScreen');
const RecordVisitScreen = lazyScreen(() => import('../features/visits/record-visit-screen'), 'RecordVisitScreen');
const VisitDetailScreen = lazyScreen(() => import('../features/visits/visit-detail-screen'), 'VisitDetailScreen');
const FeverReportScreen = lazyScreen(() => import('../features/visits/fever-report-screen'), 'FeverReportScreen');
const FeverReportDetailScreen = lazyScreen(
  () => import('../features/visits/fever-report-detail-screen'),
  'FeverReportDetailScreen',
);
const DailyReportScreen = lazyScreen(() => import('../features/report/daily-report-screen'), 'DailyReportScreen');
const CheckpointScreen = lazyScreen(() => import('../features/checkpoint/checkpoint-screen'), 'CheckpointScreen');
const ShiftScreen = lazyScreen(() => import('../features/checkpoint/shift-screen'), 'ShiftScreen');
const NeedsAttentionScreen = lazyScreen(() => import('../features/attention/needs-attention-screen'), 'NeedsAttentionScreen');
const RequestHelpScreen = lazyScreen(() => import('../features/requests/request-help-screen'), 'RequestHelpScreen');
const PostersScreen = lazyScreen(() => import('../features/posters/posters-screen'), 'PostersScreen');
const UnconfirmedRequestsScreen = lazyScreen(() => import('../features/requests/unconfirmed-requests-screen'), 'UnconfirmedRequestsScreen');
const HouseholdRequests = lazy(() => import('../features/requests/household-requests').then((m) => ({ default: m.HouseholdRequests })));
const BuildingRequests = lazy(() => import('../features/requests/building-requests').then((m) => ({ default: m.BuildingRequests })));

/** Relative paths, children of a role's signed-in layout. */
export const sharedRoutes: RouteObject[] = [
  { path: 'search', element: <SearchScreen /> },
  { path: 'settings', element: <SettingsScreen /> },
  { path: 'attention', element: <NeedsAttentionScreen /> },
  { path: 'buildings/:buildingId', element: <BuildingScreen helpRequests={(building) => <BuildingRequests building={building} />} /> },
  { path: 'buildings/:buildingId/posters', element: <PostersScreen /> },
  { path: 'groups/:tag', element: <KeyGroupScreen /> },
  { path: 'households', element: <HouseholdsScreen /> },
  { path: 'households/new', element: <AddHouseholdScreen /> },
  { path: 'households/:householdId', element: <HouseholdScreen helpRequests={(household) => <HouseholdRequests household={household} />} /> },
  { path: 'households/:householdId/requests/new', element: <RequestHelpScreen /> },
  { path: 'requests/unconfirmed', element: <UnconfirmedRequestsScreen /> },
  { path: 'households/:householdId/residents/new', element: <AddResidentScreen /> },
  { path: 'residents/:residentId/edit', element: <EditResidentScreen /> },
  { path: 'households/:householdId/visits/new', element: <RecordVisitScreen /> },
  { path: 'visits/:visitId', element: <VisitDetailScreen /> },
  { path: 'fever-reports/new', element: <FeverReportScreen /> },
  { path: 'fever-reports/:reportId', element: <FeverReportDetailScreen /> },
  // The grid worker's close of day and gate duty: also for a secretary who walks a grid or staffs a gate.
  { path: 'daily-report', element: <DailyReportScreen /> },
  { path: 'checkpoint', element: <CheckpointScreen /> },
  { path: 'checkpoint/shift', element: <ShiftScreen /> },
];
