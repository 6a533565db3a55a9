/**
 * The street officer's route table (issue 19), and all a street officer sees: the street's day (its home)
 * and Settings with Needs attention. No register, no round, no search: the street reads its communities'
 * reports, fever reports and sealed buildings only. Its own chunk, loaded for street officers only.
 */
import { lazy } from 'react';
import { Navigate, useRoutes } from 'react-router';
import { lazyScreen } from '../lazy-screen';
import { SignedInLayout } from '../signed-in-layout';
import { STREET_NAV } from './street-nav';

const StreetScreen = lazy(() => import('../../features/street/street-screen').then((m) => ({ default: m.StreetScreen })));
const SettingsScreen = lazyScreen(() => import('../../features/settings/settings-screen'), 'SettingsScreen');
const NeedsAttentionScreen = lazyScreen(() => import('../../features/attention/needs-attention-screen'), 'NeedsAttentionScreen');

export function StreetApp() {
  const routes = useRoutes([
    { index: true, element: <StreetScreen /> },
    { path: 'settings', element: <SettingsScreen /> },
    { path: 'attention', element: <NeedsAttentionScreen /> },
    { path: '*', element: <Navigate to="/" replace /> },
  ]);
  return <SignedInLayout nav={STREET_NAV}>{routes}</SignedInLayout>;
}
