import type { NavItem } from '../../features/shell/bottom-nav';

/** The secretary's places: Community (their home), Buildings, Reports, Review, Search, Settings. */
export const SECRETARY_NAV: readonly NavItem[] = [
  { to: '/', icon: 'community', label: 'nav.community' },
  { to: '/buildings', icon: 'buildings', label: 'nav.buildings' },
  { to: '/reports', icon: 'reports', label: 'nav.reports' },
  { to: '/review', icon: 'review', label: 'nav.review' },
  { to: '/search', icon: 'search', label: 'nav.search' },
  { to: '/settings', icon: 'settings', label: 'nav.settings' },
];
