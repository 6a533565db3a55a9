import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SyncStatus } from '../../data';
import { errorKeys } from '../../shared/i18n/message-keys';
import { classNames } from '../../shared/ui/class-names';
import { formatSyncTime } from './format-sync-time';

export interface SyncDetailsProps {
  status: SyncStatus;
  /** Compact fits the header (one wrapping line); card is the roomier list on the home screen. */
  variant: 'compact' | 'card';
}

/** What the sync engine is doing, in words: connection, pending count, last sync, problem, records needing attention. */
export function SyncDetails({ status, variant }: SyncDetailsProps) {
  const { t, i18n } = useTranslation();
  const problem =
    status.phase === 'auth_required'
      ? t('sync.authRequired')
      : status.lastError && !(status.lastError === 'NETWORK' && !status.online)
        ? t('sync.problem', { message: t(errorKeys(status.lastError)) })
        : null;
  const allSent = variant === 'card' && status.pending === 0 && status.rejected === 0;
  return (
    <ul className={classNames('gw-sync-details', `gw-sync-details--${variant}`)}>
      <li className={status.online ? 'gw-sync-details__online' : 'gw-sync-details__offline'}>
        <span className="gw-sync-details__dot" aria-hidden="true" />
        {status.online ? t('sync.online') : t('sync.offline')}
      </li>
      {status.phase === 'syncing' ? <li>{t('sync.syncing')}</li> : null}
      <li>{t('sync.pending', { n: status.pending })}</li>
      {allSent ? <li>{t('sync.allSent')}</li> : null}
      <li>
        {status.lastSyncAt
          ? t('sync.lastSync', { time: formatSyncTime(status.lastSyncAt, i18n.language) })
          : t('sync.neverSynced')}
      </li>
      {problem ? <li className="gw-sync-details__problem">{problem}</li> : null}
      {status.rejected + status.unreadable > 0 ? (
        <li>
          <Link className="gw-sync-details__attention" to="/attention">
            {t('sync.attention', { n: status.rejected + status.unreadable })}
          </Link>
        </li>
      ) : null}
    </ul>
  );
}
