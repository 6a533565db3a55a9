/**
 * The grid worker's route table: Home is today's round, plus the screens every role opens. Its own
 * chunk, loaded for the grid worker only; the navigation is worker-nav.ts, the frame src/app/role-app.tsx.
 */
import { lazy } from 'react';
import { useRoutes } from 'react-router';
import { SyncSummary } from '../../features/sync/sync-summary';
import { sharedRoutes } from '../shared-routes';

const HomeScreen = lazy(() => import('../../features/round/home-screen').then((m) => ({ default: m.HomeScreen })));
// Home's review, task and home-monitoring cards load apart from Home (outside the first screen's budget).
const ReturnedCount = lazy(() => import('../../features/review/returned-count').then((m) => ({ default: m.ReturnedCount })));
const HomeTasks = lazy(() => import('../../features/tasks/home-tasks').then((m) => ({ default: m.HomeTasks })));
// Fetched as this table loads, beside Home's own chunk (not after Home renders): the list follows Home at once.
const followUpsModule = import('../../features/monitoring/home-follow-ups');
const HomeFollowUps = lazy(() => followUpsModule.then((m) => ({ default: m.HomeFollowUps })));

export function WorkerApp() {
  return useRoutes([
    { index: true, element: <HomeScreen syncSummary={<SyncSummary />} returned={<ReturnedCount />} tasks={<HomeTasks />} followUps={<HomeFollowUps />} /> },
    ...sharedRoutes,
  ]);
}
