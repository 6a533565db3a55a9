/**
 * The volunteer's route table, and all a volunteer sees: the open requests of their buildings (their
 * home), one request (claim, address and phone, "Delivered"), today's deliveries, Settings and Needs
 * attention, and while a testing campaign is open its sampling site (the phone then holds the register's
 * names and rooms, nothing more). None of the register's screens (households, search, visits, reports,
 * gate duty). Its own chunk, loaded for volunteers only, with its navigation (volunteer-nav.ts) in the
 * signed-in frame.
 */
import { lazy } from 'react';
import { Navigate, useRoutes } from 'react-router';
import { lazyScreen } from '../lazy-screen';
import { SignedInLayout } from '../signed-in-layout';
import { VOLUNTEER_NAV } from './volunteer-nav';
import { warmVolunteerScreens } from './warm-volunteer-screens';

const RequestsScreen = lazy(() => import('../../features/volunteer/requests-screen').then((m) => ({ default: m.VolunteerRequestsScreen })));
const RequestScreen = lazyScreen(() => import('../../features/volunteer/request-screen'), 'VolunteerRequestScreen');
const DeliveredScreen = lazyScreen(() => import('../../features/volunteer/delivered-screen'), 'DeliveredTodayScreen');
const SettingsScreen = lazyScreen(() => import('../../features/settings/settings-screen'), 'SettingsScreen');
const NeedsAttentionScreen = lazyScreen(() => import('../../features/attention/needs-attention-screen'), 'NeedsAttentionScreen');
// While a testing campaign is open, the one campaign screen a volunteer is given: its sampling site.
const SiteLinks = lazy(() => import('../../features/testing/site-links').then((m) => ({ default: m.SiteLinks })));
const SiteScreen = lazyScreen(() => import('../../features/testing/site-screen'), 'SiteScreen');

export function VolunteerApp() {
  const routes = useRoutes([
    { index: true, element: <RequestsScreen sites={<SiteLinks />} /> },
    { path: 'campaigns/:campaignId/site', element: <SiteScreen /> },
    { path: 'requests/:requestId', element: <RequestScreen /> },
    { path: 'delivered', element: <DeliveredScreen /> },
    { path: 'settings', element: <SettingsScreen /> },
    { path: 'attention', element: <NeedsAttentionScreen /> },
    { path: '*', element: <Navigate to="/" replace /> },
  ]);
  return (
    <SignedInLayout nav={VOLUNTEER_NAV} warm={warmVolunteerScreens}>
      {routes}
    </SignedInLayout>
  );
}
