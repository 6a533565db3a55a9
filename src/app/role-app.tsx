/**
 * Each role gets its own app inside the one PWA: the signed-in user's role picks its navigation and
 * which route table's chunk is loaded (src/app/<role>/), so one role's screens never load for another.
 * The frame around them (header, sync indicator, bottom navigation) loads with the app.
 */
import type { UserRole } from '../domain/sync-protocol';
import type { NavItem } from '../features/shell/bottom-nav';
import { useSession } from '../data';
import { lazyScreen } from './lazy-screen';
import { SECRETARY_NAV } from './secretary/secretary-nav';
import { warmDeskScreens } from './secretary/warm-desk-screens';
import { SignedInLayout } from './signed-in-layout';
import { VOLUNTEER_NAV } from './volunteer/volunteer-nav';
import { warmVolunteerScreens } from './volunteer/warm-volunteer-screens';
import { warmRoundScreens } from './worker/warm-round-screens';
import { WORKER_NAV } from './worker/worker-nav';

const WorkerApp = lazyScreen(() => import('./worker/worker-app'), 'WorkerApp');
const SecretaryApp = lazyScreen(() => import('./secretary/secretary-app'), 'SecretaryApp');
const VolunteerApp = lazyScreen(() => import('./volunteer/volunteer-app'), 'VolunteerApp');

interface RoleAppEntry {
  nav: readonly NavItem[];
  App: typeof WorkerApp;
  /** Loads the screens the role opens next once the app is idle. */
  warm?: () => () => void;
}

const WORKER: RoleAppEntry = { nav: WORKER_NAV, App: WorkerApp, warm: warmRoundScreens };
const SECRETARY: RoleAppEntry = { nav: SECRETARY_NAV, App: SecretaryApp, warm: warmDeskScreens };
const VOLUNTEER: RoleAppEntry = { nav: VOLUNTEER_NAV, App: VolunteerApp, warm: warmVolunteerScreens };

const APPS: Record<UserRole, RoleAppEntry> = {
  grid_worker: WORKER,
  secretary: SECRETARY,
  admin: SECRETARY,
  volunteer: VOLUNTEER,
};

export function RoleApp() {
  const { user } = useSession();
  const { nav, App, warm } = APPS[user?.role ?? 'grid_worker'];
  return (
    <SignedInLayout nav={nav} warm={warm}>
      <App />
    </SignedInLayout>
  );
}
