import type { NavItem } from '../../features/shell/bottom-nav';

/** The street officer's places: Street (their home) and Settings. */
export const STREET_NAV: readonly NavItem[] = [
  { to: '/', icon: 'community', label: 'nav.street' },
  { to: '/settings', icon: 'settings', label: 'nav.settings' },
];
