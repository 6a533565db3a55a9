/**
 * The volunteer's route table, and all a volunteer sees: the open requests of their buildings (their
 * home), one request (claim, address and phone, "Delivered"), today's deliveries, Settings and Needs
 * attention. None of the register's screens (households, search, visits, reports, gate duty): a
 * volunteer's phone holds none of it. Its own chunk, loaded for volunteers only; the navigation is
 * volunteer-nav.ts, the frame src/app/role-app.tsx.
 */
import { Navigate, useRoutes } from 'react-router';
import { lazyScreen } from '../lazy-screen';

const RequestsScreen = lazyScreen(() => import('../../features/volunteer/requests-screen'), 'VolunteerRequestsScreen');
const RequestScreen = lazyScreen(() => import('../../features/volunteer/request-screen'), 'VolunteerRequestScreen');
const DeliveredScreen = lazyScreen(() => import('../../features/volunteer/delivered-screen'), 'DeliveredTodayScreen');
const SettingsScreen = lazyScreen(() => import('../../features/settings/settings-screen'), 'SettingsScreen');
const NeedsAttentionScreen = lazyScreen(() => import('../../features/attention/needs-attention-screen'), 'NeedsAttentionScreen');

export function VolunteerApp() {
  return useRoutes([
    { index: true, element: <RequestsScreen /> },
    { path: 'requests/:requestId', element: <RequestScreen /> },
    { path: 'delivered', element: <DeliveredScreen /> },
    { path: 'settings', element: <SettingsScreen /> },
    { path: 'attention', element: <NeedsAttentionScreen /> },
    { path: '*', element: <Navigate to="/" replace /> },
  ]);
}
