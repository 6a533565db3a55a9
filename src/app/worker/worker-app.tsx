/**
 * The grid worker's route table: Home is today's round, plus the screens every role opens. Its own
 * chunk, loaded for the grid worker only, with its navigation (worker-nav.ts) in the signed-in frame.
 */
import { lazy } from 'react';
import { useRoutes } from 'react-router';
import { SyncSummary } from '../../features/sync/sync-summary';
import { sharedRoutes } from '../shared-routes';
import { SignedInLayout } from '../signed-in-layout';
import { warmRoundScreens } from './warm-round-screens';
import { WORKER_NAV } from './worker-nav';

const HomeScreen = lazy(() => import('../../features/round/home-screen').then((m) => ({ default: m.HomeScreen })));
// Home's review, task and home-monitoring cards load apart from Home (outside the first screen's budget).
const ReturnedCount = lazy(() => import('../../features/review/returned-count').then((m) => ({ default: m.ReturnedCount })));
const HomeTasks = lazy(() => import('../../features/tasks/home-tasks').then((m) => ({ default: m.HomeTasks })));
// Fetched as this table loads, beside Home's own chunk (not after Home renders): the list follows Home at once.
const followUpsModule = import('../../features/monitoring/home-follow-ups');
const HomeFollowUps = lazy(() => followUpsModule.then((m) => ({ default: m.HomeFollowUps })));

export function WorkerApp() {
  const routes = useRoutes([
    { index: true, element: <HomeScreen syncSummary={<SyncSummary />} returned={<ReturnedCount />} tasks={<HomeTasks />} followUps={<HomeFollowUps />} /> },
    ...sharedRoutes,
  ]);
  return (
    <SignedInLayout nav={WORKER_NAV} warm={warmRoundScreens}>
      {routes}
    </SignedInLayout>
  );
}
