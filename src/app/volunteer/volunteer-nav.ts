import type { NavItem } from '../../features/shell/bottom-nav';

/** The volunteer's places: Requests (their home), Delivered (today's deliveries), Settings. */
export const VOLUNTEER_NAV: readonly NavItem[] = [
  { to: '/', icon: 'home', label: 'nav.requests' },
  { to: '/delivered', icon: 'reports', label: 'nav.delivered' },
  { to: '/settings', icon: 'settings', label: 'nav.settings' },
];
