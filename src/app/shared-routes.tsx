/**
 * Screens every role with the full app opens the same way (a record's own screen, search, settings,
 * needs attention). Each role's route table (src/app/<role>/…-app.tsx) adds its own home and places.
 * The ones a worker opens from Home are declared here; the rest, and the way Home from an unknown
 * path, in occasional-routes.tsx, loaded when first needed (this table is in the first screen).
 */
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { lazyScreen } from './lazy-screen';

// With props (the requests section they show): lazy() keeps them (lazyScreen takes prop-less screens).
const BuildingScreen = lazy(() => import('../features/round/building-screen').then((m) => ({ default: m.BuildingScreen })));
const SearchScreen = lazyScreen(() => import('../features/search/search-screen'), 'SearchScreen');
const SettingsScreen = lazyScreen(() => import('../features/settings/settings-screen'), 'SettingsScreen');
const HouseholdsScreen = lazyScreen(() => import('../features/households/households-screen'), 'HouseholdsScreen');
// Here, not in occasional-routes.tsx: 'households/new' must win over 'households/:householdId' in one table.
const AddHouseholdScreen = lazyScreen(() => import('../features/households/add-household-screen'), 'AddHouseholdScreen');
const HouseholdScreen = lazy(() => import('../features/households/household-screen').then((m) => ({ default: m.HouseholdScreen })));
const RecordVisitScreen = lazy(() => import('../features/visits/record-visit-screen').then((m) => ({ default: m.RecordVisitScreen })));
const VisitDetailScreen = lazy(() => import('../features/visits/visit-detail-screen').then((m) => ({ default: m.VisitDetailScreen })));
const FeverReportScreen = lazyScreen(() => import('../features/visits/fever-report-screen'), 'FeverReportScreen');
const FeverReportDetailScreen = lazy(() =>
  import('../features/visits/fever-report-detail-screen').then((m) => ({ default: m.FeverReportDetailScreen })),
);
const DailyReportScreen = lazyScreen(() => import('../features/report/daily-report-screen'), 'DailyReportScreen');
const CheckpointScreen = lazyScreen(() => import('../features/checkpoint/checkpoint-screen'), 'CheckpointScreen');
const NeedsAttentionScreen = lazyScreen(() => import('../features/attention/needs-attention-screen'), 'NeedsAttentionScreen');
const HouseholdRequests = lazy(() => import('../features/requests/household-requests').then((m) => ({ default: m.HouseholdRequests })));
const VisitTaskOffer = lazy(() => import('../features/tasks/visit-task-offer').then((m) => ({ default: m.VisitTaskOffer })));
// A record's review (state, history, decisions) on the visit's and the fever report's own screens.
const ReviewPanel = lazy(() => import('../features/review/review-panel').then((m) => ({ default: m.ReviewPanel })));
const BuildingRequests = lazy(() => import('../features/requests/building-requests').then((m) => ({ default: m.BuildingRequests })));

const OccasionalRoutes = lazyScreen(() => import('./occasional-routes'), 'OccasionalRoutes');

/** Relative paths, children of a role's signed-in layout. */
export const sharedRoutes: RouteObject[] = [
  { path: 'search', element: <SearchScreen /> },
  { path: 'settings', element: <SettingsScreen /> },
  { path: 'attention', element: <NeedsAttentionScreen /> },
  { path: 'buildings/:buildingId', element: <BuildingScreen helpRequests={(building) => <BuildingRequests building={building} />} /> },
  { path: 'households', element: <HouseholdsScreen /> },
  { path: 'households/new', element: <AddHouseholdScreen /> },
  { path: 'households/:householdId', element: <HouseholdScreen helpRequests={(household) => <HouseholdRequests household={household} />} /> },
  {
    path: 'households/:householdId/visits/new',
    element: <RecordVisitScreen afterSave={({ householdId, visitId }) => <VisitTaskOffer householdId={householdId} visitId={visitId} />} />,
  },
  { path: 'visits/:visitId', element: <VisitDetailScreen review={(visit) => <ReviewPanel subject={{ entity: 'visit', record: visit }} />} /> },
  { path: 'fever-reports/new', element: <FeverReportScreen /> },
  {
    path: 'fever-reports/:reportId',
    element: <FeverReportDetailScreen review={(report) => <ReviewPanel subject={{ entity: 'fever_report', record: report }} />} />,
  },
  // The grid worker's close of day and gate duty: also for a secretary who walks a grid or staffs a gate.
  { path: 'daily-report', element: <DailyReportScreen /> },
  { path: 'checkpoint', element: <CheckpointScreen /> },
  // Screens opened now and then (and any unknown path, sent Home): their route table is a chunk of its own.
  { path: '*', element: <OccasionalRoutes /> },
];
