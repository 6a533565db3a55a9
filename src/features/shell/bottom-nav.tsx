import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NavIcon } from './nav-icons';

/** Home, Search, Settings: always at the bottom, within thumb reach; the current one is marked aria-current. */
export function BottomNav() {
  const { t } = useTranslation();
  return (
    <nav className="gw-nav" aria-label={t('nav.label')}>
      <NavLink to="/" end className="gw-nav__link">
        <NavIcon name="home" />
        <span>{t('nav.home')}</span>
      </NavLink>
      <NavLink to="/search" className="gw-nav__link">
        <NavIcon name="search" />
        <span>{t('nav.search')}</span>
      </NavLink>
      <NavLink to="/settings" className="gw-nav__link">
        <NavIcon name="settings" />
        <span>{t('nav.settings')}</span>
      </NavLink>
    </nav>
  );
}
