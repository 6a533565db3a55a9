/** "Print unit posters" on a building's screen: for the secretary and the grid workers, when online (the sheet comes from the server). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession, useSyncStatus } from '../../data';
import { isDeskRole } from '../../domain/sync-roles';

export function BuildingPostersLink({ buildingId }: { buildingId: string }) {
  const { t } = useTranslation('posters');
  const { user } = useSession();
  const { online } = useSyncStatus();
  if (!online || !(isDeskRole(user?.role) || user?.role === 'grid_worker')) return null;
  return (
    <Link className="gw-button gw-button--secondary gw-button--block" to={`/buildings/${encodeURIComponent(buildingId)}/posters`}>
      {t('posters:printLink')}
    </Link>
  );
}
