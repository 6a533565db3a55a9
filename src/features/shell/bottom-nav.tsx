import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NavIcon, type NavIconName } from './nav-icons';

/** One place in a role's bottom navigation. */
export interface NavItem {
  to: string;
  icon: NavIconName;
  /** The label's key in the core namespace, e.g. 'nav.home'. */
  label: string;
}

/** A role's places, always at the bottom within thumb reach; the current one is marked aria-current. */
export function BottomNav({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation();
  return (
    <nav className="gw-nav" aria-label={t('nav.label')}>
      {items.map((item) => (
        <NavLink key={item.to} to={item.to} end={item.to === '/'} className="gw-nav__link">
          <NavIcon name={item.icon} />
          <span>{t(item.label)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
