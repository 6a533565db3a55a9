/**
 * Screens every role with the full app opens now and then (a key group, adding or editing a
 * resident, a help request, unit posters, a gate shift, a record's review, the returned records, a
 * task), as a route table of its own chunk: shared-routes.tsx sends every path it does not know here,
 * so these declarations stay out of the first screen. An unknown path goes Home. A path that a dynamic
 * route of shared-routes.tsx would also match ('households/new' and 'households/:householdId') stays there.
 */
import { Navigate, useRoutes } from 'react-router';
import { lazyScreen } from './lazy-screen';

const KeyGroupScreen = lazyScreen(() => import('../features/round/key-group-screen'), 'KeyGroupScreen');
const AddResidentScreen = lazyScreen(() => import('../features/households/add-resident-screen'), 'AddResidentScreen');
const EditResidentScreen = lazyScreen(() => import('../features/households/edit-resident-screen'), 'EditResidentScreen');
const ShiftScreen = lazyScreen(() => import('../features/checkpoint/shift-screen'), 'ShiftScreen');
const RequestHelpScreen = lazyScreen(() => import('../features/requests/request-help-screen'), 'RequestHelpScreen');
const PostersScreen = lazyScreen(() => import('../features/posters/posters-screen'), 'PostersScreen');
const UnconfirmedRequestsScreen = lazyScreen(() => import('../features/requests/unconfirmed-requests-screen'), 'UnconfirmedRequestsScreen');
const TaskScreen = lazyScreen(() => import('../features/tasks/task-screen'), 'TaskScreen');
const ReviewRecordScreen = lazyScreen(() => import('../features/review/review-record-screen'), 'ReviewRecordScreen');
const LedgerExportScreen = lazyScreen(() => import('../features/ledger/export-screen'), 'ExportScreen');
const RosterImportScreen = lazyScreen(() => import('../features/ledger/import-screen'), 'ImportScreen');
const MonitoringListScreen = lazyScreen(() => import('../features/monitoring/monitoring-list-screen'), 'MonitoringListScreen');
const MonitoringScreen = lazyScreen(() => import('../features/monitoring/monitoring-screen'), 'MonitoringScreen');
const StartMonitoringScreen = lazyScreen(() => import('../features/monitoring/start-monitoring-screen'), 'StartMonitoringScreen');
const ReturnedScreen = lazyScreen(() => import('../features/review/returned-screen'), 'ReturnedScreen');
const CampaignResultsScreen = lazyScreen(() => import('../features/testing/results-screen'), 'ResultsScreen');
const PositivePoolScreen = lazyScreen(() => import('../features/testing/positive-pool-screen'), 'PositivePoolScreen');
const CampaignsScreen = lazyScreen(() => import('../features/testing/campaigns-screen'), 'CampaignsScreen');
const StartCampaignScreen = lazyScreen(() => import('../features/testing/start-campaign-screen'), 'StartCampaignScreen');
const CampaignScreen = lazyScreen(() => import('../features/testing/campaign-screen'), 'CampaignScreen');
const CampaignBuildingScreen = lazyScreen(() => import('../features/testing/campaign-building-screen'), 'CampaignBuildingScreen');
const SiteScreen = lazyScreen(() => import('../features/testing/site-screen'), 'SiteScreen');
const HomeSamplingScreen = lazyScreen(() => import('../features/testing/home-sampling-screen'), 'HomeSamplingScreen');

export function OccasionalRoutes() {
  return useRoutes([
  { path: 'buildings/:buildingId/posters', element: <PostersScreen /> },
  { path: 'groups/:tag', element: <KeyGroupScreen /> },
  { path: 'households/:householdId/requests/new', element: <RequestHelpScreen /> },
  { path: 'requests/unconfirmed', element: <UnconfirmedRequestsScreen /> },
  { path: 'households/:householdId/residents/new', element: <AddResidentScreen /> },
  { path: 'residents/:residentId/edit', element: <EditResidentScreen /> },
  // A record's review page (any reviewed kind: a gate entry has no screen of its own) and the worker's returned records.
  { path: 'review/:entity/:recordId', element: <ReviewRecordScreen /> },
  { path: 'returned', element: <ReturnedScreen /> },
  { path: 'checkpoint/shift', element: <ShiftScreen /> },
  // The ledger in Excel: export the registers, import an old roster (the grid worker's and the secretary's).
  { path: 'ledger', element: <LedgerExportScreen /> },
  { path: 'ledger/import', element: <RosterImportScreen /> },
  // Home monitoring: everyone under it (the secretary's list; a worker's grids), one person's, and starting it.
  { path: 'monitoring', element: <MonitoringListScreen /> },
  { path: 'monitoring/:monitoringId', element: <MonitoringScreen /> },
  { path: 'residents/:residentId/monitoring/new', element: <StartMonitoringScreen /> },
  // A task: its assignee marks it done, the secretary reassigns or cancels it (the desk's list is /tasks).
  { path: 'tasks/:taskId', element: <TaskScreen /> },
  // A testing campaign's lab results (the secretary's import and one by one) and its positive pools.
  { path: 'campaigns/:campaignId/results', element: <CampaignResultsScreen /> },
  { path: 'campaigns/:campaignId/positive', element: <PositivePoolScreen /> },
  // Testing campaigns (核酸检测): the list, starting one (the secretary's), a campaign's overview and a building's Not tested.
  { path: 'campaigns', element: <CampaignsScreen /> },
  { path: 'campaigns/new', element: <StartCampaignScreen /> },
  { path: 'campaigns/:campaignId', element: <CampaignScreen /> },
  { path: 'campaigns/:campaignId/buildings/:buildingId', element: <CampaignBuildingScreen /> },
  // Sampling at the site (worker and secretary, one person after another) and the grid's Home sampling list.
  { path: 'campaigns/:campaignId/site', element: <SiteScreen /> },
  { path: 'campaigns/:campaignId/home-sampling', element: <HomeSamplingScreen /> },
    { path: '*', element: <Navigate to="/" replace /> },
  ]);
}
