import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRetentionStatus, type HeldKind } from '../../data';
import { formatDateTime } from '../../shared/format-date-time';

/** The kinds in the order the list shows them. */
const SHOWN: readonly HeldKind[] = ['household', 'resident', 'visit', 'fever_report', 'checkpoint_entry', 'shift_note'];

/**
 * What this phone holds (issue 18): how many records of each kind, the changes not yet sent, how long
 * records stay (the server's retention window) and when the phone last purged what it no longer needs.
 */
export function RetentionSetting() {
  const { t, i18n } = useTranslation('settings');
  const headingId = useId();
  const status = useRetentionStatus();

  return (
    <section className="gw-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings:retention.title')}</h2>
      {status === null ? (
        <p aria-busy="true">{t('app.loading')}</p>
      ) : status === 'failed' ? (
        <p role="alert">{t('settings:retention.failed')}</p>
      ) : (
        <>
          <ul className="gw-list">
            {SHOWN.map((kind) => (
              <li key={kind}>{t(`settings:retention.held.${kind}`, { n: status.held[kind] })}</li>
            ))}
            <li>{t('settings:retention.unsent', { n: status.unsent })}</li>
          </ul>
          <p>
            {status.lastPurge
              ? t('settings:retention.lastPurge', {
                  time: formatDateTime(status.lastPurge.at, i18n.language),
                  n: Object.values(status.lastPurge.removed).reduce((sum, n) => sum + n, 0),
                })
              : t('settings:retention.neverPurged')}
          </p>
          <p className="gw-hint">{t('settings:retention.rule', { days: status.retentionDays, movedOutDays: status.movedOutKeepDays })}</p>
        </>
      )}
    </section>
  );
}
