/**
 * The grid worker's route table: Home is today's round, plus the screens every role opens. Its own
 * chunk, loaded for the grid worker only; the navigation is worker-nav.ts, the frame src/app/role-app.tsx.
 */
import { lazy } from 'react';
import { Navigate, useRoutes } from 'react-router';
import { SyncSummary } from '../../features/sync/sync-summary';
import { sharedRoutes } from '../shared-routes';

const HomeScreen = lazy(() => import('../../features/round/home-screen').then((m) => ({ default: m.HomeScreen })));

export function WorkerApp() {
  return useRoutes([
    { index: true, element: <HomeScreen syncSummary={<SyncSummary />} /> },
    ...sharedRoutes,
    { path: '*', element: <Navigate to="/" replace /> },
  ]);
}
