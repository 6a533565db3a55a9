import type { NavItem } from '../../features/shell/bottom-nav';

/** The grid worker's places: Home (today's round), Search, Settings. */
export const WORKER_NAV: readonly NavItem[] = [
  { to: '/', icon: 'home', label: 'nav.home' },
  { to: '/search', icon: 'search', label: 'nav.search' },
  { to: '/settings', icon: 'settings', label: 'nav.settings' },
];
