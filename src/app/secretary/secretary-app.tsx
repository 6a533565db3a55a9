/**
 * The community secretary's route table (an administrator's too): the community at a glance, its
 * buildings, the daily reports; the grid worker's screens stay reachable (a building's floor grid, a
 * household, the round at /round for a secretary who also walks a grid). Its own chunk, loaded for
 * these roles only, with its navigation (secretary-nav.ts) in the signed-in frame.
 */
import { lazy } from 'react';
import { useRoutes } from 'react-router';
import { SyncSummary } from '../../features/sync/sync-summary';
import { lazyScreen } from '../lazy-screen';
import { sharedRoutes } from '../shared-routes';
import { SignedInLayout } from '../signed-in-layout';
import { SECRETARY_NAV } from './secretary-nav';
import { warmDeskScreens } from './warm-desk-screens';

const CommunityScreen = lazyScreen(() => import('../../features/community/community-screen'), 'CommunityScreen');
const BuildingsScreen = lazyScreen(() => import('../../features/buildings/buildings-screen'), 'BuildingsScreen');
const ReportsScreen = lazyScreen(() => import('../../features/reports/reports-screen'), 'ReportsScreen');
const TrendsScreen = lazyScreen(() => import('../../features/trends/trends-screen'), 'TrendsScreen');
const ConflictsScreen = lazyScreen(() => import('../../features/conflicts/conflicts-screen'), 'ConflictsScreen');
const DeliveryLedgerScreen = lazyScreen(() => import('../../features/deliveries/delivery-ledger-screen'), 'DeliveryLedgerScreen');
const ReviewScreen = lazyScreen(() => import('../../features/review/review-screen'), 'ReviewScreen');
const PeopleScreen = lazyScreen(() => import('../../features/people/people-screen'), 'PeopleScreen');
const PhonesScreen = lazyScreen(() => import('../../features/phones/phones-screen'), 'PhonesScreen');
const TasksScreen = lazyScreen(() => import('../../features/tasks/tasks-screen'), 'TasksScreen');
const NewTaskScreen = lazyScreen(() => import('../../features/tasks/new-task-screen'), 'NewTaskScreen');
const RoundScreen = lazy(() => import('../../features/round/home-screen').then((m) => ({ default: m.HomeScreen })));

export function SecretaryApp() {
  const routes = useRoutes([
    { index: true, element: <CommunityScreen /> },
    { path: 'buildings', element: <BuildingsScreen /> },
    { path: 'reports', element: <ReportsScreen /> },
    { path: 'trends', element: <TrendsScreen /> },
    { path: 'conflicts', element: <ConflictsScreen /> },
    { path: 'deliveries', element: <DeliveryLedgerScreen /> },
    { path: 'people', element: <PeopleScreen /> },
    // The community's signed-in phones and "Sign out this phone" (issue 18).
    { path: 'phones', element: <PhonesScreen /> },
    { path: 'tasks', element: <TasksScreen /> },
    { path: 'tasks/new', element: <NewTaskScreen /> },
    { path: 'review', element: <ReviewScreen /> },
    { path: 'round', element: <RoundScreen syncSummary={<SyncSummary />} /> },
    ...sharedRoutes,
  ]);
  return (
    <SignedInLayout nav={SECRETARY_NAV} warm={warmDeskScreens}>
      {routes}
    </SignedInLayout>
  );
}
