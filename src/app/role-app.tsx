/**
 * Each role gets its own app inside the one PWA: the signed-in user's role picks which app's chunk is
 * loaded (src/app/<role>/), with its own navigation, route table and frame (SignedInLayout), so nothing
 * of one role, its navigation included, loads for another.
 */
import { Suspense } from 'react';
import type { UserRole } from '../domain/sync-protocol';
import { useSession } from '../data';
import { lazyScreen } from './lazy-screen';
import { RouteLoading } from './route-loading';

const WorkerApp = lazyScreen(() => import('./worker/worker-app'), 'WorkerApp');
const SecretaryApp = lazyScreen(() => import('./secretary/secretary-app'), 'SecretaryApp');
const VolunteerApp = lazyScreen(() => import('./volunteer/volunteer-app'), 'VolunteerApp');
const StreetApp = lazyScreen(() => import('./street/street-app'), 'StreetApp');

const APPS: Record<UserRole, typeof WorkerApp> = {
  grid_worker: WorkerApp,
  secretary: SecretaryApp,
  admin: SecretaryApp,
  volunteer: VolunteerApp,
  street_officer: StreetApp,
};

export function RoleApp() {
  const { user } = useSession();
  const App = APPS[user?.role ?? 'grid_worker'];
  return (
    <Suspense fallback={<RouteLoading />}>
      <App />
    </Suspense>
  );
}
